// The program of the worker thread that runs one JavaScript or TypeScript solution. It is bundled
// into one script by worker-bundle.ts, so it may import only node: built-ins and relative modules
// (and never use import.meta). Each run gets a fresh worker; the host terminates it at the time
// limit, and the worker's resourceLimits end a runaway allocation.
import { format } from "node:util";
import { parentPort, workerData } from "node:worker_threads";
import { OutputLimiter, SharedOutput } from "../../core/runner/output.ts";
import { describeThrown, runCases } from "../../core/runner/run-cases.ts";
import type { RunnableProblem, RunnerMessage, TestCase } from "../../core/runner/types.ts";

/** What the host hands the worker. */
export interface JsWorkerData {
  /** The module to run, already checked (and for TypeScript, transpiled) by prepareJavaScript. */
  code: string;
  problem: RunnableProblem;
  cases: TestCase[];
  /** Where printed output goes (see SharedOutput). */
  output: SharedArrayBuffer;
}

const CONSOLE_METHODS = ["log", "info", "debug", "warn", "error", "trace", "dir", "table"] as const;

function send(message: RunnerMessage): void {
  parentPort?.postMessage(message);
}

/** Sends console output, formatted the way Node's console formats it, to the shared buffer. */
function captureConsole(output: SharedOutput): void {
  const limiter = new OutputLimiter((text) => output.write(text));
  const write = (...args: unknown[]): void => limiter.write(`${format(...args)}\n`);
  for (const method of CONSOLE_METHODS) console[method] = write;
}

/** An early error (a duplicate `let`, say) is thrown while compiling: no frame in the solution. */
function isEarlySyntaxError(thrown: unknown): thrown is SyntaxError {
  return thrown instanceof SyntaxError && !/solution\.[jt]s:\d+/.test(thrown.stack ?? "");
}

async function main(): Promise<void> {
  const data = workerData as JsWorkerData;
  captureConsole(new SharedOutput(data.output));
  send({ type: "ready" });
  let loaded: unknown;
  try {
    const url = `data:text/javascript;base64,${Buffer.from(data.code).toString("base64")}`;
    loaded = await import(url);
  } catch (thrown) {
    // Line 0 asks the host to find the position: it can compile the code in a way that says where.
    send(
      isEarlySyntaxError(thrown)
        ? { type: "compile-error", error: { message: `SyntaxError: ${thrown.message}`, line: 0, column: 0 } }
        : { type: "load-error", error: `while loading the solution: ${describeThrown(thrown)}` },
    );
    return;
  }
  send({ type: "loaded" });
  const ran = await runCases(
    loaded,
    data.problem,
    data.cases,
    () => performance.now(),
    (result) => send({ type: "result", result }),
  );
  send(ran.ok ? { type: "done" } : { type: "load-error", error: ran.error });
}

void main();
