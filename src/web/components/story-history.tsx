import { useState } from "react";
import { formatSavedAt, type StoryDetail, type StoryVersion } from "../api/stories.ts";
import { useApi } from "../hooks/use-api.ts";
import { ScoreBadge } from "./story-fields.tsx";
import { LoadError, Loading } from "./status.tsx";
import { WordDiff } from "./word-diff.tsx";

/** Every version with its scores, and a word diff between any two of them. */
export function StoryHistory(props: { detail: StoryDetail }) {
  const { story, versions } = props.detail;
  const latest = versions.at(-1)?.number ?? 1;
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const [comparing, setComparing] = useState(false);

  return (
    <section className="history-panel" aria-labelledby="history-heading">
      <h2 id="history-heading" className="section-heading">
        History
      </h2>
      <div className="table-wrap">
        <table className="data-table version-table">
          <caption className="visually-hidden">Every saved version with its scores</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Saved</th>
              <th scope="col">Overall</th>
              <th scope="col">Honesty</th>
              <th scope="col">Ownership</th>
              <th scope="col">Reflection</th>
              <th scope="col">Specificity</th>
              <th scope="col" className="numeric">
                Words
              </th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((version) => (
              <tr key={version.number}>
                <th scope="row">{version.number}</th>
                <td className="nowrap">{formatSavedAt(version.createdAt)}</td>
                <td>
                  <ScoreBadge overall={version.scores.overall} readsAs={version.scores.readsAs} />
                </td>
                <td className="numeric">{version.scores.dimensions.honesty}</td>
                <td className="numeric">{version.scores.dimensions.ownership}</td>
                <td className="numeric">{version.scores.dimensions.reflection}</td>
                <td className="numeric">{version.scores.dimensions.specificity}</td>
                <td className="numeric">{version.scores.words}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {versions.length < 2 ? (
        <p className="muted">Save a second version to compare the two.</p>
      ) : (
        <form
          className="compare-controls"
          onSubmit={(event) => {
            event.preventDefault();
            setComparing(true);
          }}
        >
          <VersionSelect
            id="compare-from"
            label="Compare version"
            value={from}
            versions={versions}
            onChange={setFrom}
          />
          <VersionSelect
            id="compare-to"
            label="with version"
            value={to}
            versions={versions}
            onChange={setTo}
          />
          <button type="submit" className="button">
            Compare
          </button>
        </form>
      )}
      {comparing ? <VersionComparison storyId={story.id} from={from} to={to} /> : null}
    </section>
  );
}

function VersionSelect(props: {
  id: string;
  label: string;
  value: number;
  versions: StoryDetail["versions"];
  onChange: (value: number) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange(Number(event.target.value))}
      >
        {props.versions.map((version) => (
          <option key={version.number} value={version.number}>
            Version {version.number} ({version.scores.overall}/5)
          </option>
        ))}
      </select>
    </div>
  );
}

function VersionComparison(props: { storyId: string; from: number; to: number }) {
  const base = `/stories/${props.storyId}/versions`;
  const before = useApi<StoryVersion>(`${base}/${String(props.from)}`);
  const after = useApi<StoryVersion>(`${base}/${String(props.to)}`);
  if (before.status === "error") return <LoadError error={before.error} onRetry={before.reload} />;
  if (after.status === "error") return <LoadError error={after.error} onRetry={after.reload} />;
  if (before.status === "loading" || after.status === "loading") {
    return <Loading what="the versions" />;
  }
  const caption = `Version ${String(props.from)} → version ${String(props.to)}`;
  return (
    <div aria-live="polite">
      {before.data.title === after.data.title ? null : (
        <p className="muted">
          Title: “{before.data.title}” → “{after.data.title}”
        </p>
      )}
      <WordDiff before={before.data.text} after={after.data.text} caption={caption} />
    </div>
  );
}
