import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { AnalyzeInput } from "../../core/analysis/index.ts";
import { ApiError } from "../api/client.ts";
import { deletePracticeAttempt, type PracticeAttempt } from "../api/practice.ts";
import { formatSavedAt } from "../api/stories.ts";
import { AnalysisReport } from "../components/analysis-report.tsx";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";

/** One kept practice attempt: the question, the answer and its full result, as first shown. */
export function PracticeAttemptPage() {
  const { id = "" } = useParams();
  const state = useApi<PracticeAttempt>(`/practice-attempts/${encodeURIComponent(id)}`);
  if (state.status === "loading") return <Loading what="the attempt" />;
  if (state.status === "error") {
    return (
      <div className="page">
        <LoadError error={state.error} />
        <p>
          <Link to="/practice">Back to practice</Link>
        </p>
      </div>
    );
  }
  return <AttemptView attempt={state.data} />;
}

function AttemptView(props: { attempt: PracticeAttempt }) {
  const { attempt } = props;
  const navigate = useNavigate();
  const [error, setError] = useState<string | undefined>();
  const practisePath =
    attempt.questionId === null
      ? "/practice"
      : `/practice?question=${encodeURIComponent(attempt.questionId)}`;
  // A pushback reply's view and challenge are not kept, so it gets no second opinion here.
  const input: AnalyzeInput | undefined =
    attempt.kind === "pushback"
      ? undefined
      : {
          text: attempt.answer,
          kind: attempt.kind,
          ...(attempt.question === null ? {} : { question: attempt.question }),
        };

  async function remove() {
    if (!window.confirm("Delete this attempt from your history?")) return;
    try {
      await deletePracticeAttempt(attempt.id);
      void navigate(practisePath);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The attempt could not be deleted.");
    }
  }

  return (
    <article className="page practice-attempt">
      <p className="breadcrumb">
        <Link to={practisePath}>Practice</Link>
      </p>
      <header className="page-header">
        <h1>{attempt.question ?? "An answer to your own question"}</h1>
        <p className="muted">Answered {formatSavedAt(attempt.createdAt)}</p>
      </header>
      <AnalysisReport
        text={attempt.answer}
        analysis={attempt.analysis}
        {...(input === undefined ? {} : { input })}
      />
      <div className="attempt-actions">
        <Link to={practisePath} className="button">
          Practise this question again
        </Link>
        <button type="button" className="button button-danger" onClick={() => void remove()}>
          Delete this attempt
        </button>
      </div>
      {error === undefined ? null : (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </article>
  );
}
