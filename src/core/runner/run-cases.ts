import type { Comparison } from "../problems/schema.ts";
import { err, ok, type Result } from "../result.ts";
import { toJsonValue, valuesMatch } from "./compare.ts";
import type { CaseOutcome, CaseResult, RunnableProblem, TestCase } from "./types.ts";

type Callable = (...args: unknown[]) => unknown;
type Constructible = new (...args: unknown[]) => Record<string, unknown>;

/**
 * Runs every case against a loaded JavaScript module (the solution's exports) and judges each
 * one; `onResult` hears each result as soon as it is known, so a host that kills a run at its time
 * limit still has the cases that finished. Shared by the Node worker and the browser's Web Worker.
 * Fails, before running anything, when the module does not export the problem's entry.
 *
 * @example
 * const results = await runCases(await import(url), problem, cases, () => performance.now());
 */
export async function runCases(
  loadedModule: unknown,
  problem: RunnableProblem,
  cases: readonly TestCase[],
  now: () => number,
  onResult?: (result: CaseResult) => void,
): Promise<Result<CaseResult[], string>> {
  const entry = findEntry(loadedModule, problem);
  if (!entry.ok) return entry;
  const results: CaseResult[] = [];
  for (const testCase of cases) {
    const outcome =
      "ops" in testCase
        ? await runOperations(entry.value as Constructible, problem.entry, testCase, now)
        : await runCall(entry.value as Callable, testCase.name, testCase.args, now);
    const result = gradeCase(testCase, outcome, problem.comparison);
    results.push(result);
    onResult?.(result);
  }
  return ok(results);
}

/** Judges one case's outcome against its expected value; the same rules for every language. */
export function gradeCase(
  testCase: TestCase,
  outcome: CaseOutcome,
  comparison: Comparison,
): CaseResult {
  const ms = roundMs(outcome.ms);
  if (outcome.error !== undefined) {
    return {
      name: testCase.name,
      ok: false,
      ms,
      error: outcome.error,
      expected: testCase.expected,
      ...("ops" in testCase && outcome.actual !== undefined ? { actual: outcome.actual } : {}),
    };
  }
  const matches =
    "ops" in testCase
      ? Array.isArray(outcome.actual) &&
        outcome.actual.length === testCase.expected.length &&
        testCase.expected.every((value, index) =>
          valuesMatch(value, (outcome.actual as unknown[])[index], comparison),
        )
      : valuesMatch(testCase.expected, outcome.actual ?? null, comparison);
  if (matches) return { name: testCase.name, ok: true, ms };
  return {
    name: testCase.name,
    ok: false,
    ms,
    expected: testCase.expected,
    actual: outcome.actual ?? null,
  };
}

/** Rounds a duration to hundredths of a millisecond. */
export function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/**
 * Describes a thrown value in one line, with the line of the solution it came from when the stack
 * shows it: "TypeError: Cannot read properties of null (reading 'next') (line 12)". The solution
 * runs under a `sourceURL` of `solution.js` or `solution.ts`, so its frames name that file.
 */
export function describeThrown(thrown: unknown): string {
  if (!(thrown instanceof Error)) {
    return `threw ${typeof thrown === "string" ? JSON.stringify(thrown) : String(thrown)}`;
  }
  const text = thrown.message === "" ? thrown.name : `${thrown.name}: ${thrown.message}`;
  const line = /solution\.[jt]s:(\d+):\d+/.exec(thrown.stack ?? "")?.[1];
  return line === undefined ? text : `${text} (line ${line})`;
}

function findEntry(loadedModule: unknown, problem: RunnableProblem): Result<unknown, string> {
  const exports = (loadedModule ?? {}) as Record<string, unknown>;
  const entry = exports[problem.entry];
  if (typeof entry === "function") return ok(entry);
  const what = problem.kind === "class" ? "class" : "function";
  return err(
    entry === undefined
      ? `the solution does not export a ${what} named ${problem.entry} ` +
          `(write "export ${what === "class" ? "class" : "function"} ${problem.entry}")`
      : `the solution's export ${problem.entry} is not a ${what}`,
  );
}

async function runCall(
  entry: Callable,
  name: string,
  args: readonly unknown[],
  now: () => number,
): Promise<CaseOutcome> {
  const start = now();
  try {
    const actual = toJsonValue(await entry(...args));
    return { name, ms: now() - start, actual };
  } catch (thrown) {
    return { name, ms: now() - start, error: describeThrown(thrown) };
  }
}

async function runOperations(
  Entry: Constructible,
  className: string,
  testCase: Extract<TestCase, { ops: unknown }>,
  now: () => number,
): Promise<CaseOutcome> {
  const start = now();
  const returned: unknown[] = [];
  let step = 0;
  try {
    const instance = new Entry(...(testCase.args[0] ?? []));
    returned.push(null);
    for (step = 1; step < testCase.ops.length; step += 1) {
      const op = testCase.ops[step] ?? "";
      const method = instance[op];
      if (typeof method !== "function") throw new TypeError(`${className} has no method ${op}`);
      returned.push(
        toJsonValue(await (method as Callable).apply(instance, testCase.args[step] ?? [])),
      );
    }
    return { name: testCase.name, ms: now() - start, actual: returned };
  } catch (thrown) {
    return {
      name: testCase.name,
      ms: now() - start,
      actual: returned,
      error: `${describeOperation(testCase, step, className)}: ${describeThrown(thrown)}`,
    };
  }
}

/** "op 3, put(3, 3)": which operation of a class case failed, for error messages. */
export function describeOperation(
  testCase: { ops: readonly string[]; args: readonly (readonly unknown[])[] },
  step: number,
  className: string,
): string {
  const name = step === 0 ? className : (testCase.ops[step] ?? "?");
  const args = (testCase.args[step] ?? []).map((arg) =>
    abbreviate(arg === undefined ? "null" : JSON.stringify(arg)),
  );
  return `op ${step} ${name}(${args.join(", ")})`;
}

function abbreviate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
