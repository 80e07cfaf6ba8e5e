import Markdown from "react-markdown";
import remarkGfm from "remark-gfm";
import { Link, useParams } from "react-router";
import type { TestCase } from "../../core/runner/types.ts";
import type { ProblemView } from "../api/problems.ts";
import { ProblemWorkspace } from "../components/problem-workspace.tsx";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";

/** One coding problem: its statement and visible tests beside the editor and the results. */
export function ProblemPage() {
  const { id = "" } = useParams();
  const state = useApi<ProblemView>(`/problems/${encodeURIComponent(id)}`);
  if (state.status === "loading") return <Loading what="the problem" />;
  if (state.status === "error") {
    return (
      <div className="page">
        <LoadError error={state.error} />
        <p>
          <Link to="/problems">Back to the coding problems</Link>
        </p>
      </div>
    );
  }
  const problem = state.data;
  const { meta } = problem;
  return (
    <article className="page problem-page">
      <p className="breadcrumb">
        <Link to="/problems">Coding problems</Link>
      </p>
      <header className="page-header">
        <h1>{meta.title}</h1>
        <div className="question-meta">
          <span className={`difficulty difficulty-${meta.difficulty}`}>{meta.difficulty}</span>
          {meta.kind === "class" ? <span className="pill">class design</span> : null}
          <span>{meta.themes.map((theme) => theme.replaceAll("-", " ")).join(" · ")}</span>
          <span>
            Time limit {formatSeconds(meta.timeLimitMs)} · {problem.tests.visible.length} visible
            and {problem.tests.hidden.length} hidden tests
          </span>
        </div>
      </header>
      <div className="problem-layout">
        <section className="problem-statement" aria-label="Statement">
          <div className="prose problem-prose">
            <Markdown remarkPlugins={[remarkGfm]}>{withoutTitle(problem.statement)}</Markdown>
          </div>
          <VisibleTests cases={problem.tests.visible} />
        </section>
        {/* Keyed by problem, so moving to another problem starts a clean workspace. */}
        <ProblemWorkspace key={meta.id} problem={problem} />
      </div>
    </article>
  );
}

function VisibleTests(props: { cases: readonly TestCase[] }) {
  return (
    <details className="visible-tests">
      <summary>Visible tests ({props.cases.length})</summary>
      <ol>
        {props.cases.map((testCase) => (
          <li key={testCase.name}>
            <p className="visible-test-name">{testCase.name}</p>
            {"ops" in testCase ? (
              <dl>
                <dt>Operations</dt>
                <dd>
                  <code>{abbreviate(JSON.stringify(testCase.ops))}</code>
                </dd>
                <dt>Arguments</dt>
                <dd>
                  <code>{abbreviate(JSON.stringify(testCase.args))}</code>
                </dd>
                <dt>Expected</dt>
                <dd>
                  <code>{abbreviate(JSON.stringify(testCase.expected))}</code>
                </dd>
              </dl>
            ) : (
              <dl>
                <dt>Arguments</dt>
                <dd>
                  <code>{abbreviate(JSON.stringify(testCase.args))}</code>
                </dd>
                <dt>Expected</dt>
                <dd>
                  <code>{abbreviate(JSON.stringify(testCase.expected ?? null))}</code>
                </dd>
              </dl>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** Statements may open with the problem's title as a heading; the page already shows it. */
function withoutTitle(statement: string): string {
  return statement.replace(/^#\s[^\n]*\n+/, "");
}

function abbreviate(text: string): string {
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

function formatSeconds(ms: number): string {
  return `${String(ms / 1000)} s`;
}
