import { Link, useParams } from "react-router";
import type { LevelPace, PacingReport } from "../../core/assessments/pacing.ts";
import {
  formatMinutesShort,
  formatPercent,
  SESSION_STATUS_LABELS,
  type AssessmentReport,
} from "../api/assessments.ts";
import { LANGUAGE_NAMES } from "../api/problems.ts";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";

/** A session's report: the weighted score, time per level beside an even pace, and advice. */
export function AssessmentReportPage() {
  const { sessionId = "" } = useParams();
  const report = useApi<AssessmentReport>(`/assessment-sessions/${sessionId}/report`);

  return (
    <div className="page assessment-report">
      <p className="breadcrumb">
        <Link to="/assessments">← Assessments</Link>
      </p>
      {report.status === "loading" ? <Loading what="the report" /> : null}
      {report.status === "error" ? (
        <LoadError error={report.error} onRetry={report.reload} />
      ) : null}
      {report.status === "ready" ? <ReportBody report={report.data} /> : null}
    </div>
  );
}

function ReportBody(props: { report: AssessmentReport }) {
  const { session, score, pacing } = props.report;
  return (
    <>
      <header className="page-header">
        <h1>{session.title}: report</h1>
        <p className="lede">
          {LANGUAGE_NAMES[session.language]} · {SESSION_STATUS_LABELS[session.status]} ·{" "}
          {String(session.levelsPassed)} of {String(session.levelCount)} levels passed
          {session.status === "active" ? (
            <>
              {" "}
              · <Link to={`/assessments/sessions/${session.id}`}>back to the session</Link>
            </>
          ) : null}
        </p>
      </header>

      <section className="panel assessment-score-panel" aria-labelledby="score-heading">
        <h2 id="score-heading">Score</h2>
        <p className="assessment-score-figure">
          <strong>{formatPercent(score.percent)}</strong>
          <span>
            {formatPoints(score.points)} of {String(score.maxPoints)} weighted points
          </span>
        </p>
        <div className="assessment-table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Score by level</caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Weight</th>
                <th scope="col">Best result</th>
                <th scope="col">Points</th>
              </tr>
            </thead>
            <tbody>
              {score.levels.map((level) => (
                <tr key={level.level}>
                  <th scope="row">
                    {String(level.level)}. {level.title}
                  </th>
                  <td>{String(level.weight)}</td>
                  <td>
                    {level.total === 0
                      ? "not submitted"
                      : `${String(level.passed)} / ${String(level.total)} tests`}
                  </td>
                  <td>{formatPoints(level.points)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="pace-heading">
        <h2 id="pace-heading">Time per level</h2>
        <PaceChart pacing={pacing} />
      </section>

      <section className="panel" aria-labelledby="advice-heading">
        <h2 id="advice-heading">Pacing advice</h2>
        {pacing.advice.length === 0 ? (
          <p className="empty">Nothing stands out.</p>
        ) : (
          <ul className="assessment-advice">
            {pacing.advice.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/**
 * Time per level as horizontal bars, with a line at the even pace (the whole time divided evenly
 * among the levels). Each bar says its minutes in words, so the chart reads without the picture.
 */
function PaceChart(props: { pacing: PacingReport }) {
  const { pacing } = props;
  const scale = Math.max(pacing.evenPaceMs * 1.6, ...pacing.levels.map((level) => level.spentMs));
  const evenAt = (pacing.evenPaceMs / scale) * 100;
  return (
    <figure className="pace-chart">
      <ol className="pace-rows">
        {pacing.levels.map((level) => (
          <li key={level.level} className="pace-row">
            <span className="pace-label">Level {String(level.level)}</span>
            <span className="pace-track">
              <span
                className={`pace-bar is-${level.status}${level.overPace ? " is-over" : ""}`}
                style={{ width: `${String((level.spentMs / scale) * 100)}%` }}
              />
              <span
                className="pace-even"
                style={{ left: `${String(evenAt)}%` }}
                aria-hidden="true"
              />
            </span>
            <span className="pace-value">{describePace(level)}</span>
          </li>
        ))}
      </ol>
      <figcaption>
        The line marks an even pace of {formatEvenPace(pacing.evenPaceMs)} per level. Time used:{" "}
        {formatMinutesShort(pacing.elapsedMs)} of {formatMinutesShort(pacing.durationMs)}.
      </figcaption>
    </figure>
  );
}

function describePace(level: LevelPace): string {
  if (level.status === "not-reached") return "not reached";
  const minutes = formatMinutesShort(level.spentMs);
  return level.status === "passed" ? `${minutes}, passed` : `${minutes}, not passed`;
}

function formatEvenPace(ms: number): string {
  const minutes = ms / 60_000;
  return Number.isInteger(minutes) ? `${String(minutes)} min` : `${minutes.toFixed(1)} min`;
}

function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(2);
}
