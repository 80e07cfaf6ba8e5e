import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { DEFAULT_DESIGN_MINUTES } from "../../core/design/budgets.ts";
import { ApiError } from "../api/client.ts";
import { startDesignSession, type DesignSessionList } from "../api/design-sessions.ts";
import { formatSavedAt } from "../api/stories.ts";
import { useApi } from "../hooks/use-api.ts";

/**
 * "Start a timed design": the round as an interview runs it, on the server's clock, and the
 * timed designs already done on this question, each opening with its review.
 */
export function TimedDesignStart(props: { questionId: string }) {
  const navigate = useNavigate();
  const past = useApi<DesignSessionList>("/design-sessions");
  const [minutes, setMinutes] = useState(DEFAULT_DESIGN_MINUTES);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const mine =
    past.status === "ready"
      ? past.data.sessions.filter((session) => session.questionId === props.questionId)
      : [];

  async function start() {
    setBusy(true);
    setError(undefined);
    try {
      const session = await startDesignSession(props.questionId, minutes);
      void navigate(`/design-sessions/${session.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The timed design did not start.");
      setBusy(false);
    }
  }

  return (
    <section className="panel timed-design" aria-labelledby="timed-design-heading">
      <h2 id="timed-design-heading">Practise it against the clock</h2>
      <p className="hint">
        A timed design runs as the round does: one clock for the whole, a time budget for each step,
        and your design saved to your account as you write. Hand it in when you are done, or when
        time is up, for the review.
      </p>
      <form
        className="cohort-create"
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <div className="field">
          <label htmlFor="timed-design-minutes">Minutes</label>
          <select
            id="timed-design-minutes"
            value={minutes}
            onChange={(event) => setMinutes(Number(event.currentTarget.value))}
          >
            {[30, 45, 60].map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          Start a timed design
        </button>
      </form>
      {error === undefined ? null : (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
      {mine.length === 0 ? null : (
        <>
          <h3>Your timed designs of this question</h3>
          <ul className="attempt-list">
            {mine.map((session) => (
              <li key={session.id}>
                <Link className="attempt-link" to={`/design-sessions/${session.id}`}>
                  <span className="attempt-when">{formatSavedAt(session.startedAt)}</span>
                  <span>
                    {session.minutes} min ·{" "}
                    {session.status === "submitted" ? "handed in" : "not handed in"}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
