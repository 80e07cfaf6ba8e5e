import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { RunResult, TestCase } from "../../core/runner/types.ts";
import {
  finishAssessmentSession,
  submitLevelResult,
  type SessionView,
  type UnlockedLevelView,
} from "../api/assessments.ts";
import { apiRequest, ApiError } from "../api/client.ts";
import { LANGUAGE_NAMES } from "../api/problems.ts";
import { AssessmentCountdown } from "../components/assessment-countdown.tsx";
import { EarlierLevels, LevelSpec, LevelTrack } from "../components/assessment-levels.tsx";
import { CodeEditor } from "../components/code-editor.tsx";
import { RunResults } from "../components/run-results.tsx";
import { ErrorNote, LoadError, Loading } from "../components/status.tsx";
import { assessmentDraftStore } from "../hooks/draft-stores.ts";
import { draftStatusLine, useAutosave } from "../hooks/use-autosave.ts";
import { prewarmPython, releasePython, runInBrowser } from "../runner/index.ts";

/** The session as the server last sent it, and when it arrived (for the countdown). */
interface Received {
  session: SessionView;
  receivedAt: number;
}

type LoadState =
  { status: "loading" } | { status: "error"; error: ApiError } | ({ status: "ready" } & Received);

/** What the results panel shows: a run of the visible tests, or a level's submission. */
interface Outcome {
  kind: "run" | "submit";
  level: number;
  result: RunResult;
}

/**
 * One timed session: the countdown from the server's clock, the levels (the current one's spec,
 * earlier ones folded), the editor, "Run" (the current level's visible tests) and "Submit level"
 * (its visible and hidden tests, then the result goes to the server, which opens the next level).
 */
export function AssessmentSessionPage() {
  const { sessionId = "" } = useParams();
  const [state, setState] = useState<LoadState>({ status: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    apiRequest<SessionView>(`/assessment-sessions/${sessionId}`, {
      signal: controller.signal,
    }).then(
      (session) => setState({ status: "ready", session, receivedAt: performance.now() }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: "error",
          error:
            error instanceof ApiError
              ? error
              : new ApiError(0, "unknown", "The session could not be loaded."),
        });
      },
    );
    return () => controller.abort();
  }, [sessionId]);

  if (state.status === "loading") return <Loading what="the session" />;
  if (state.status === "error") {
    return (
      <div className="page">
        <p className="breadcrumb">
          <Link to="/assessments">← Assessments</Link>
        </p>
        <LoadError error={state.error} />
      </div>
    );
  }
  return (
    <SessionWorkspace
      key={state.session.id}
      initial={state}
      onUpdate={(session) => setState({ status: "ready", session, receivedAt: performance.now() })}
    />
  );
}

function SessionWorkspace(props: { initial: Received; onUpdate: (session: SessionView) => void }) {
  const { session, receivedAt } = props.initial;
  const { onUpdate } = props;
  const navigate = useNavigate();
  const language = session.language;
  const [code, setCode] = useState(() => session.draft?.code ?? session.starter);
  const [timeUp, setTimeUp] = useState(session.status !== "active");
  const [running, setRunning] = useState<"run" | "submit" | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [actionError, setActionError] = useState<string | undefined>();
  const runController = useRef<AbortController | undefined>(undefined);

  const current = session.levels.find(
    (level): level is UnlockedLevelView => level.unlocked && level.level === session.currentLevel,
  );
  const earlier = session.levels.filter(
    (level): level is UnlockedLevelView => level.unlocked && level.level < session.currentLevel,
  );
  const allPassed = session.levels.every((level) => level.unlocked && level.passed);
  const over = timeUp || session.status !== "active";

  const draftStatus = useDraftAutosave(session.id, code, session.draft?.code ?? session.starter);

  useEffect(() => {
    if (language !== "py") return;
    prewarmPython();
    return () => releasePython();
  }, [language]);

  // Leaving the page ends a run in progress: its worker is terminated.
  useEffect(() => () => runController.current?.abort(), []);

  const expire = useCallback(() => setTimeUp(true), []);

  async function execute(kind: "run" | "submit") {
    if (current === undefined || running !== undefined) return;
    const cases: TestCase[] =
      kind === "run" ? current.tests.visible : [...current.tests.visible, ...current.tests.hidden];
    const controller = new AbortController();
    runController.current = controller;
    setRunning(kind);
    setActionError(undefined);
    setNotice(undefined);
    try {
      const result = await runInBrowser(
        { language, code, problem: session.runnable, cases },
        { signal: controller.signal },
      );
      setOutcome({ kind, level: current.level, result });
      if (kind === "submit") await record(current.level, result);
    } catch (caught) {
      if (controller.signal.aborted) return;
      setActionError(
        caught instanceof ApiError
          ? caught.message
          : `The code could not be run: ${caught instanceof Error ? caught.message : String(caught)}`,
      );
    } finally {
      if (!controller.signal.aborted) setRunning(undefined);
    }
  }

  async function record(level: number, result: RunResult) {
    try {
      const updated = await submitLevelResult(session.id, {
        level,
        passed: result.passed,
        total: result.total,
      });
      onUpdate(updated);
      if (result.passed === result.total) {
        const next = updated.levels.find((entry) => entry.level === level + 1);
        setNotice(
          next === undefined
            ? `Level ${String(level)} passed: every level is done. Finish to see your report.`
            : `Level ${String(level)} passed. Level ${String(next.level)} is open: its specification is now on the page.`,
        );
      } else {
        setNotice(
          `Recorded ${String(result.passed)} of ${String(result.total)} tests for level ${String(level)}.`,
        );
      }
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === "assessment-over") setTimeUp(true);
      throw caught;
    }
  }

  async function finish() {
    if (!window.confirm("Finish the assessment now? Results can no longer change afterwards.")) {
      return;
    }
    try {
      await finishAssessmentSession(session.id);
      await navigate(`/assessments/sessions/${session.id}/report`);
    } catch (caught) {
      setActionError(caught instanceof ApiError ? caught.message : "The session could not finish.");
    }
  }

  const submitLabel = current === undefined ? "Submit" : `Submit level ${String(current.level)}`;
  return (
    <div className="page assessment-session">
      <p className="breadcrumb">
        <Link to="/assessments">← Assessments</Link>
      </p>
      <header className="assessment-session-header">
        <div>
          <h1>{session.title}</h1>
          <p className="assessment-session-meta">
            {LANGUAGE_NAMES[language]} · {String(session.durationMinutes)} minutes ·{" "}
            {String(session.levelsPassed)} of {String(session.levelCount)} levels passed
          </p>
        </div>
        <div className="assessment-session-clock">
          <AssessmentCountdown
            remainingMs={session.remainingMs}
            receivedAt={receivedAt}
            running={session.status === "active"}
            onExpire={expire}
          />
          {session.status === "active" ? (
            <button type="button" className="button" onClick={() => void finish()}>
              Finish
            </button>
          ) : null}
        </div>
      </header>

      {over ? (
        <p className="notice assessment-over" role="status">
          {session.status === "finished"
            ? "This session is finished."
            : "Time is up: results can no longer be submitted."}{" "}
          <Link to={`/assessments/sessions/${session.id}/report`}>See the report</Link>
        </p>
      ) : null}

      <LevelTrack session={session} />
      <div className="assessment-body">
        <div className="assessment-spec-column">
          <EarlierLevels levels={earlier} />
          {current === undefined ? null : (
            <section
              className="panel assessment-current"
              aria-label={`Level ${String(current.level)}`}
            >
              <LevelSpec level={current} />
            </section>
          )}
        </div>

        <section className="assessment-workspace" aria-label="Your solution">
          <CodeEditor
            language={language}
            value={code}
            onChange={setCode}
            label="Solution code"
            errorLine={outcome?.result.compileError?.line}
            shortcuts={[
              { key: "Mod-Enter", run: () => void execute("run") },
              ...(over ? [] : [{ key: "Shift-Mod-Enter", run: () => void execute("submit") }]),
            ]}
          />
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={running !== undefined || current === undefined}
              onClick={() => void execute("run")}
            >
              {running === "run" ? "Running…" : "Run visible tests"}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={running !== undefined || current === undefined || over}
              onClick={() => void execute("submit")}
            >
              {running === "submit" ? "Submitting…" : submitLabel}
            </button>
            <span className="field-hint">
              Ctrl/⌘+Enter runs; Shift+Ctrl/⌘+Enter submits
              {allPassed ? " · every level has passed" : ""}
            </span>
            <span className="draft-status" role="status">
              {draftStatus}
            </span>
          </div>
          {notice === undefined ? null : (
            <p className="notice" role="status">
              {notice}
            </p>
          )}
          <ErrorNote>{actionError}</ErrorNote>
          {outcome === undefined ? null : (
            <RunResults
              result={outcome.result}
              title={
                outcome.kind === "run"
                  ? `Level ${String(outcome.level)}, visible tests`
                  : `Level ${String(outcome.level)} submission, all tests`
              }
            />
          )}
        </section>
      </div>
    </div>
  );
}

/**
 * Keeps the code as the session's draft (see useAutosave: saved after typing stops, when the page
 * is hidden or left, and again while a save fails) and says where the draft stands.
 */
function useDraftAutosave(sessionId: string, code: string, initial: string): string {
  // The code as it came with the session: later renders pass the edited code as `initial`.
  const [initialCode] = useState(initial);
  const store = useMemo(
    () => assessmentDraftStore(sessionId, initialCode),
    [sessionId, initialCode],
  );
  const draft = useAutosave(sessionId, initial, store);
  const { setValue } = draft;
  useEffect(() => {
    setValue(code);
  }, [code, setValue]);
  return draftStatusLine(draft);
}
