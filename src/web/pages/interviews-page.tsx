import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import {
  INTERVIEW_ROUNDS,
  MAX_OWN_QUESTION_LENGTH,
  OWN_QUESTION_KINDS,
  type InterviewRound,
  type OwnQuestionKind,
} from "../../core/interview/types.ts";
import type { InterviewList, InterviewSummary } from "../../core/api/interviews.ts";
import { apiRequest, ApiError } from "../api/client.ts";
import {
  OWN_QUESTION_KIND_LABELS,
  ROUND_DETAILS,
  startInterview,
  STATUS_LABELS,
  USUAL_OWN_KIND,
} from "../api/interviews.ts";
import { formatSavedAt } from "../api/stories.ts";
import { ErrorNote, LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";

/** Mock interviews: start one for a round, and come back to the ones already under way. */
export function InterviewsPage() {
  const list = useApi<InterviewList>("/interviews");
  const [actionError, setActionError] = useState<string | undefined>();

  async function act(run: () => Promise<unknown>, failure: string) {
    setActionError(undefined);
    try {
      await run();
    } catch (caught) {
      setActionError(caught instanceof ApiError ? caught.message : failure);
    } finally {
      // Whatever happened, show the list as the server has it now.
      list.reload();
    }
  }

  function abandon(interview: InterviewSummary) {
    const name = ROUND_DETAILS[interview.round].name;
    if (!window.confirm(`Stop the ${name} interview? You will not be able to resume it.`)) return;
    void act(
      () => apiRequest(`/interviews/${interview.id}/abandon`, { method: "POST" }),
      "The interview could not be stopped.",
    );
  }

  function remove(interview: InterviewSummary) {
    const name = ROUND_DETAILS[interview.round].name;
    if (!window.confirm(`Delete the ${name} interview and its whole transcript?`)) return;
    void act(
      () => apiRequest(`/interviews/${interview.id}`, { method: "DELETE" }),
      "The interview could not be deleted.",
    );
  }

  return (
    <div className="page interviews">
      <header className="page-header">
        <h1>Mock interviews</h1>
        <p className="lede">
          An interviewer asks, follows up on the gaps in each answer, and pushes back on your views
          to see whether you hold them. Answer as you would aloud; the report comes at the end.
        </p>
      </header>

      <StartInterviewForm />

      <section aria-labelledby="interview-list-heading">
        <h2 id="interview-list-heading" className="results-count">
          {list.status === "ready"
            ? countInterviews(list.data.interviews.length)
            : "Your interviews"}
        </h2>
        <ErrorNote>{actionError}</ErrorNote>
        {list.status === "loading" ? <Loading what="your interviews" /> : null}
        {list.status === "error" ? <LoadError error={list.error} onRetry={list.reload} /> : null}
        {list.status === "ready" && list.data.interviews.length === 0 ? (
          <p className="empty">No interviews yet. Pick a round above and start one.</p>
        ) : null}
        {list.status === "ready" && list.data.interviews.length > 0 ? (
          <ul className="story-list interview-list">
            {list.data.interviews.map((interview) => (
              <InterviewCard
                key={interview.id}
                interview={interview}
                onAbandon={() => abandon(interview)}
                onDelete={() => remove(interview)}
              />
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}

/** The round a link asked for (`?round=behavioral`, from the prep plan), when it is one. */
function linkedRound(asked: string | null): InterviewRound | undefined {
  return INTERVIEW_ROUNDS.find((round) => round === asked);
}

function StartInterviewForm() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [round, setRound] = useState<InterviewRound>(linkedRound(params.get("round")) ?? "values");
  const [ownPrompt, setOwnPrompt] = useState("");
  // Follows the round until the candidate picks a kind: a design round usually asks for a design.
  const [ownKind, setOwnKind] = useState<OwnQuestionKind | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const kind = ownKind ?? USUAL_OWN_KIND[round];

  async function start() {
    setBusy(true);
    setError(undefined);
    try {
      const prompt = ownPrompt.trim();
      const started = await startInterview({
        round,
        ...(prompt === "" ? {} : { question: { prompt, kind } }),
      });
      await navigate(`/interviews/${started.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The interview could not start.");
      setBusy(false);
    }
  }

  return (
    <form
      className="panel start-interview"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <fieldset className="type-picker round-picker">
        <legend>Which round?</legend>
        {INTERVIEW_ROUNDS.map((id) => (
          <label key={id} className="type-option">
            <input
              type="radio"
              name="round"
              value={id}
              checked={round === id}
              onChange={() => setRound(id)}
            />
            <span className="type-option-text">
              <strong>{ROUND_DETAILS[id].name}</strong>
              <span>{ROUND_DETAILS[id].summary}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="own-question">
        <div className="field">
          <label htmlFor="own-question">Your own question (optional)</label>
          <textarea
            id="own-question"
            rows={2}
            value={ownPrompt}
            maxLength={MAX_OWN_QUESTION_LENGTH}
            aria-describedby="own-question-hint"
            placeholder="e.g. Tell me about a time you shipped something you had doubts about."
            onChange={(event) => setOwnPrompt(event.target.value)}
          />
          <p className="field-hint" id="own-question-hint">
            The interview opens on it, probes your answer, then goes on with the round. Leave it
            empty and the interviewer picks every question.
          </p>
        </div>
        <div className="field">
          <label htmlFor="own-question-kind">Kind of question</label>
          <select
            id="own-question-kind"
            value={kind}
            onChange={(event) => setOwnKind(event.target.value as OwnQuestionKind)}
          >
            {OWN_QUESTION_KINDS.map((value) => (
              <option key={value} value={value}>
                {OWN_QUESTION_KIND_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? "Starting…" : "Start"}
        </button>
        {error === undefined ? null : (
          <p role="alert" className="inline-error">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}

function InterviewCard(props: {
  interview: InterviewSummary;
  onAbandon: () => void;
  onDelete: () => void;
}) {
  const { interview } = props;
  const name = ROUND_DETAILS[interview.round].name;
  // Buttons say "Resume", "Delete"; their names say which interview, for lists read aloud.
  const which = `the ${name} interview of ${formatSavedAt(interview.createdAt)}`;
  return (
    <li className="story-card interview-card">
      <div className="story-card-main">
        <Link className="story-title" to={`/interviews/${interview.id}`}>
          {name}
        </Link>
        <div className="story-meta">
          <span className={`pill status-pill status-${interview.status}`}>
            {STATUS_LABELS[interview.status]}
          </span>
          <span>
            {countAnswers(interview.answers)} · {String(interview.questions)} main questions
          </span>
          <span>Started {formatSavedAt(interview.createdAt)}</span>
        </div>
      </div>
      <div className="interview-actions">
        {interview.status === "active" ? (
          <Link
            className="button button-primary"
            to={`/interviews/${interview.id}`}
            aria-label={`Resume ${which}`}
          >
            Resume
          </Link>
        ) : null}
        {interview.status === "finished" ? (
          <Link
            className="button button-primary"
            to={`/interviews/${interview.id}/report`}
            aria-label={`Report on ${which}`}
          >
            Report
          </Link>
        ) : null}
        {interview.status === "active" ? (
          <button
            type="button"
            className="button"
            aria-label={`Abandon ${which}`}
            onClick={props.onAbandon}
          >
            Abandon
          </button>
        ) : null}
        <button
          type="button"
          className="button button-quiet"
          aria-label={`Delete ${which}`}
          onClick={props.onDelete}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

function countInterviews(count: number): string {
  return count === 1 ? "1 interview" : `${String(count)} interviews`;
}

function countAnswers(count: number): string {
  return count === 1 ? "1 answer" : `${String(count)} answers`;
}
