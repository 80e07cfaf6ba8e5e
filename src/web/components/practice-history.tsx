import { useEffect, useState } from "react";
import { Link } from "react-router";
import { apiRequest, ApiError } from "../api/client.ts";
import {
  practiceAttemptsPath,
  type PracticeAttemptList,
  type PracticeAttemptSummary,
} from "../api/practice.ts";
import { formatSavedAt } from "../api/stories.ts";
import { useApi } from "../hooks/use-api.ts";
import { LoadError, Loading } from "./status.tsx";
import { ScoreBadge } from "./story-fields.tsx";

/** Older pages read after the first one, for the first page they follow. */
interface OlderPages {
  firstPage: PracticeAttemptList;
  attempts: PracticeAttemptSummary[];
  nextBefore: string | null;
}

/**
 * Past attempts, newest first, each with its date and score and a link to its full result: those
 * at one bank question, or every recent attempt when the question is the candidate's own.
 * `revision` changes when an attempt was just kept, so the list reads it again.
 */
export function PracticeHistory(props: { questionId: string | undefined; revision: number }) {
  const path = practiceAttemptsPath(props.questionId);
  const state = useApi<PracticeAttemptList>(path);
  const { reload } = state;
  useEffect(() => {
    if (props.revision > 0) reload();
  }, [props.revision, reload]);
  const [older, setOlder] = useState<OlderPages | undefined>();
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<string | undefined>();
  const ownQuestion = props.questionId === undefined;

  let body;
  if (state.status === "loading") body = <Loading what="your past attempts" />;
  else if (state.status === "error") {
    body = <LoadError error={state.error} onRetry={state.reload} />;
  } else {
    const first = state.data;
    // Older pages belong to the first page they were read after; a newer first page drops them.
    const more = older?.firstPage === first ? older : undefined;
    const attempts = [...first.attempts, ...(more?.attempts ?? [])];
    const nextBefore = more === undefined ? first.nextBefore : more.nextBefore;
    const showOlder = async (before: string) => {
      setLoadingOlder(true);
      setOlderError(undefined);
      try {
        const page = await apiRequest<PracticeAttemptList>(
          `${path}&before=${encodeURIComponent(before)}`,
        );
        setOlder({
          firstPage: first,
          attempts: [...(more?.attempts ?? []), ...page.attempts],
          nextBefore: page.nextBefore,
        });
      } catch (caught) {
        setOlderError(
          caught instanceof ApiError ? caught.message : "Older attempts could not be read.",
        );
      } finally {
        setLoadingOlder(false);
      }
    };
    body =
      attempts.length === 0 ? (
        <p className="muted">
          No attempts kept yet{ownQuestion ? "" : " at this question"}. Analyse an answer and it
          will be listed here.
        </p>
      ) : (
        <>
          <AttemptList attempts={attempts} ownQuestion={ownQuestion} />
          {nextBefore === null ? null : (
            <button
              type="button"
              className="button attempt-more"
              disabled={loadingOlder}
              onClick={() => void showOlder(nextBefore)}
            >
              {loadingOlder ? "Loading…" : "Show older attempts"}
            </button>
          )}
          {olderError === undefined ? null : (
            <p role="alert" className="inline-error">
              {olderError}
            </p>
          )}
        </>
      );
  }

  return (
    <section className="practice-history" aria-labelledby="practice-history-heading">
      <h2 id="practice-history-heading" className="section-heading">
        {ownQuestion ? "Recent attempts" : "History"}
      </h2>
      {body}
    </section>
  );
}

function AttemptList(props: { attempts: PracticeAttemptSummary[]; ownQuestion: boolean }) {
  return (
    <ol className="attempt-list">
      {props.attempts.map((attempt) => (
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
