import { useState } from "react";
import { useNavigate } from "react-router";
import type { RoundId } from "../../core/content/schema.ts";
import type { InterviewRound } from "../../core/interview/index.ts";
import { ApiError } from "../api/client.ts";
import { interviewRoundOf, ROUND_DETAILS, startInterview } from "../api/interviews.ts";

/**
 * "Interview me on this": starts a mock interview that opens on the question, in the first of the
 * question's rounds that the interviewer runs, and goes to it. Nothing shows for a question no
 * interview round asks (a timed assessment's, say).
 */
export function InterviewOnQuestion(props: { questionId: string; rounds: readonly RoundId[] }) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const round = interviewRoundOf(props.rounds);
  if (round === undefined) return null;

  async function start(chosen: InterviewRound) {
    setBusy(true);
    setError(undefined);
    try {
      const started = await startInterview({ round: chosen, questionId: props.questionId });
      await navigate(`/interviews/${started.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The interview could not start.");
      setBusy(false);
    }
  }

  const hintId = `interview-on-${props.questionId}-hint`;
  return (
    <div className="interview-on-question">
      <button
        type="button"
        className="button button-primary"
        disabled={busy}
        aria-describedby={hintId}
        onClick={() => void start(round)}
      >
        {busy ? "Starting…" : "Interview me on this"}
      </button>
      <span className="field-hint" id={hintId}>
        A {ROUND_DETAILS[round].name.toLowerCase()} interview that opens on this question, with
        follow-ups, then goes on with the round.
      </span>
      {error === undefined ? null : (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </div>
  );
}
