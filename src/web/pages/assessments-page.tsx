import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { LANGUAGES, type Language } from "../../core/problems/schema.ts";
import {
  formatPercent,
  SESSION_STATUS_LABELS,
  startAssessmentSession,
  type AssessmentSummary,
  type SessionSummary,
} from "../api/assessments.ts";
import { ApiError } from "../api/client.ts";
import { LANGUAGE_NAMES } from "../api/problems.ts";
import { formatSavedAt } from "../api/stories.ts";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";

/** Timed progressive assessments: start one, and come back to those under way or finished. */
export function AssessmentsPage() {
  const assessments = useApi<{ assessments: AssessmentSummary[] }>("/assessments");
  const sessions = useApi<{ sessions: SessionSummary[] }>("/assessment-sessions");

  return (
    <div className="page assessments">
      <header className="page-header">
        <h1>Timed assessments</h1>
        <p className="lede">
          Ninety minutes, four levels. Each level adds to the specification, and the next one opens
          only when every test of the current one passes. Later levels weigh more, so pace matters
          as much as polish.
        </p>
      </header>

      {assessments.status === "loading" ? <Loading what="the assessments" /> : null}
      {assessments.status === "error" ? (
        <LoadError error={assessments.error} onRetry={assessments.reload} />
      ) : null}
      {assessments.status === "ready" ? (
        <StartAssessmentForm assessments={assessments.data.assessments} />
      ) : null}

      <section aria-labelledby="session-list-heading">
        <h2 id="session-list-heading" className="section-heading">
          Your sessions
        </h2>
        {sessions.status === "loading" ? <Loading what="your sessions" /> : null}
        {sessions.status === "error" ? (
          <LoadError error={sessions.error} onRetry={sessions.reload} />
        ) : null}
        {sessions.status === "ready" && sessions.data.sessions.length === 0 ? (
          <p className="empty">No sessions yet. Pick an assessment above and start the clock.</p>
        ) : null}
        {sessions.status === "ready" && sessions.data.sessions.length > 0 ? (
          <ul className="story-list assessment-sessions">
            {sessions.data.sessions.map((session) => (
              <SessionCard key={session.id} session={session} />
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}

function StartAssessmentForm(props: { assessments: AssessmentSummary[] }) {
  const navigate = useNavigate();
  const [assessmentId, setAssessmentId] = useState(props.assessments[0]?.id ?? "");
  const [language, setLanguage] = useState<Language>("js");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const chosen = props.assessments.find((assessment) => assessment.id === assessmentId);

  async function start() {
    setBusy(true);
    setError(undefined);
    try {
      const session = await startAssessmentSession(assessmentId, language);
      await navigate(`/assessments/sessions/${session.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The assessment could not start.");
      setBusy(false);
    }
  }

  if (props.assessments.length === 0) {
    return <p className="empty">No assessments are installed.</p>;
  }
  return (
    <form
      className="panel start-assessment"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <fieldset className="type-picker">
        <legend>Which assessment?</legend>
        {props.assessments.map((assessment) => (
          <label key={assessment.id} className="type-option">
            <input
              type="radio"
              name="assessment"
              value={assessment.id}
              checked={assessmentId === assessment.id}
              onChange={() => setAssessmentId(assessment.id)}
            />
            <span className="type-option-text">
              <strong>{assessment.title}</strong>
              <span>{assessment.summary}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {chosen === undefined ? null : (
        <div className="assessment-levels-preview">
          <p>
            {String(chosen.durationMinutes)} minutes, {String(chosen.levels.length)} levels (weight
            in brackets):
          </p>
          <ol>
            {chosen.levels.map((level) => (
              <li key={level.level}>
                {level.title} <span className="muted">({String(level.weight)})</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      <fieldset className="language-picker">
        <legend>Language</legend>
        {LANGUAGES.map((id) => (
          <label key={id} className="language-option">
            <input
              type="radio"
              name="language"
              value={id}
              checked={language === id}
              onChange={() => setLanguage(id)}
            />
            {LANGUAGE_NAMES[id]}
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? "Starting…" : "Start the clock"}
        </button>
        <span className="field-hint">The 90 minutes start now and keep running if you leave.</span>
        {error === undefined ? null : (
          <p role="alert" className="inline-error">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}

function SessionCard(props: { session: SessionSummary }) {
  const { session } = props;
  const which = `${session.title} in ${LANGUAGE_NAMES[session.language]}, started ${formatSavedAt(session.startedAt)}`;
  const url = `/assessments/sessions/${session.id}`;
  return (
    <li className="story-card">
      <div className="story-card-main">
        <Link className="story-title" to={url}>
          {session.title}
        </Link>
        <div className="story-meta">
          <span className={`pill status-pill status-${session.status}`}>
            {SESSION_STATUS_LABELS[session.status]}
          </span>
          <span>{LANGUAGE_NAMES[session.language]}</span>
          <span>
            {String(session.levelsPassed)} of {String(session.levelCount)} levels passed
          </span>
          <span>Started {formatSavedAt(session.startedAt)}</span>
        </div>
      </div>
      <div className="interview-actions">
        <span className="score-badge assessment-score">
          <strong>{formatPercent(session.scorePercent)}</strong>
          <span className="visually-hidden"> score</span>
        </span>
        {session.status === "active" ? (
          <Link className="button button-primary" to={url} aria-label={`Continue ${which}`}>
            Continue
          </Link>
        ) : (
          <Link className="button" to={`${url}/report`} aria-label={`Report on ${which}`}>
            Report
          </Link>
        )}
      </div>
    </li>
  );
}
