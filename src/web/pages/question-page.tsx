import { Link, useParams } from "react-router";
import type { ProblemList } from "../api/problems.ts";
import type { QuestionView } from "../../core/api/questions.ts";
import { DesignReviewPanel } from "../components/design-review-panel.tsx";
import { InterviewOnQuestion } from "../components/interview-on-question.tsx";
import { StarButton } from "../components/star-button.tsx";
import { TimedDesignStart } from "../components/timed-design-start.tsx";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";

/** One question with its guidance: what it tests, strong signals, red flags, follow-ups. */
export function QuestionPage() {
  const { id = "" } = useParams();
  const state = useApi<QuestionView>(`/questions/${encodeURIComponent(id)}`);
  if (state.status === "loading") return <Loading what="the question" />;
  if (state.status === "error") {
    return (
      <div className="page">
        <LoadError error={state.error} />
        <p>
          <Link to="/questions">Back to the question bank</Link>
        </p>
      </div>
    );
  }
  const question = state.data;
  return (
    <article className="page question-detail">
      <p className="breadcrumb">
        <Link to="/questions">Question bank</Link>
      </p>
      <header className="question-detail-header">
        <h1>{question.prompt}</h1>
        <StarButton questionId={question.id} starred={question.starred} prompt={question.prompt} />
      </header>
      <div className="question-meta">
        <span className={`pill pill-${question.category}`}>{question.category}</span>
        <span className={`difficulty difficulty-${question.difficulty}`}>
          {question.difficulty}
        </span>
        <span className="rounds">{question.rounds.join(" · ")}</span>
        {question.reported ? <span className="reported">Reported as asked</span> : null}
      </div>

      <InterviewOnQuestion questionId={question.id} rounds={question.rounds} />
      {question.problemId === undefined ? null : <SolveLink problemId={question.problemId} />}
      {question.answerKind === undefined ? null : (
        <p>
          <Link className="button button-primary" to={`/practice?question=${question.id}`}>
            Practise this question
          </Link>
        </p>
      )}
      <section className="guidance-block">
        <h2>What it tests</h2>
        <p>{question.tests}</p>
      </section>
      <div className="guidance-grid">
        <GuidanceList title="Strong answers" items={question.signals} tone="good" />
        <GuidanceList title="Red flags" items={question.redFlags} tone="bad" />
      </div>
      <GuidanceList title="Follow-ups to expect" items={question.followUps} tone="neutral" />
      {question.areas === undefined ? null : (
        <GuidanceList title="Areas a strong design covers" items={question.areas} tone="neutral" />
      )}
      {question.category === "system-design" && question.areas !== undefined ? (
        <>
          <TimedDesignStart questionId={question.id} />
          <DesignReviewPanel questionId={question.id} />
        </>
      ) : null}
      {question.themes.length > 0 ? (
        <p className="themes">
          Themes: {question.themes.map((theme) => theme.replaceAll("-", " ")).join(", ")}
        </p>
      ) : null}
    </article>
  );
}

/** "Solve this problem" when the question's coding problem exists in this install. */
function SolveLink(props: { problemId: string }) {
  const problems = useApi<ProblemList>("/problems");
  if (problems.status !== "ready") return null;
  if (!problems.data.problems.some((problem) => problem.id === props.problemId)) return null;
  return (
    <p>
      <Link className="button button-primary" to={`/problems/${props.problemId}`}>
        Solve this problem
      </Link>
    </p>
  );
}

function GuidanceList(props: {
  title: string;
  items: readonly string[];
  tone: "good" | "bad" | "neutral";
}) {
  return (
    <section className={`guidance-block guidance-${props.tone}`}>
      <h2>{props.title}</h2>
      <ul>
        {props.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
