import { Script } from "node:vm";
import { transform } from "sucrase";
import { RunSession } from "../../core/runner/run-session.ts";
import { superviseRun } from "../../core/runner/supervise-run.ts";
import { prepareJavaScript } from "../../core/runner/transpile.ts";
import {
  SOURCE_NAMES,
  type CompileError,
  type RunRequest,
  type RunResult,
} from "../../core/runner/types.ts";
import { JsHost } from "./js-host-pool.ts";

/** Limits for a JavaScript or TypeScript run. */
export interface JavaScriptRunOptions {
  /** The worker's V8 heap (old generation), in MiB; a run that outgrows it is a runtime error. */
  heapLimitMb?: number;
  startupTimeoutMs?: number;
}

const DEFAULT_HEAP_LIMIT_MB = 256;
let nextRun = 1;

/**
 * Runs a JavaScript or TypeScript solution in a fresh worker thread: the module is checked (and
 * transpiled) first, so a syntax error is a compile-error with its line; the worker loads it from
 * a `data:` URL, captures its console and runs the cases; it is terminated at the problem's time
 * limit, and its heap is capped. The worker lives in a pooled host process (js-host.ts), so even
 * an allocation that makes V8 abort ends as a runtime error, and the next run gets a new host.
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
  const heapLimitMb = options.heapLimitMb ?? DEFAULT_HEAP_LIMIT_MB;
  const run = nextRun++;
  const host = JsHost.acquire(heapLimitMb);
  let output: Promise<string> = Promise.resolve("");
  const supervisor = superviseRun(
    session,
    request.problem.timeLimitMs,
    () => {
      output = host.stop(run);
    },
    options.startupTimeoutMs,
  );
  host.start(
    {
      type: "run",
      run,
      heapLimitMb,
      code: prepared.value,
      problem: request.problem,
      cases: [...request.cases],
    },
    {
      reply(reply) {
        if (reply.run !== run) return;
        if (reply.type === "ended") {
          supervisor.ended(reply.reason);
        } else if (reply.message.type === "compile-error" && reply.message.error.line === 0) {
          const error = locateSyntaxError(prepared.value, reply.message.error);
          supervisor.message({ type: "compile-error", error });
        } else {
          supervisor.message(reply.message);
        }
      },
      crashed(reason) {
        supervisor.ended(reason);
      },
    },
  );
  await supervisor.finished;
  const printed = await output;
  host.release();
  return session.result(printed);
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
