import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { describeProblem } from "../../core/content/content-problem.ts";
import { allCases } from "../../core/problems/parse-problem.ts";
import { LANGUAGES, type Language } from "../../core/problems/schema.ts";
import { valuesMatch } from "../../core/runner/compare.ts";
import { describeOperation } from "../../core/runner/run-cases.ts";
import { formatCompileError } from "../../core/runner/run-session.ts";
import { SOURCE_NAMES, type CaseResult, type RunResult } from "../../core/runner/types.ts";
import type { RunOptions } from "../runner/run-solution.ts";
import { UsageError, type Io } from "../usage.ts";
import { loadRunTarget, type RunSubject } from "./run-target.ts";

/** Where `candor run` finds problems and how it runs them; tests point these elsewhere. */
export interface RunCommandOptions {
  contentDir: string;
  runOptions?: RunOptions;
}

const LANGUAGE_NAMES: Record<Language, string> = {
  js: "JavaScript",
  ts: "TypeScript",
  py: "Python",
};

/**
 * `candor run --problem ID [--level N] --lang js|ts|py FILE [--json]`: runs a solution against all
 * of the problem's tests, hidden ones included; for a timed assessment, the tests of levels 1 to N
 * (all levels without --level). Exit code 0 when accepted, 1 otherwise.
 */
export async function runCommand(
  args: string[],
  io: Io,
  options: RunCommandOptions,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      problem: { type: "string" },
      level: { type: "string" },
      lang: { type: "string" },
      json: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.problem === undefined) {
    throw new UsageError("--problem is required (candor problems lists them)");
  }
  const language = values.lang;
  if (language === undefined || !(LANGUAGES as readonly string[]).includes(language)) {
    throw new UsageError(
      `--lang must be one of: ${LANGUAGES.join(", ")}` +
        (language === undefined ? "" : ` (got "${language}")`),
    );
  }
  if (positionals.length !== 1) {
    throw new UsageError("run takes one FILE: the solution to run");
  }
  if (values.level !== undefined && !/^[1-9][0-9]*$/.test(values.level)) {
    throw new UsageError(`--level must be a whole number from 1 (got "${values.level}")`);
  }
  const level = values.level === undefined ? undefined : Number(values.level);
  const loaded = await loadRunTarget(values.problem, level, options.contentDir);
  if (loaded === undefined) {
    throw new UsageError(`unknown problem: ${values.problem} (candor problems lists them)`);
  }
  if (!loaded.ok) {
    for (const problem of loaded.error) io.err(`${describeProblem(problem)}\n`);
    return 1;
  }
  const [file = ""] = positionals;
  const code = await readFile(file, "utf8").catch(() => undefined);
  if (code === undefined) {
    io.err(`candor run: cannot read ${file}\n`);
    return 1;
  }
  const target = loaded.value;
  // Loaded here, not at the top: the runner brings in sucrase, which every other command would
  // otherwise pay for at start-up.
  const { runSolution } = await import("../runner/run-solution.ts");
  const result = await runSolution(
    {
      language: language as Language,
      code,
      problem: target.runnable,
      cases: target.cases,
    },
    options.runOptions,
  );
  io.out(
    values.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : formatRun(target.subject, language as Language, result),
  );
  return result.verdict === "accepted" ? 0 : 1;
}

/** The run as a person reads it in a terminal. */
export function formatRun(problem: RunSubject, language: Language, result: RunResult): string {
  const heading = `${problem.meta.id} (${LANGUAGE_NAMES[language]}): ${result.verdict}`;
  const lines = [
    result.verdict === "compile-error"
      ? heading
      : `${heading} — ${result.passed}/${result.total} cases passed in ${formatMs(result.ms)}`,
  ];
  if (result.compileError !== undefined) {
    lines.push(`  ${SOURCE_NAMES[language]}: ${formatCompileError(result.compileError)}`);
  } else if (result.error !== undefined) {
    lines.push(`  ${result.error}`);
  }
  if (result.cases.length > 0) lines.push("");
  const width = Math.min(60, Math.max(...result.cases.map((entry) => entry.name.length)));
  for (const entry of result.cases) {
    lines.push(`  ${entry.ok ? "✓" : "✗"} ${entry.name.padEnd(width)}  ${formatMs(entry.ms)}`);
    if (!entry.ok) lines.push(...describeFailure(entry, problem));
  }
  const notRun = result.total - result.cases.length;
  if (notRun > 0 && result.verdict !== "compile-error") {
    lines.push("", `  ${notRun} case(s) not run`);
  }
  if (result.output !== "") {
    lines.push("", "Printed output:");
    lines.push(
      ...result.output
        .replace(/\n$/, "")
        .split("\n")
        .map((line) => `  | ${line}`),
    );
  }
  return `${lines.join("\n")}\n`;
}

function describeFailure(entry: CaseResult, problem: RunSubject): string[] {
  const lines: string[] = [];
  const firstWrong = firstWrongOperation(entry, problem);
  if (firstWrong !== undefined) lines.push(`      ${firstWrong}`);
  if (entry.error !== undefined) lines.push(`      error:    ${entry.error}`);
  if ("expected" in entry) lines.push(`      expected: ${abbreviate(entry.expected)}`);
  if ("actual" in entry) lines.push(`      actual:   ${abbreviate(entry.actual)}`);
  return lines;
}

/** For a class case, the first operation whose return value is wrong. */
function firstWrongOperation(entry: CaseResult, problem: RunSubject): string | undefined {
  if (problem.meta.kind !== "class" || entry.error !== undefined) return undefined;
  if (!Array.isArray(entry.expected) || !Array.isArray(entry.actual)) return undefined;
  const actual: unknown[] = entry.actual;
  const index = entry.expected.findIndex(
    (value, position) => !valuesMatch(value, actual[position], problem.meta.comparison),
  );
  const testCase = allCases(problem).find((candidate) => candidate.name === entry.name);
  if (index < 0 || testCase === undefined || !("ops" in testCase)) return undefined;
  return (
    `first wrong: ${describeOperation(testCase, index, problem.meta.entry)} ` +
    `expected ${abbreviate(entry.expected[index])}, got ${abbreviate(actual[index])}`
  );
}

function abbreviate(value: unknown, limit = 160): string {
  const text = value === undefined ? "undefined" : JSON.stringify(value);
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}

function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`;
}
