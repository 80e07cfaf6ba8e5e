import type { RunRequest, RunResult } from "../../core/runner/types.ts";
import { runJavaScript, type JavaScriptRunOptions } from "./javascript-runner.ts";
import { runPython, type PythonRunOptions } from "./python-runner.ts";

/** Limits for a run in any language. */
export type RunOptions = JavaScriptRunOptions & PythonRunOptions;

/**
 * Runs a solution against cases in Node, the way the browser runs it: JavaScript and TypeScript in
 * a fresh worker thread, Python in a fresh `python3` process, both under the problem's time limit.
 *
 * @example
 * const result = await runSolution({ language: "py", code, problem, cases });
 * result.verdict; // "accepted"
 */
export async function runSolution(
  request: RunRequest,
  options: RunOptions = {},
): Promise<RunResult> {
  const { language } = request;
  if (language === "py") return runPython(request, options);
  return runJavaScript({ ...request, language }, options);
}
