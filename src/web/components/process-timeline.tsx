import type { PackDetail } from "../../core/api/packs.ts";

/** The hiring process drawn as a numbered track of stages, optional ones dashed. */
export function StageTrack(props: { stages: PackDetail["stages"] }) {
  return (
    <ol className="stage-track" aria-label="Stages of the process, in order">
      {props.stages.map((stage, index) => (
        <li key={stage.id} className={stage.optional ? "stage is-optional" : "stage"}>
          <span className="stage-number" aria-hidden="true">
            {index + 1}
          </span>
          <h3 className="stage-name">
            {stage.name}
            {stage.optional ? <span className="stage-flag"> (some roles)</span> : null}
          </h3>
          <p className="stage-duration">{stage.duration}</p>
          <p className="stage-summary">{stage.summary}</p>
        </li>
      ))}
    </ol>
  );
}

/** The reported lengths of the whole process, as bars on one scale of days. */
export function ReportedTimelines(props: { timelines: PackDetail["timelines"]; asOf: string }) {
  const scaleDays = Math.max(...props.timelines.map((t) => (t.maxDays ?? t.minDays) * 1.15), 1);
  const weeks = Array.from({ length: Math.floor(scaleDays / 7) + 1 }, (_, week) => week);
  const percent = (days: number) => `${String((days / scaleDays) * 100)}%`;
  return (
    <figure className="timelines">
      <figcaption>
        How long the process takes, as reported ({props.asOf}). Open-ended bars mean “or more”.
      </figcaption>
      <ul className="timeline-rows">
        {props.timelines.map((timeline) => {
          const end = timeline.maxDays ?? timeline.minDays * 1.12;
          const isPoint = timeline.maxDays === undefined;
          return (
            <li key={timeline.track} className="timeline-row">
              <span className="timeline-track">{timeline.track}</span>
              <span className="timeline-bar-area" aria-hidden="true">
                <span
                  className={isPoint ? "timeline-bar is-open" : "timeline-bar"}
                  style={{
                    left: percent(isPoint ? 0 : timeline.minDays),
                    width: percent(isPoint ? end : end - timeline.minDays),
                  }}
                />
              </span>
              <span className="timeline-label">
                {timeline.label}
                <span className="timeline-source"> — {timeline.source}</span>
              </span>
            </li>
          );
        })}
      </ul>
      <div className="timeline-axis" aria-hidden="true">
        {weeks
          .filter((week) => week % 2 === 0)
          .map((week) => (
            <span key={week} style={{ left: percent(week * 7) }}>
              {week === 0 ? "0" : `${String(week)} wk`}
            </span>
          ))}
      </div>
    </figure>
  );
}
