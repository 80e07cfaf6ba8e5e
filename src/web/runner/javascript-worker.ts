// The program of the Web Worker that runs one JavaScript or TypeScript solution, then is
// terminated: every run gets a fresh worker (DESIGN.md, "Code execution"). The page has already
// checked the code (and stripped TypeScript's types) with prepareJavaScript; the worker imports it
// as a module from a blob: URL, captures its console and runs the cases with the shared runCases.
// Imports name modules, not the runner's index, so this bundle does not carry the transpiler.
import { OutputLimiter } from "../../core/runner/output.ts";
import { describeThrown, runCases } from "../../core/runner/run-cases.ts";
import { formatConsoleArgs } from "./console-format.ts";
import { workerScope, type WorkerReply, type WorkerRunRequest } from "./worker-protocol.ts";

const CONSOLE_METHODS = ["log", "info", "debug", "warn", "error", "trace", "dir", "table"] as const;

const scope = workerScope();
// Kept before the solution loads, so a solution that replaces postMessage cannot forge results.
const post = scope.postMessage.bind(scope);

function send(reply: WorkerReply): void {
  post(reply);
}

function captureConsole(): void {
  const limiter = new OutputLimiter((text) => {
    send({ type: "output", text });
  });
  const write = (...args: unknown[]): void => {
    limiter.write(`${formatConsoleArgs(args)}\n`);
  };
  for (const method of CONSOLE_METHODS) console[method] = write;
}

/**
 * Where a syntax error is. Chromium reports a module that fails to parse without a position; the
 * transpiler's parser lets some errors through (`h.;`, a duplicate `let`), so the code is parsed
 * again with acorn, loaded only on this rare path, which names the line and column as V8 would.
 */
async function locateSyntaxError(code: string): Promise<{ line: number; column: number }> {
  try {
    const { parse } = await import("acorn");
    parse(code, { ecmaVersion: "latest", sourceType: "module" });
  } catch (thrown) {
    const loc = (thrown as { loc?: { line: number; column: number } }).loc;
    if (loc !== undefined) return { line: loc.line, column: loc.column + 1 };
  }
  return { line: 1, column: 1 };
}

async function run(request: WorkerRunRequest): Promise<void> {
  captureConsole();
  send({ type: "ready" });
  const url = URL.createObjectURL(new Blob([request.code], { type: "text/javascript" }));
  let loaded: unknown;
  try {
    loaded = await import(/* @vite-ignore */ url);
  } catch (thrown) {
    const early = thrown instanceof SyntaxError && !/solution\.[jt]s:\d+/.test(thrown.stack ?? "");
    send(
      early
        ? {
            type: "compile-error",
            error: {
              message: `SyntaxError: ${thrown.message}`,
              ...(await locateSyntaxError(request.code)),
            },
          }
        : { type: "load-error", error: `while loading the solution: ${describeThrown(thrown)}` },
    );
    return;
  } finally {
    URL.revokeObjectURL(url);
  }
  send({ type: "loaded" });
  const ran = await runCases(
    loaded,
    request.problem,
    request.cases,
    () => performance.now(),
    (result) => {
      send({ type: "result", result });
    },
  );
  send(ran.ok ? { type: "done" } : { type: "load-error", error: ran.error });
}

scope.addEventListener(
  "message",
  (event) => {
    void run(event.data);
  },
  { once: true },
);
