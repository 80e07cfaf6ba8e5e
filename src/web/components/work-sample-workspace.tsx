import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type {
  LocatedCompileError,
  WorkSampleRunResult,
} from "../../core/work-samples/locate-run-result.ts";
import { runWorkSample } from "../../core/work-samples/run-work-sample.ts";
import { samplePathSchema } from "../../core/work-samples/schema.ts";
import { checkStructure, type StructureReport } from "../../core/work-samples/structure-rules.ts";
import { LANGUAGE_NAMES } from "../api/problems.ts";
import type { WorkSampleView } from "../api/work-samples.ts";
import { workSampleFilesStore } from "../hooks/draft-stores.ts";
import { draftStatusLine, useAutosave } from "../hooks/use-autosave.ts";
import { prewarmPython, releasePython, runInBrowser } from "../runner/index.ts";
import { CodeEditor, type EditorShortcut } from "./code-editor.tsx";
import { FileTabs, tabId } from "./file-tabs.tsx";
import { RunResults } from "./run-results.tsx";
import { ErrorNote } from "./status.tsx";

type RunKind = "run" | "submit";

type RunState =
  | { status: "idle" }
  | { status: "running"; kind: RunKind }
  | {
      status: "done";
      kind: RunKind;
      result: WorkSampleRunResult;
      /** The refactor's rule, checked on the code that ran (submit only). */
      structure?: StructureReport;
    }
  | { status: "failed"; kind: RunKind; message: string };

const PANEL_ID = "work-sample-editor";

/**
 * The workspace of a debug, refactor or extend sample: the codebase's files as tabs over the
 * editor (a refactor may add files), Run (visible tests) and Submit (every test, and for a
 * refactor its structural rule), the results with errors pointing at files and lines, and the
 * edited files saved as a draft. The codebase is bundled and run in this tab's workers.
 */
export function WorkSampleWorkspace(props: { sample: WorkSampleView }) {
  const { sample } = props;
  const { meta } = sample;
  const original = useMemo(
    () => Object.fromEntries(sample.files.map((file) => [file.path, file.content])),
    [sample.files],
  );
  const store = useMemo(() => workSampleFilesStore(meta.id, original), [meta.id, original]);
  const draft = useAutosave(meta.id, original, store);
  const files = draft.value;
  const paths = useMemo(
    () =>
      orderPaths(
        Object.keys(files),
        sample.files.map((f) => f.path),
      ),
    [files, sample.files],
  );
  const [active, setActive] = useState(meta.entryModule);
  const [run, setRun] = useState<RunState>({ status: "idle" });
  const running = useRef<AbortController | undefined>(undefined);
  const shown = files[active] === undefined ? (paths[0] ?? meta.entryModule) : active;

  useEffect(() => () => running.current?.abort(), []);

  useEffect(() => {
    if (meta.language !== "py") return;
    // Python takes a few seconds to start: start it now, before the first run.
    prewarmPython();
    return () => {
      releasePython();
    };
  }, [meta.language]);

  function start(kind: RunKind) {
    if (running.current !== undefined || draft.status === "loading") return;
    const controller = new AbortController();
    running.current = controller;
    const codebase = paths.map((path) => ({ path, content: files[path] ?? "" }));
    const cases =
      kind === "run" ? sample.tests.visible : [...sample.tests.visible, ...sample.tests.hidden];
    setRun({ status: "running", kind });
    runWorkSample((request) => runInBrowser(request, { signal: controller.signal }), {
      meta,
      files: codebase,
      cases,
    })
      .then(
        (result) => {
          const structure =
            kind === "submit" && meta.structure !== undefined
              ? checkStructure(codebase, meta.language, meta.structure)
              : undefined;
          setRun({
            status: "done",
            kind,
            result,
            ...(structure === undefined ? {} : { structure }),
          });
          const file = result.compileError?.file;
          if (file !== undefined && files[file] !== undefined) setActive(file);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setRun({
            status: "failed",
            kind,
            message: error instanceof Error ? error.message : String(error),
          });
        },
      )
      .finally(() => {
        if (running.current === controller) running.current = undefined;
      });
  }

  function createFile(path: string): string | undefined {
    const extension = `.${meta.language}`;
    if (!samplePathSchema.safeParse(path).success || !path.endsWith(extension)) {
      return `Name it like ${meta.language === "py" ? "log_formats.py" : `src/helpers${extension}`}: a relative path ending in ${extension}.`;
    }
    if (files[path] !== undefined) return `${path} is already a file of this codebase.`;
    draft.setValue({ ...files, [path]: "" });
    setActive(path);
    return undefined;
  }

  function resetFile() {
    const kept = Object.entries(files).filter(([path]) => path !== shown);
    const restored = original[shown];
    // A file the candidate added goes; a file of the codebase gets its original text back.
    draft.setValue(
      Object.fromEntries(restored === undefined ? kept : [...kept, [shown, restored]]),
    );
  }

  const shortcuts: EditorShortcut[] = [
    { key: "Mod-Enter", run: () => start("run") },
    { key: "Shift-Mod-Enter", run: () => start("submit") },
  ];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.key !== "Enter" || !(event.ctrlKey || event.metaKey))
      return;
    event.preventDefault();
    start(event.shiftKey ? "submit" : "run");
  }

  const changed = new Set(paths.filter((path) => files[path] !== original[path]));
  const compileError = run.status === "done" ? run.result.compileError : undefined;
  const busy = run.status === "running";
  const isNew = original[shown] === undefined;

  return (
    <section
      className="problem-workspace work-sample-workspace"
      aria-label="The codebase"
      onKeyDown={onKeyDown}
    >
      <div className="workspace-toolbar">
        <p className="work-sample-language">
          {LANGUAGE_NAMES[meta.language]} · {paths.length} files · entry{" "}
          <code>{meta.entryModule}</code>
        </p>
        <div className="workspace-actions">
          <button type="button" onClick={() => start("run")} disabled={busy}>
            Run
          </button>
          <button
            type="button"
            className="button-primary"
            onClick={() => start("submit")}
            disabled={busy}
          >
            Submit
          </button>
        </div>
      </div>
      <FileTabs
        paths={paths}
        active={shown}
        onSelect={setActive}
        label="Files of the codebase"
        panelId={PANEL_ID}
        changed={changed}
        {...(meta.kind === "refactor" ? { onCreate: createFile } : {})}
      />
      <div id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(PANEL_ID, shown)}>
        <CodeEditor
          language={meta.language}
          value={files[shown] ?? ""}
          onChange={(content) => draft.setValue({ ...files, [shown]: content })}
          label={`Code of ${shown}`}
          shortcuts={shortcuts}
          errorLine={compileError?.file === shown ? compileError.line : undefined}
          readOnly={draft.status === "loading"}
        />
      </div>
      <div className="workspace-footer">
        <p className="draft-status" role="status">
          {draftStatusLine(draft)}
        </p>
        <div className="workspace-actions">
          <button
            type="button"
            className="button-quiet"
            onClick={resetFile}
            disabled={draft.status === "loading" || !changed.has(shown)}
          >
            {isNew ? "Remove this file" : "Reset this file"}
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => draft.setValue(original)}
            disabled={draft.status === "loading" || changed.size === 0}
          >
            Reset every file
          </button>
        </div>
      </div>
      <p className="workspace-help">
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs the visible tests and <kbd>Ctrl</kbd>+<kbd>Shift</kbd>
        +<kbd>Enter</kbd> submits (<kbd>⌘</kbd> on a Mac). The arrow keys move between file tabs.
        The codebase runs in this browser tab, and your edits are saved as you type.
      </p>
      <RunPanel run={run} sample={sample} />
    </section>
  );
}

function RunPanel(props: { run: RunState; sample: WorkSampleView }) {
  const { run, sample } = props;
  return (
    <div className="workspace-results" aria-live="polite">
      {run.status === "idle" ? (
        <p className="status">Run the tests to see each one&apos;s result here.</p>
      ) : null}
      {run.status === "running" ? (
        <p className="status run-progress" role="status">
          Running{" "}
          {run.kind === "run"
            ? `the ${String(sample.tests.visible.length)} visible tests`
            : "all tests"}
          …
          {sample.meta.language === "py"
            ? " The first Python run waits for Python to start."
            : null}
        </p>
      ) : null}
      {run.status === "failed" ? (
        <ErrorNote>The run could not finish: {run.message}</ErrorNote>
      ) : null}
      {run.status === "done" ? (
        <>
          {sample.meta.kind === "extend" ? (
            <FeatureTally result={run.result} newCases={sample.newCases} />
          ) : null}
          {run.structure === undefined ? null : (
            <StructurePanel
              report={run.structure}
              sample={sample}
              testsPass={run.result.verdict === "accepted"}
            />
          )}
          <RunResults
            result={withFileInMessage(run.result)}
            title={run.kind === "run" ? "visible tests" : "all tests"}
          />
        </>
      ) : null}
    </div>
  );
}

/** How the feature's new cases and the existing ones fared, apart: both must pass. */
function FeatureTally(props: { result: WorkSampleRunResult; newCases: readonly string[] }) {
  const fresh = new Set(props.newCases);
  const ran = props.result.cases;
  const count = (isNew: boolean) => {
    const group = ran.filter((entry) => fresh.has(entry.name) === isNew);
    return `${String(group.filter((entry) => entry.ok).length)} of ${String(group.length)}`;
  };
  if (ran.length === 0) return null;
  return (
    <p className="feature-tally">
      The new feature&apos;s tests: {count(true)} pass · the existing tests: {count(false)} pass
    </p>
  );
}

function StructurePanel(props: {
  report: StructureReport;
  sample: WorkSampleView;
  testsPass: boolean;
}) {
  const { report, sample, testsPass } = props;
  const rule = sample.meta.structure;
  const done = report.ok && testsPass;
  return (
    <section
      className={`structure-report ${report.ok ? "is-met" : "is-broken"}`}
      aria-label="The structural rule"
    >
      <p className="structure-verdict">
        {done
          ? "Refactor complete: every test passes and the rule is met."
          : report.ok
            ? "The rule is met, but not every test passes yet."
            : `The rule is not met yet (${String(report.violations.length)} ${report.violations.length === 1 ? "place" : "places"}).`}
      </p>
      <p className="structure-rule">
        The rule:{" "}
        {rule?.maxFunctionLines === undefined
          ? null
          : `no function over ${String(rule.maxFunctionLines)} lines of code`}
        {rule?.maxFunctionLines !== undefined && rule.maxDuplicateLines !== undefined ? "; " : null}
        {rule?.maxDuplicateLines === undefined
          ? null
          : `no run of ${String(rule.maxDuplicateLines)} or more lines repeated`}
        .
      </p>
      {report.violations.length === 0 ? null : (
        <ul>
          {report.violations.map((violation) => (
            <li key={`${violation.rule}:${violation.file}:${String(violation.line)}`}>
              <code>
                {violation.file}, lines {violation.line}–{violation.endLine}
              </code>
              : {violation.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** RunResults shows a compile error's line and column; the file is added to its message. */
function withFileInMessage(result: WorkSampleRunResult): WorkSampleRunResult {
  const error: LocatedCompileError | undefined = result.compileError;
  if (error?.file === undefined) return result;
  return { ...result, compileError: { ...error, message: `${error.message} (in ${error.file})` } };
}

/** The codebase's files in their own order, then any the candidate added, by name. */
function orderPaths(present: readonly string[], originalOrder: readonly string[]): string[] {
  const have = new Set(present);
  const known = originalOrder.filter((path) => have.has(path));
  const added = present.filter((path) => !originalOrder.includes(path)).sort();
  return [...known, ...added];
}
