import { Link } from "react-router";
import { WORK_SAMPLE_KINDS, type WorkSampleKind } from "../../core/work-samples/schema.ts";
import { LANGUAGE_NAMES } from "../api/problems.ts";
import { KIND_NAMES, type WorkSampleList, type WorkSampleSummary } from "../api/work-samples.ts";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";

/** What each kind of exercise asks, shown under its heading. */
const KIND_INTROS: Record<WorkSampleKind, string> = {
  debug: "Failing tests and bug reports: find each cause and fix it where it lives.",
  refactor: "Working code with a smell: remove it while every test stays green.",
  extend: "A feature to add to code someone else wrote, without breaking what works.",
  review: "A teammate's change: find the problems in the diff and say why they matter.",
};

/** The work-sample exercises, grouped by kind: debug, refactor, extend and review. */
export function WorkSamplesPage() {
  const state = useApi<WorkSampleList>("/work-samples");
  return (
    <div className="page">
      <header className="page-header">
        <h1>Work samples</h1>
        <p className="lede">
          The onsite round where you work in a small codebase that is not yours: debug it, refactor
          it, extend it or review a change to it. The code runs in your browser; your edits and
          findings are saved as you go.
        </p>
      </header>
      {state.status === "loading" ? <Loading what="work samples" /> : null}
      {state.status === "error" ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.status === "ready"
        ? WORK_SAMPLE_KINDS.map((kind) => (
            <KindSection
              key={kind}
              kind={kind}
              samples={state.data.samples.filter((sample) => sample.kind === kind)}
            />
          ))
        : null}
    </div>
  );
}

function KindSection(props: { kind: WorkSampleKind; samples: readonly WorkSampleSummary[] }) {
  const { kind, samples } = props;
  if (samples.length === 0) return null;
  const headingId = `work-samples-${kind}`;
  return (
    <section className="work-sample-kind" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        {KIND_NAMES[kind]}
      </h2>
      <p className="work-sample-kind-intro">{KIND_INTROS[kind]}</p>
      <ul className="problem-list">
        {samples.map((sample) => (
          <li key={sample.id} className="problem-card">
            <Link to={`/work-samples/${sample.id}`} className="problem-title">
              {sample.title}
            </Link>
            <p className="problem-summary">{sample.summary}</p>
            <div className="question-meta">
              <span className={`difficulty difficulty-${sample.difficulty}`}>
                {sample.difficulty}
              </span>
              <span className="pill">{LANGUAGE_NAMES[sample.language]}</span>
              <span>
                about {sample.minutes} minutes · {sample.files} files
              </span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
