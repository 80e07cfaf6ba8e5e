import { useCallback, useEffect, useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { stepAt } from "../../core/design/budgets.ts";
import { STEP_TITLES } from "../../core/design/steps.ts";
import {
  saveDesignSessionDraft,
  submitDesignSession,
  type DesignSessionView,
} from "../api/design-sessions.ts";
import { formatSavedAt } from "../api/stories.ts";
import { AssessmentCountdown } from "../components/assessment-countdown.tsx";
import { DesignReviewPanel, type DesignSessionHooks } from "../components/design-review-panel.tsx";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";

/**
 * A timed system-design round: the server's clock for the whole, the step the clock says to be on
 * with each step's budget, the design and its diagram saved to the account as they are written,
 * and, once handed in (before or after time is up), the review kept with it.
 */
export function DesignSessionPage() {
  const { id = "" } = useParams();
  const state = useApi<DesignSessionView>(`/design-sessions/${encodeURIComponent(id)}`);
  if (state.status === "loading") return <Loading what="your timed design" />;
  if (state.status === "error") {
    return (
      <div className="page">
        <LoadError error={state.error} onRetry={state.reload} />
      </div>
    );
  }
  return <DesignSession key={state.data.id} session={state.data} />;
}

function DesignSession({ session }: { session: DesignSessionView }) {
  // The server's remaining time, counted down from when its answer arrived.
  const [receivedAt] = useState(() => performance.now());
  const [expired, setExpired] = useState(session.remainingMs <= 0);
  const [submitted, setSubmitted] = useState(session.status === "submitted");
  const [now, setNow] = useState(() => performance.now());
  const onExpire = useCallback(() => setExpired(true), []);
  // The step the clock points at moves on its own: look again every few seconds.
  useEffect(() => {
    if (submitted || expired) return;
    const timer = window.setInterval(() => setNow(performance.now()), 5_000);
    return () => window.clearInterval(timer);
  }, [submitted, expired]);
  const elapsedMinutes =
    (session.minutes * 60_000 - session.remainingMs + Math.max(0, now - receivedAt)) / 60_000;
  const current = stepAt(session.steps, elapsedMinutes);

  const hooks = useMemo<DesignSessionHooks>(
    () => ({
      key: `candor:design-session:${session.id}`,
      textStore: {
        load: () => Promise.resolve(session.text),
        save: (text, keepalive) => saveDesignSessionDraft(session.id, { text }, keepalive),
      },
      diagramStore: {
        load: () => Promise.resolve(session.diagram),
        save: (diagram, keepalive) => saveDesignSessionDraft(session.id, { diagram }, keepalive),
      },
      submit: async () => {
        const done = await submitDesignSession(session.id);
        setSubmitted(true);
        if (done.review === null) throw new Error("The design was handed in without a review.");
        return done.review;
      },
      review: session.review ?? undefined,
      closed: false,
    }),
    [session],
  );
  const closed = submitted || expired;

  return (
    <article className="page design-session">
      <p className="breadcrumb">
        <Link to={`/questions/${session.questionId}`}>Back to the question</Link>
      </p>
      <header className="page-header">
        <h1>Timed design</h1>
        <p className="lede">{session.prompt}</p>
        <div className="story-meta">
          <span>
            {session.minutes} minutes · started {formatSavedAt(session.startedAt)}
          </span>
          {submitted ? <span className="pill">Handed in</span> : null}
        </div>
      </header>
      {submitted ? null : (
        <AssessmentCountdown
          remainingMs={session.remainingMs}
          receivedAt={receivedAt}
          running={!expired}
          onExpire={onExpire}
        />
      )}
      {expired && !submitted ? (
        <p className="notice" role="status">
          Time is up: the design is kept as it was. Hand it in to have it reviewed.
        </p>
      ) : null}
      <ol className="design-budget" aria-label="Steps and their time">
        {session.steps.map((budget) => {
          const here = !closed && budget.step === current;
          return (
            <li key={budget.step} className={here ? "is-current" : undefined}>
              <span>{STEP_TITLES[budget.step]}</span>{" "}
              <span className="field-hint">
                {budget.minutes} min · minute {budget.startsAt}–{budget.startsAt + budget.minutes}
              </span>
              {here ? <span className="visually-hidden"> (now, by the clock)</span> : null}
            </li>
          );
        })}
      </ol>
      <p className="field-hint">
        The highlighted step is where the clock says you should be; move on when you are done.
      </p>
      <DesignReviewPanel questionId={session.questionId} session={{ ...hooks, closed }} />
    </article>
  );
}
