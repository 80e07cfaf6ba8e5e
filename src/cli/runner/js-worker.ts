// The program of the worker thread that runs one JavaScript or TypeScript solution. Bundled by
// script-bundle.ts, so it imports only node: built-ins and relative modules and never uses
// import.meta. The host process starts it ahead of time; it waits for its one run (a WorkerRun)
// and is terminated afterwards, so every run gets a fresh worker.
import { format } from "node:util";
import { parentPort } from "node:worker_threads";
import { OutputLimiter, SharedOutput } from "../../core/runner/output.ts";
import { describeThrown, runCases } from "../../core/runner/run-cases.ts";
import type { RunnerMessage } from "../../core/runner/types.ts";
import type { WorkerRun } from "./js-host-protocol.ts";

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

async function run(data: WorkerRun): Promise<void> {
  captureConsole(new SharedOutput(data.output));
  send({ type: "ready" });
  let loaded: unknown;
  try {
    loaded = await import(
      `data:text/javascript;base64,${Buffer.from(data.code).toString("base64")}`
    );
  } catch (thrown) {
    // Line 0 asks the runner to find the position: it can compile the code in a way that says where.
    send(
      isEarlySyntaxError(thrown)
        ? {
            type: "compile-error",
            error: { message: `SyntaxError: ${thrown.message}`, line: 0, column: 0 },
          }
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

parentPort?.once("message", (data: WorkerRun) => void run(data));
