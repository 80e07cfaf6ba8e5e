import { RunSession } from "../../core/runner/run-session.ts";
import { superviseRun } from "../../core/runner/supervise-run.ts";
import { prepareJavaScript } from "../../core/runner/transpile.ts";
import {
  OUTPUT_LIMIT,
  OUTPUT_TRUNCATED_NOTE,
  type RunRequest,
  type RunResult,
} from "../../core/runner/types.ts";
import type { WorkerReply, WorkerRunRequest } from "./worker-protocol.ts";

/** Options for one run in the browser. */
export interface BrowserRunOptions {
  /** Aborting ends the run at once (its worker is terminated) and rejects with the reason. */
  signal?: AbortSignal;
}

/** A worker starts in well under a second; past this something is wrong with the page. */
const JAVASCRIPT_STARTUP_TIMEOUT_MS = 15_000;
/**
 * Pyodide's first start downloads and compiles about 12 MB; on a slow machine that can take a
 * while, and it is not the solution's time.
 */
const PYTHON_STARTUP_TIMEOUT_MS = 90_000;

/**
 * Runs a solution in a fresh Web Worker, the browser's counterpart of `candor run`: JavaScript as
 * it is, TypeScript stripped of its types first (a syntax error is a compile-error with its line),
 * Python under Pyodide served by Candor. The worker is terminated when the run ends, and at the
 * problem's time limit (verdict time-limit), so the next run always starts clean. The result has
 * the same shape and verdicts as the Node runner's, built by the same RunSession.
 *
 * @example
 * const result = await runInBrowser({ language: "py", code, problem, cases: visible });
 * result.verdict; // "accepted"
 */
export async function runInBrowser(
  request: RunRequest,
  options: BrowserRunOptions = {},
): Promise<RunResult> {
  options.signal?.throwIfAborted();
  const session = new RunSession(request.problem, request.cases);
  let code = request.code;
  if (request.language !== "py") {
    const prepared = prepareJavaScript(request.code, request.language);
    if (!prepared.ok) {
      const now = performance.now();
      session.receive({ type: "ready" }, now);
      session.receive({ type: "compile-error", error: prepared.error }, now);
      return session.result("");
    }
    code = prepared.value;
  }
  const python = request.language === "py";
  const worker = python ? takePythonWorker() : startJavaScriptWorker();
  try {
    return await superviseWorker(
      worker,
      session,
      { type: "run", code, problem: request.problem, cases: [...request.cases] },
      python ? PYTHON_STARTUP_TIMEOUT_MS : JAVASCRIPT_STARTUP_TIMEOUT_MS,
      options.signal,
    );
  } finally {
    // Start the next run's Python while nothing else is running, so it does not compete with a
    // solution for the processor.
    if (python && keepPythonWarm) spare ??= startPythonSpare();
  }
}

/**
 * Starts Python in a spare worker ahead of the first Python run and keeps one ready after each
 * run: a Python page calls this when Python is chosen. The spare has run no user code.
 */
export function prewarmPython(): void {
  keepPythonWarm = true;
  spare ??= startPythonSpare();
}

/** Stops the spare Python worker (a page that no longer needs Python calls this on leaving). */
export function releasePython(): void {
  keepPythonWarm = false;
  spare?.worker.terminate();
  spare = undefined;
}

interface PythonSpare {
  worker: Worker;
  /** Why Pyodide could not start in it, once known. */
  failure: string | undefined;
}

let keepPythonWarm = false;
let spare: PythonSpare | undefined;

function startJavaScriptWorker(): Worker {
  return new Worker(new URL("./javascript-worker.ts", import.meta.url), {
    type: "module",
    name: "candor-javascript-run",
  });
}

function startPythonSpare(): PythonSpare {
  const worker = new Worker(new URL("./python-worker.ts", import.meta.url), {
    type: "module",
    name: "candor-python-run",
  });
  const started: PythonSpare = { worker, failure: undefined };
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    if (event.data.type === "failed") started.failure = event.data.error;
  };
  worker.onerror = (event) => {
    event.preventDefault();
    started.failure = describeWorkerError(event);
  };
  return started;
}

/** The warm spare, unless it failed to start (a new one says why again); else a new worker. */
function takePythonWorker(): Worker {
  const taken = spare;
  spare = undefined;
  if (taken !== undefined && taken.failure === undefined) return taken.worker;
  taken?.worker.terminate();
  return startPythonSpare().worker;
}

async function superviseWorker(
  worker: Worker,
  session: RunSession,
  request: WorkerRunRequest,
  startupTimeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<RunResult> {
  let output = "";
  const supervisor = superviseRun(
    session,
    request.problem.timeLimitMs,
    () => {
      worker.terminate();
    },
    startupTimeoutMs,
  );
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    switch (reply.type) {
      case "output":
        // The worker caps what it passes on; this bounds a solution that bypasses the cap.
        if (output.length <= OUTPUT_LIMIT + OUTPUT_TRUNCATED_NOTE.length) output += reply.text;
        break;
      case "warm":
        break;
      case "failed":
        supervisor.ended(reply.error);
        break;
      default:
        supervisor.message(reply);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    supervisor.ended(describeWorkerError(event));
  };
  worker.onmessageerror = () => {
    supervisor.ended("the runner sent a message the page could not read");
  };
  const abort = (): void => {
    supervisor.ended("the run was cancelled");
  };
  signal?.addEventListener("abort", abort, { once: true });
  worker.postMessage(request);
  try {
    await supervisor.finished;
  } finally {
    signal?.removeEventListener("abort", abort);
  }
  signal?.throwIfAborted();
  return session.result(output);
}

/** An error the worker did not catch: a solution's stray async throw, or a worker that failed. */
function describeWorkerError(event: ErrorEvent): string {
  const message = event.message === "" ? "the runner's worker failed" : event.message;
  return `uncaught: ${message.replace(/^Uncaught /, "")}`;
}
