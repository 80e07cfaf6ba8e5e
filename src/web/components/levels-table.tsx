import type { PackDetail } from "../../core/api/packs.ts";

/** Levels and compensation as reported, with the date the figures carry. */
export function LevelsTable(props: { levels: PackDetail["levels"]; asOf: string }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>Levels and total compensation, as reported, {props.asOf}</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Title</th>
            <th scope="col">Experience</th>
            <th scope="col">Total compensation (USD / year)</th>
            <th scope="col">Scope</th>
          </tr>
        </thead>
        <tbody>
          {props.levels.map((level) => (
            <tr key={level.level}>
              <th scope="row">{level.level}</th>
              <td>{level.title}</td>
              <td>{level.years}</td>
              <td className="numeric">{level.totalCompensation}</td>
              <td>{level.scope}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Company context figures, each marked with the date it was reported. */
export function ContextFigures(props: { context: PackDetail["context"]; asOf: string }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>Company context, as reported, {props.asOf}</caption>
        <tbody>
          {props.context.map((figure) => (
            <tr key={figure.label}>
              <th scope="row">{figure.label}</th>
              <td>{figure.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
