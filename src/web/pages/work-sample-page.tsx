import { useMemo, useState } from "react";
import Markdown from "react-markdown";
import remarkGfm from "remark-gfm";
import { Link, useParams } from "react-router";
import type { TestCase } from "../../core/runner/types.ts";
import { LANGUAGE_NAMES } from "../api/problems.ts";
import { KIND_NAMES, type WorkSampleView } from "../api/work-samples.ts";
import { CodeEditor } from "../components/code-editor.tsx";
import { DiffReview } from "../components/diff-review.tsx";
import { FileTabs, tabId } from "../components/file-tabs.tsx";
import { LoadError, Loading } from "../components/status.tsx";
import { WorkSampleWorkspace } from "../components/work-sample-workspace.tsx";
import { useApi } from "../hooks/use-api.ts";

/** One work sample: the brief, then the codebase to work in, or for a review the diff to review. */
export function WorkSamplePage() {
  const { id = "" } = useParams();
  const state = useApi<WorkSampleView>(`/work-samples/${encodeURIComponent(id)}`);
  if (state.status === "loading") return <Loading what="the work sample" />;
  if (state.status === "error") {
    return (
      <div className="page">
        <LoadError error={state.error} />
        <p>
          <Link to="/work-samples">Back to the work samples</Link>
        </p>
      </div>
    );
  }
  const sample = state.data;
  const { meta } = sample;
  const isReview = meta.kind === "review";
  return (
    <article className={`page problem-page work-sample-page work-sample-${meta.kind}`}>
      <p className="breadcrumb">
        <Link to="/work-samples">Work samples</Link>
      </p>
      <header className="page-header">
        <h1>{meta.title}</h1>
        <div className="question-meta">
          <span className="pill">{KIND_NAMES[meta.kind]}</span>
          <span className={`difficulty difficulty-${meta.difficulty}`}>{meta.difficulty}</span>
          <span>
            {LANGUAGE_NAMES[meta.language]} · about {meta.minutes} minutes
            {isReview
              ? ` · ${String(sample.review?.issueCount ?? 0)} issues seeded`
              : ` · ${String(sample.tests.visible.length)} visible and ${String(sample.tests.hidden.length)} hidden tests`}
          </span>
        </div>
      </header>
      {isReview ? (
        <div className="review-layout">
          <section className="work-sample-brief prose" aria-label="Brief">
            <Markdown remarkPlugins={[remarkGfm]}>{sample.brief}</Markdown>
          </section>
          <CodebaseViewer sample={sample} />
          <DiffReview key={meta.id} sample={sample} />
        </div>
      ) : (
        <div className="problem-layout">
          <section className="problem-statement" aria-label="Brief">
            <div className="prose problem-prose">
              <Markdown remarkPlugins={[remarkGfm]}>{sample.brief}</Markdown>
            </div>
            <VisibleCases
              cases={sample.tests.visible}
              newCases={sample.newCases}
              entry={meta.entry}
            />
          </section>
          {/* Keyed by sample, so moving to another sample starts a clean workspace. */}
          <WorkSampleWorkspace key={meta.id} sample={sample} />
        </div>
      )}
    </article>
  );
}

/** A review's codebase before the change, read-only, one tab per file. */
function CodebaseViewer(props: { sample: WorkSampleView }) {
  const { sample } = props;
  const paths = useMemo(() => sample.files.map((file) => file.path), [sample.files]);
  const [active, setActive] = useState(paths[0] ?? "");
  const content = sample.files.find((file) => file.path === active)?.content ?? "";
  const panelId = "codebase-before";
  return (
    <details className="codebase-before">
      <summary>The codebase before the change ({paths.length} files)</summary>
      <FileTabs
        paths={paths}
        active={active}
        onSelect={setActive}
        label="Files before the change"
        panelId={panelId}
      />
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(panelId, active)}>
        <CodeEditor
          language={sample.meta.language}
          value={content}
          onChange={() => undefined}
          label={`${active} before the change`}
          readOnly
        />
      </div>
    </details>
  );
}

function VisibleCases(props: {
  cases: readonly TestCase[];
  newCases: readonly string[];
  entry: string;
}) {
  const fresh = new Set(props.newCases);
  return (
    <details className="visible-tests">
      <summary>Visible tests ({props.cases.length})</summary>
      <ol>
        {props.cases.map((testCase) => (
          <li key={testCase.name}>
            <p className="visible-test-name">
              {testCase.name}
              {fresh.has(testCase.name) ? <span className="pill"> new feature</span> : null}
            </p>
            <dl>
              {"ops" in testCase ? (
                <>
                  <dt>Operations</dt>
                  <dd>
                    <code>{abbreviate(JSON.stringify(testCase.ops))}</code>
                  </dd>
                  <dt>Arguments</dt>
                  <dd>
                    <code>{abbreviate(JSON.stringify(testCase.args))}</code>
                  </dd>
                </>
              ) : (
                <>
                  <dt>Call</dt>
                  <dd>
                    <code>
                      {props.entry}({abbreviate(JSON.stringify(testCase.args).slice(1, -1))})
                    </code>
                  </dd>
                </>
              )}
              <dt>Expected</dt>
              <dd>
                <code>{abbreviate(JSON.stringify(testCase.expected))}</code>
              </dd>
            </dl>
          </li>
        ))}
      </ol>
    </details>
  );
}

function abbreviate(text: string): string {
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
