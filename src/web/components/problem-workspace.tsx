import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { LANGUAGES, type Language } from "../../core/problems/schema.ts";
import type { RunResult } from "../../core/runner/types.ts";
import {
  fetchSolution,
  LANGUAGE_NAMES,
  type ProblemView,
  recordSubmission,
} from "../api/problems.ts";
import { problemDraftStore } from "../hooks/draft-stores.ts";
import { draftStatusLine, useAutosave } from "../hooks/use-autosave.ts";
import { prewarmPython, releasePython, runInBrowser } from "../runner/index.ts";
import { CodeEditor, type EditorShortcut } from "./code-editor.tsx";
import { RunResults } from "./run-results.tsx";
import { SubmissionHistory } from "./submission-history.tsx";
import { ErrorNote } from "./status.tsx";

type RunKind = "run" | "submit";

type RunState =
  | { status: "idle" }
  | { status: "running"; kind: RunKind; language: Language }
  | { status: "done"; kind: RunKind; language: Language; code: string; result: RunResult }
  | { status: "failed"; kind: RunKind; message: string };

const LANGUAGE_KEY = "candor.problem-language";

/**
 * The editor side of a problem's page: the language picker, the editor with the saved draft,
 * Run (visible tests), Submit (every test), Reset to starter, the results and the reference
 * solution. Code runs in this browser tab's workers (src/web/runner), never on the server.
 */
export function ProblemWorkspace(props: { problem: ProblemView }) {
  const { problem } = props;
  const { meta } = problem;
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const starter = problem.starters[language];
  const store = useMemo(() => problemDraftStore(meta.id, language), [meta.id, language]);
  const draft = useAutosave(`${meta.id}:${language}`, starter, store);
  const [run, setRun] = useState<RunState>({ status: "idle" });
  // Bumped after each kept submission, so the list below reads them again.
  const [submitted, setSubmitted] = useState(0);
  const [keepError, setKeepError] = useState<string | undefined>();
  const running = useRef<AbortController | undefined>(undefined);

  useEffect(() => {
    return () => running.current?.abort();
  }, []);

  useEffect(() => {
    if (language !== "py") return;
    // Python takes a few seconds to start: start it now, in a spare worker, before the first run.
    prewarmPython();
    return () => {
      releasePython();
    };
  }, [language]);

  function start(kind: RunKind) {
    if (running.current !== undefined || draft.status === "loading") return;
    const controller = new AbortController();
    running.current = controller;
    const code = draft.value;
    const cases =
      kind === "run" ? problem.tests.visible : [...problem.tests.visible, ...problem.tests.hidden];
    const { id, kind: problemKind, entry, comparison, timeLimitMs } = meta;
    setRun({ status: "running", kind, language });
    runInBrowser(
      { language, code, cases, problem: { id, kind: problemKind, entry, comparison, timeLimitMs } },
      { signal: controller.signal },
    )
      .then(
        (result) => {
          setRun({ status: "done", kind, language, code, result });
          // A submission is kept, so the problem is marked and the attempt can be read again.
          if (kind === "submit") {
            setKeepError(undefined);
            recordSubmission(meta.id, {
              language,
              code,
              passed: result.passed,
              total: result.total,
            })
              .then(() => setSubmitted((n) => n + 1))
              .catch(() => setKeepError("This submission ran, but it could not be kept."));
          }
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

  const shortcuts: EditorShortcut[] = [
    { key: "Mod-Enter", run: () => start("run") },
    { key: "Shift-Mod-Enter", run: () => start("submit") },
  ];

  // The same shortcuts while focus is on the picker or the buttons; the editor handles its own.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) {
      return;
    }
    event.preventDefault();
    start(event.shiftKey ? "submit" : "run");
  }

  function chooseLanguage(next: Language) {
    localStorage.setItem(LANGUAGE_KEY, next);
    setLanguage(next);
  }

  const compileError =
    run.status === "done" && run.language === language && run.code === draft.value
      ? run.result.compileError
      : undefined;
  const busy = run.status === "running";

  return (
    <section className="problem-workspace" aria-label="Your solution" onKeyDown={onKeyDown}>
      <div className="workspace-toolbar">
        <div className="field workspace-language">
          <label htmlFor="solution-language">Language</label>
          <select
            id="solution-language"
            value={language}
            onChange={(event) => chooseLanguage(event.target.value as Language)}
          >
            {LANGUAGES.map((id) => (
              <option key={id} value={id}>
                {LANGUAGE_NAMES[id]}
              </option>
            ))}
          </select>
        </div>
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
      <CodeEditor
        language={language}
        value={draft.value}
        onChange={draft.setValue}
        label={`Solution code (${LANGUAGE_NAMES[language]})`}
        shortcuts={shortcuts}
        errorLine={compileError?.line}
        readOnly={draft.status === "loading"}
      />
      <div className="workspace-footer">
        <p className="draft-status" role="status">
          {draftStatusLine(draft)}
        </p>
        <button
          type="button"
          className="button-quiet workspace-reset"
          onClick={() => draft.setValue(starter)}
          disabled={draft.status === "loading" || draft.value === starter}
        >
          Reset to starter
        </button>
      </div>
      <p className="workspace-help">
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs the visible tests and <kbd>Ctrl</kbd>+<kbd>Shift</kbd>
        +<kbd>Enter</kbd> submits (<kbd>⌘</kbd> instead of <kbd>Ctrl</kbd> on a Mac). <kbd>Tab</kbd>{" "}
        indents; press <kbd>Esc</kbd> then <kbd>Tab</kbd> to leave the editor. Your code runs in
        this browser tab, and your draft is saved as you type.
      </p>
      <RunPanel run={run} visible={problem.tests.visible.length} />
      <ErrorNote>{keepError}</ErrorNote>
      <SubmissionHistory problemId={meta.id} refresh={submitted} />
      {problem.solutionAvailable ? (
        <ReferenceSolution key={language} problemId={meta.id} language={language} />
      ) : null}
    </section>
  );
}

function RunPanel(props: { run: RunState; visible: number }) {
  const { run } = props;
  const title = (kind: RunKind) => (kind === "run" ? "visible tests" : "all tests");
  return (
    <div className="workspace-results" aria-live="polite">
      {run.status === "idle" ? (
        <p className="status">Run your code to see each test&apos;s result here.</p>
      ) : null}
      {run.status === "running" ? (
        <p className="status run-progress" role="status">
          Running {run.kind === "run" ? `the ${String(props.visible)} visible tests` : "all tests"}…
          {run.language === "py" ? " The first Python run waits for Python to start." : null}
        </p>
      ) : null}
      {run.status === "failed" ? (
        <ErrorNote>The run could not finish: {run.message}</ErrorNote>
      ) : null}
      {run.status === "done" ? (
        <RunResults
          result={run.result}
          title={`${LANGUAGE_NAMES[run.language]}, ${title(run.kind)}`}
        />
      ) : null}
    </div>
  );
}

function ReferenceSolution(props: { problemId: string; language: Language }) {
  const [state, setState] = useState<
    { status: "closed" | "loading" } | { status: "ready"; code: string } | { status: "error" }
  >({ status: "closed" });
  return (
    <details
      className="reference-solution"
      onToggle={(event) => {
        if (!event.currentTarget.open || state.status !== "closed") return;
        setState({ status: "loading" });
        fetchSolution(props.problemId, props.language).then(
          (solution) => {
            setState({ status: "ready", code: solution.code });
          },
          () => {
            setState({ status: "error" });
          },
        );
      }}
    >
      <summary>Reference solution ({LANGUAGE_NAMES[props.language]})</summary>
      {state.status === "loading" ? <p className="status">Loading…</p> : null}
      {state.status === "error" ? (
        <p className="inline-error">The solution could not be loaded.</p>
      ) : null}
      {state.status === "ready" ? (
        <pre className="solution-code">
          <code>{state.code}</code>
        </pre>
      ) : null}
    </details>
  );
}

function initialLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  return LANGUAGES.find((id) => id === stored) ?? "js";
}
