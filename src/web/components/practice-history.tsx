import { useEffect } from "react";
import { Link } from "react-router";
import { practiceAttemptsPath, type PracticeAttemptList } from "../api/practice.ts";
import { formatSavedAt } from "../api/stories.ts";
import { useApi, type ApiState } from "../hooks/use-api.ts";
import { LoadError, Loading } from "./status.tsx";
import { ScoreBadge } from "./story-fields.tsx";

/**
 * Past attempts, newest first, each with its date and score and a link to its full result: those
 * at one bank question, or every recent attempt when the question is the candidate's own.
 * `revision` changes when an attempt was just kept, so the list reads it.
 */
export function PracticeHistory(props: { questionId: string | undefined; revision: number }) {
  const state = useApi<PracticeAttemptList>(practiceAttemptsPath(props.questionId));
  const { reload } = state;
  useEffect(() => {
    if (props.revision > 0) reload();
  }, [props.revision, reload]);
  const heading = props.questionId === undefined ? "Recent attempts" : "History";
  return (
    <section className="practice-history" aria-labelledby="practice-history-heading">
      <h2 id="practice-history-heading" className="section-heading">
        {heading}
      </h2>
      <HistoryBody state={state} ownQuestion={props.questionId === undefined} />
    </section>
  );
}

function HistoryBody(props: {
  state: ApiState<PracticeAttemptList> & { reload: () => void };
  ownQuestion: boolean;
}) {
  const { state } = props;
  if (state.status === "loading") return <Loading what="your past attempts" />;
  if (state.status === "error") return <LoadError error={state.error} onRetry={state.reload} />;
  const { attempts } = state.data;
  if (attempts.length === 0) {
    return (
      <p className="muted">
        No attempts kept yet{props.ownQuestion ? "" : " at this question"}. Analyse an answer and it
        will be listed here.
      </p>
    );
  }
  return (
    <ol className="attempt-list">
      {attempts.map((attempt) => (
        <li key={attempt.id} className="attempt-item">
          <Link to={`/practice/attempts/${attempt.id}`} className="attempt-link">
            <span className="attempt-when">{formatSavedAt(attempt.createdAt)}</span>
            <ScoreBadge overall={attempt.overall} readsAs={attempt.readsAs} />
            <span className="attempt-excerpt">
              {props.ownQuestion && attempt.question !== null ? (
                <span className="attempt-question">{attempt.question} </span>
              ) : null}
              {attempt.excerpt}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
