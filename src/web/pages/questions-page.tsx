import { Link } from "react-router";
import type { PackList, PackSummary } from "../../core/api/packs.ts";
import type { QuestionList } from "../../core/api/questions.ts";
import { StarButton } from "../components/star-button.tsx";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";
import { useDebounced } from "../hooks/use-debounced.ts";
import { useFilterParams } from "../hooks/use-filter-params.ts";
import { DIFFICULTIES } from "../../core/content/schema.ts";
import { capitalise } from "../../core/text.ts";

const FILTER_KEYS = ["q", "round", "category", "difficulty"] as const;

/**
 * The question bank: search as you type, filter by round, category and difficulty, and narrow to
 * the questions starred (the list carries each star, so that one is applied here).
 */
export function QuestionsPage() {
  const [params, update] = useFilterParams();
  const packs = useApi<PackList>("/packs");
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const debouncedQuery = useDebounced(query.toString(), 150);
  const questions = useApi<QuestionList>(`/questions?${debouncedQuery}`);
  const pack = packs.status === "ready" ? packs.data.packs[0] : undefined;
  const starredOnly = params.get("starred") === "1";

  return (
    <div className="page">
      <header className="page-header">
        <h1>Question bank</h1>
        <p className="lede">
          Questions asked across the loop, each with what it tests, what strong answers show, the
          red flags and the follow-ups to expect.
        </p>
      </header>

      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="field field-search">
          <label htmlFor="question-search">Search</label>
          <input
            id="question-search"
            type="search"
            placeholder="e.g. changed your mind, rate limiting"
            value={params.get("q") ?? ""}
            onChange={(event) => update("q", event.target.value)}
          />
        </div>
        <FilterSelect
          id="round"
          label="Round"
          allLabel="All rounds"
          value={params.get("round") ?? ""}
          options={pack?.rounds ?? []}
          onChange={(value) => update("round", value)}
        />
        <FilterSelect
          id="category"
          label="Category"
          allLabel="All categories"
          value={params.get("category") ?? ""}
          options={pack?.categories ?? []}
          onChange={(value) => update("category", value)}
        />
        <FilterSelect
          id="difficulty"
          label="Difficulty"
          allLabel="Any difficulty"
          value={params.get("difficulty") ?? ""}
          options={DIFFICULTIES.map((id) => ({ id, name: capitalise(id) }))}
          onChange={(value) => update("difficulty", value)}
        />
        <label className="filter-starred">
          <input
            type="checkbox"
            checked={starredOnly}
            onChange={(event) => update("starred", event.currentTarget.checked ? "1" : "")}
          />{" "}
          Starred only
        </label>
      </form>

      <QuestionResults state={questions} pack={pack} starredOnly={starredOnly} />
    </div>
  );
}

function FilterSelect(props: {
  id: string;
  label: string;
  allLabel: string;
  value: string;
  options: readonly { id: string; name: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={`filter-${props.id}`}>{props.label}</label>
      <select
        id={`filter-${props.id}`}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">{props.allLabel}</option>
        {props.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function QuestionResults(props: {
  state: ReturnType<typeof useApi<QuestionList>>;
  pack: PackSummary | undefined;
  starredOnly: boolean;
}) {
  const { state, pack, starredOnly } = props;
  if (state.status === "loading") return <Loading what="questions" />;
  if (state.status === "error") return <LoadError error={state.error} onRetry={state.reload} />;
  const shown = starredOnly
    ? state.data.questions.filter((question) => question.starred)
    : state.data.questions;
  const categoryName = (id: string) => pack?.categories.find((c) => c.id === id)?.name ?? id;
  const roundName = (id: string) => pack?.rounds.find((r) => r.id === id)?.name ?? id;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="results-count" aria-live="polite">
        {shown.length === 1 ? "1 question" : `${String(shown.length)} questions`}
        {starredOnly ? " starred" : ""}
      </h2>
      {shown.length === 0 ? (
        <p className="empty">
          {starredOnly
            ? "No starred question matches these filters. Star a question with ☆ to keep it here."
            : "No question matches these filters. Try fewer words or clear a filter."}
        </p>
      ) : (
        <ul className="question-list">
          {shown.map((question) => (
            <li key={question.id} className="question-card">
              <div className="question-card-main">
                <Link to={`/questions/${question.id}`} className="question-prompt">
                  {question.prompt}
                </Link>
                <div className="question-meta">
                  <span className={`pill pill-${question.category}`}>
                    {categoryName(question.category)}
                  </span>
                  <span className={`difficulty difficulty-${question.difficulty}`}>
                    {question.difficulty}
                  </span>
                  <span className="rounds">{question.rounds.map(roundName).join(" · ")}</span>
                  {question.reported ? <span className="reported">Reported as asked</span> : null}
                </div>
              </div>
              <StarButton
                questionId={question.id}
                starred={question.starred}
                prompt={question.prompt}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
