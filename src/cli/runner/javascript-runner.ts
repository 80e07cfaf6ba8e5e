import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { Worker } from "node:worker_threads";
import { transform } from "sucrase";
import { SharedOutput } from "../../core/runner/output.ts";
import { RunSession } from "../../core/runner/run-session.ts";
import { superviseRun } from "../../core/runner/supervise-run.ts";
import { prepareJavaScript } from "../../core/runner/transpile.ts";
import {
  SOURCE_NAMES,
  type CompileError,
  type RunnerMessage,
  type RunRequest,
  type RunResult,
} from "../../core/runner/types.ts";
import type { JsWorkerData } from "./js-worker.ts";
import { bundleWorker } from "./worker-bundle.ts";

/** Limits for a JavaScript or TypeScript run. */
export interface JavaScriptRunOptions {
  /** The worker's V8 heap (old generation), in MiB; a run that outgrows it is a runtime error. */
  heapLimitMb?: number;
  startupTimeoutMs?: number;
}

const DEFAULT_HEAP_LIMIT_MB = 256;
const WORKER_ENTRY = fileURLToPath(new URL("./js-worker.ts", import.meta.url));

let workerSource: string | undefined;

/**
 * Runs a JavaScript or TypeScript solution in a fresh worker thread: the module is checked (and
 * transpiled) first, so a syntax error is a compile-error with its line; it is loaded from a
 * `data:` URL; console output is captured; the worker is terminated at the problem's time limit
 * and its heap is capped.
 */
export async function runJavaScript(
  request: RunRequest & { language: "js" | "ts" },
  options: JavaScriptRunOptions = {},
): Promise<RunResult> {
  const session = new RunSession(request.problem, request.cases);
  const prepared = prepareJavaScript(request.code, request.language);
  if (!prepared.ok) {
    const now = performance.now();
    session.receive({ type: "ready" }, now);
    session.receive({ type: "compile-error", error: prepared.error }, now);
    return session.result("");
  }
  workerSource ??= bundleWorker(WORKER_ENTRY);
  const output = SharedOutput.allocate();
  const heapLimitMb = options.heapLimitMb ?? DEFAULT_HEAP_LIMIT_MB;
  const workerData: JsWorkerData = {
    code: prepared.value,
    problem: request.problem,
    cases: [...request.cases],
    output: output.buffer,
  };
  const worker = new Worker(workerSource, {
    eval: true,
    execArgv: [],
    workerData,
    resourceLimits: { maxOldGenerationSizeMb: heapLimitMb, maxYoungGenerationSizeMb: 32 },
    stdout: true,
    stderr: true,
  });
  let streamed = "";
  const collect = (chunk: Buffer): void => {
    if (streamed.length < 64 * 1024) streamed += chunk.toString("utf8");
  };
  worker.stdout.on("data", collect);
  worker.stderr.on("data", collect);

  let terminated: Promise<number> | undefined;
  const supervisor = superviseRun(
    session,
    request.problem.timeLimitMs,
    () => {
      terminated = worker.terminate();
    },
    options.startupTimeoutMs,
  );
  worker.on("message", (message: RunnerMessage) => {
    if (message.type === "compile-error" && message.error.line === 0) {
      supervisor.message({ type: "compile-error", error: locateSyntaxError(prepared.value, message.error) });
    } else {
      supervisor.message(message);
    }
  });
  worker.on("error", (error: Error & { code?: string }) => {
    supervisor.ended(
      error.code === "ERR_WORKER_OUT_OF_MEMORY"
        ? `out of memory: the solution used more than the ${heapLimitMb} MB heap it is allowed`
        : `uncaught: ${error.name}: ${error.message}`,
    );
  });
  worker.on("exit", (code) => {
    supervisor.ended(`the solution ended the worker early (exit code ${code})`);
  });
  await supervisor.finished;
  await terminated;
  return session.result(output.read() + streamed);
}

/**
 * Finds where an early error (one sucrase's parser lets through, such as a duplicate `let`) is:
 * the module, turned into CommonJS on the same lines, is compiled as a script, whose syntax errors
 * V8 reports as `solution.js:LINE` followed by the line and a caret under the column.
 */
function locateSyntaxError(code: string, error: CompileError): CompileError {
  const source = /sourceURL=(solution\.[jt]s)/.exec(code)?.[1] ?? SOURCE_NAMES.js;
  try {
    const commonJs = transform(code, { transforms: ["imports"], preserveDynamicImport: true }).code;
    new Script(`(function (exports, require, module) {${commonJs}\n})`, { filename: source });
  } catch (thrown) {
    const stack = thrown instanceof Error ? (thrown.stack ?? "") : "";
    const [where = "", , caret = ""] = stack.split("\n");
    const line = Number(/:(\d+)$/.exec(where)?.[1] ?? "1");
    return { ...error, line, column: Math.max(1, caret.indexOf("^") + 1) };
  }
  return { ...error, line: 1, column: 1 };
}
