import type { ReactNode } from "react";
import { Link } from "react-router";
import { DIMENSIONS } from "../../core/analysis/index.ts";
import { ROUND_DETAILS } from "../api/interviews.ts";
import {
  FLAG_NAMES,
  SOURCE_NAMES,
  itemPath,
  type CategoryProgress,
  type FlagProgress,
  type Progress,
  type ProgressItem,
  type RoundProgress,
} from "../api/progress.ts";
import { formatSavedAt } from "../api/stories.ts";
import { DimensionPlot } from "../components/dimension-plot.tsx";
import { ShareControl } from "../components/share-control.tsx";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";
import { capitalise } from "../../core/text.ts";

/** How many of the most raised flags the page lists. */
const TOP_FLAGS = 5;
/** How many weeks, newest first, the flags-by-week table shows. */
const WEEKS_SHOWN = 4;

function plural(n: number, one: string, many: string): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}

/**
 * Progress over every kept analysis: a plot per dimension with its sample size and whether it
 * clearly changed, the flags raised most often, the interview rounds practised, and the newest
 * items of the history.
 */
export function ProgressPage() {
  const state = useApi<Progress>("/progress");
  return (
    <div className="page progress">
      <header className="page-header">
        <h1>Progress</h1>
        <p className="lede">
          Every answer you have had analysed (practice, interview answers and story versions),
          scored on the coach’s five dimensions. Every figure shows how many analyses it rests on.
        </p>
      </header>
      {state.status === "loading" ? <Loading what="your progress" /> : null}
      {state.status === "error" ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.status === "ready" && state.data.attempts > 0 ? (
        <p className="progress-print no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            Print this report
          </button>{" "}
          <span className="muted">
            or save it as a PDF from the print dialogue, to share with a coach.
          </span>
        </p>
      ) : null}
      {state.status === "ready" ? (
        <p className="print-only progress-printed-on">
          Printed {new Date().toLocaleDateString()} from Candor.
        </p>
      ) : null}
      {state.status === "ready" ? <ProgressBody progress={state.data} /> : null}
      {state.status === "ready" ? <ShareControl kind="progress" /> : null}
    </div>
  );
}

/**
 * The figures of a progress summary. `shared` is a coach reading a learner's progress: the figures
 * only, with no history, since the items themselves stay private.
 */
export function ProgressBody(props: { progress: Progress; shared?: boolean }) {
  const { progress, shared = false } = props;
  if (progress.attempts === 0 && shared) {
    return (
      <section className="panel progress-empty" aria-labelledby="progress-empty-heading">
        <h2 id="progress-empty-heading">Nothing to show yet</h2>
        <p>No answer has been analysed yet; each one adds a point to every plot.</p>
      </section>
    );
  }
  if (progress.attempts === 0) {
    return (
      <section className="panel progress-empty" aria-labelledby="progress-empty-heading">
        <h2 id="progress-empty-heading">Nothing to show yet</h2>
        <p>
          Progress starts with your first analysed answer.{" "}
          <Link to="/practice">Practise a question</Link>, then come back: each answer you analyse
          adds a point to every plot. Interview answers and story versions count too.
        </p>
        <p className="muted">A change is judged once a dimension has six analyses or more.</p>
      </section>
    );
  }
  const { sources } = progress;
  return (
    <>
      <p className="progress-total">
        <strong>n = {progress.attempts}</strong> analyses:{" "}
        {plural(sources.practice, "practice attempt", "practice attempts")},{" "}
        {plural(sources.interview, "interview answer", "interview answers")},{" "}
        {plural(sources.story, "story version", "story versions")}.
      </p>
      <section aria-labelledby="progress-dimensions-heading">
        <h2 id="progress-dimensions-heading" className="section-heading">
          By dimension
        </h2>
        <p className="muted progress-method">
          Each change compares the later half of the analyses with the earlier half (dashed lines
          show each half’s mean) and is stated only when its 95% interval leaves out zero.
        </p>
        <div className="progress-grid">
          {DIMENSIONS.map((dimension) => (
            <DimensionPlot
              key={dimension}
              dimension={dimension}
              progress={progress.dimensions[dimension]}
            />
          ))}
        </div>
      </section>
      <div className="progress-columns">
        <FlagList flags={progress.flags} attempts={progress.attempts} />
        <RoundList rounds={progress.rounds} />
      </div>
      <CategoryList categories={progress.categories} />
      {shared ? null : <RecentList items={progress.recent} total={progress.attempts} />}
    </>
  );
}

function FlagList(props: { flags: FlagProgress[]; attempts: number }) {
  const shown = props.flags.slice(0, TOP_FLAGS);
  return (
    <section className="panel" aria-labelledby="progress-flags-heading">
      <h2 id="progress-flags-heading">Flags raised most often</h2>
      {shown.length === 0 ? (
        <p className="muted">No flag raised in any of the {props.attempts} analyses.</p>
      ) : (
        <ol className="progress-flags">
          {shown.map((flag) => (
            <li key={flag.code}>
              <span>{FLAG_NAMES[flag.code]}</span>
              <span className="muted">
                in {flag.n} of {props.attempts} analyses
              </span>
            </li>
          ))}
        </ol>
      )}
      {shown.length === 0 ? null : <FlagWeeks flags={shown} />}
    </section>
  );
}

/** The most raised flags week by week, newest week first: whether they are becoming rarer. */
function FlagWeeks(props: { flags: FlagProgress[] }) {
  // Every flag lists the same weeks in the same order: every week with a kept analysis.
  const count = props.flags[0]?.weeks.length ?? 0;
  const columns = Array.from({ length: Math.min(count, WEEKS_SHOWN) }, (_, i) => count - 1 - i);
  const weeks = props.flags[0]?.weeks ?? [];
  return (
    <details className="progress-table">
      <summary>Flags by week</summary>
      <div className="table-wrap">
        <table className="data-table flag-weeks">
          <caption className="visually-hidden">
            How many analyses raised each flag, in each of the latest weeks, newest first; n is the
            number of analyses kept that week
          </caption>
          <thead>
            <tr>
              <th scope="col">Flag</th>
              {columns.map((column) => (
                <th key={column} scope="col" className="numeric">
                  {formatWeek(weeks[column]?.week ?? "")}
                  <span className="muted"> n = {weeks[column]?.attempts ?? 0}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.flags.map((flag) => (
              <tr key={flag.code}>
                <th scope="row">{FLAG_NAMES[flag.code]}</th>
                {columns.map((column) => (
                  <td key={column} className="numeric">
                    {flag.weeks[column]?.n ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">Weeks start on Monday; n is how many analyses were kept that week.</p>
    </details>
  );
}

function formatWeek(monday: string): string {
  return new Date(`${monday}T00:00:00Z`).toLocaleDateString(undefined, {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
}

/** "system-design" → "System design": the category's id, as words. */
function categoryWords(id: string): string {
  return capitalise(id.replaceAll("-", " "));
}

/** A mean overall score with its sample size: "3.4/5 (n = 12)". */
function meanOverall(overall: { mean: number; n: number }): string {
  return `${overall.mean.toFixed(1)}/5 (n = ${String(overall.n)})`;
}

/** One row of a counts table: its name, then its numbers (a title shows what a count counts). */
interface CountsRow {
  key: string;
  name: string;
  cells: readonly { value: ReactNode; title?: string }[];
}

/** A table of what was practised: a name per row, then numeric columns. */
function CountsTable(props: { caption: string; headers: readonly string[]; rows: CountsRow[] }) {
  const [nameHeader, ...numberHeaders] = props.headers;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            {numberHeaders.map((header) => (
              <th key={header} scope="col" className="numeric">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              {row.cells.map((cell, index) => (
                <td key={props.headers[index + 1]} className="numeric" title={cell.title}>
                  {cell.value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CategoryList(props: { categories: CategoryProgress[] }) {
  if (props.categories.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="progress-categories-heading">
      <h2 id="progress-categories-heading">By question category</h2>
      <p className="muted">
        Answers to the bank&apos;s questions, in practice and in interviews; your own questions and
        stories count in none.
      </p>
      <CountsTable
        caption="Each category of questions answered, with how many questions and the mean overall score"
        headers={["Category", "Questions", "Mean overall"]}
        rows={props.categories.map((category) => ({
          key: category.category,
          name: categoryWords(category.category),
          cells: [{ value: category.questions }, { value: meanOverall(category.overall) }],
        }))}
      />
    </section>
  );
}

function RoundList(props: { rounds: RoundProgress[] }) {
  return (
    <section className="panel" aria-labelledby="progress-rounds-heading">
      <h2 id="progress-rounds-heading">Interview rounds</h2>
      {props.rounds.length === 0 ? (
        <p className="muted">
          No interview answered yet. <Link to="/interviews">Start a mock interview</Link> to see
          each round here.
        </p>
      ) : (
        <CountsTable
          caption="Each interview round practised, with its mean overall score"
          headers={["Round", "Interviews", "Questions", "Mean overall"]}
          rows={props.rounds.map((round) => ({
            key: round.round,
            name: ROUND_DETAILS[round.round].name,
            cells: [
              { value: round.interviews },
              { value: round.questions.length, title: round.questions.join("\n") },
              { value: meanOverall(round.overall) },
            ],
          }))}
        />
      )}
    </section>
  );
}

function RecentList(props: { items: ProgressItem[]; total: number }) {
  return (
    <section aria-labelledby="progress-recent-heading">
      <h2 id="progress-recent-heading" className="section-heading">
        Recent history
      </h2>
      <p className="muted">
        The newest {props.items.length} of {props.total} analyses.
      </p>
      <ul className="attempt-list">
        {props.items.map((item, index) => (
          <li key={`${item.source}-${item.id}-${String(index)}`}>
            <Link className="attempt-link" to={itemPath(item.source, item.id)}>
              <span className="attempt-when">{formatSavedAt(item.at)}</span>
              <span className={`progress-source source-${item.source}`}>
                {SOURCE_NAMES[item.source]} · {item.overall}/5
              </span>
              <span className="attempt-excerpt">{item.title ?? "Your own question"}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
