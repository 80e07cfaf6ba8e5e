import { Link } from "react-router";
import { DIFFICULTIES } from "../../core/content/schema.ts";
import type { ProblemList, ProblemSummary } from "../api/problems.ts";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";
import { useFilterParams } from "../hooks/use-filter-params.ts";
import { capitalise } from "../../core/text.ts";

/** The coding problems, filtered by difficulty and theme; each opens in the editor. */
export function ProblemsPage() {
  const [params, update] = useFilterParams();
  const state = useApi<ProblemList>("/problems");
  const difficulty = params.get("difficulty") ?? "";
  const theme = params.get("theme") ?? "";

  const problems = state.status === "ready" ? state.data.problems : [];
  const themes = [...new Set(problems.flatMap((problem) => problem.themes))].sort();
  const shown = problems.filter(
    (problem) =>
      (difficulty === "" || problem.difficulty === difficulty) &&
      (theme === "" || problem.themes.includes(theme)),
  );

  return (
    <div className="page">
      <header className="page-header">
        <h1>Coding problems</h1>
        <p className="lede">
          Solve in JavaScript, TypeScript or Python, right here: your code runs in your browser
          against the visible tests, and a submission runs the hidden ones too.
        </p>
      </header>

      <form className="filters problem-filters" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="problem-difficulty">Difficulty</label>
          <select
            id="problem-difficulty"
            value={difficulty}
            onChange={(event) => update("difficulty", event.target.value)}
          >
            <option value="">Any difficulty</option>
            {DIFFICULTIES.map((id) => (
              <option key={id} value={id}>
                {capitalise(id)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="problem-theme">Theme</label>
          <select
            id="problem-theme"
            value={theme}
            onChange={(event) => update("theme", event.target.value)}
          >
            <option value="">All themes</option>
            {themes.map((id) => (
              <option key={id} value={id}>
                {describeTheme(id)}
              </option>
            ))}
          </select>
        </div>
      </form>

      {state.status === "loading" ? <Loading what="problems" /> : null}
      {state.status === "error" ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.status === "ready" ? <ProblemResults problems={shown} /> : null}
    </div>
  );
}

function ProblemResults(props: { problems: readonly ProblemSummary[] }) {
  const { problems } = props;
  return (
    <section aria-labelledby="problem-results-heading">
      <h2 id="problem-results-heading" className="results-count" aria-live="polite">
        {problems.length === 1 ? "1 problem" : `${String(problems.length)} problems`}
      </h2>
      {problems.length === 0 ? (
        <p className="empty">No problem matches these filters. Clear a filter to see more.</p>
      ) : (
        <ul className="problem-list">
          {problems.map((problem) => (
            <li key={problem.id} className="problem-card">
              <Link to={`/problems/${problem.id}`} className="problem-title">
                {problem.title}
              </Link>
              {problem.mark === undefined ? null : (
                <span className={`pill mark-${problem.mark}`}>
                  {problem.mark === "solved" ? "Solved" : "Attempted"}
                </span>
              )}
              <p className="problem-summary">{problem.summary}</p>
              <div className="question-meta">
                <span className={`difficulty difficulty-${problem.difficulty}`}>
                  {problem.difficulty}
                </span>
                {problem.kind === "class" ? <span className="pill">class design</span> : null}
                <span>{problem.themes.map(describeTheme).join(" · ")}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function describeTheme(id: string): string {
  return id.replaceAll("-", " ");
}
