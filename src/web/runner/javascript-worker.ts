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
 * Chromium reports a module's early errors (a duplicate `let`, say) without a position; the
 * message names the identifier, and the first line that declares it a second time is the culprit.
 */
function locateEarlyError(code: string, message: string): { line: number; column: number } {
  const name = /Identifier '([^']+)' has already been declared/.exec(message)?.[1];
  if (name !== undefined) {
    const declaration = new RegExp(
      `\\b(?:let|const|var|class|function)\\s+${name.replace(/[$]/g, "\\$")}\\b`,
    );
    const lines = code.split("\n");
    const declared = lines.map((line, index) => ({ index, at: line.search(declaration) }));
    const second = declared.filter((entry) => entry.at >= 0)[1];
    if (second !== undefined) return { line: second.index + 1, column: second.at + 1 };
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
              ...locateEarlyError(request.code, thrown.message),
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
