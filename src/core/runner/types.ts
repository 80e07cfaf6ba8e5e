import type { ClassCase, FunctionCase, Language, ProblemMeta } from "../problems/schema.ts";

/** How a run ended (DESIGN.md, "Running code"). */
export const VERDICTS = [
  "accepted",
  "wrong-answer",
  "runtime-error",
  "time-limit",
  "compile-error",
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One test case of a problem: a function call or a class's operation sequence. */
export type TestCase = FunctionCase | ClassCase;

/** What a runner needs to know about the problem to call a solution and judge it. */
export type RunnableProblem = Pick<
  ProblemMeta,
  "id" | "kind" | "entry" | "comparison" | "timeLimitMs"
>;

/** One solution to run against a list of cases (for `candor run`: every case, hidden included). */
export interface RunRequest {
  language: Language;
  code: string;
  problem: RunnableProblem;
  cases: readonly TestCase[];
}

/** A syntax error found before any code ran; line and column are 1-based. */
export interface CompileError {
  message: string;
  line: number;
  column: number;
}

/** The result of one case, as in the contract. */
export interface CaseResult {
  name: string;
  ok: boolean;
  ms: number;
  /** What went wrong when the code threw (or when the case never finished). */
  error?: string;
  /** Present when the case failed. */
  expected?: unknown;
  /** What the code returned, when it returned something and the case failed. */
  actual?: unknown;
}

/**
 * The result of a run: the contract's fields, plus `output` (everything the code printed, capped
 * at {@link OUTPUT_LIMIT} characters), `error` (why the run stopped early, when it did) and
 * `compileError` (the syntax error, with its position, for a compile-error).
 */
export interface RunResult {
  verdict: Verdict;
  passed: number;
  /** Every case of the request, including any that never ran. */
  total: number;
  /** Time from the start of loading the solution to the end of the last case. */
  ms: number;
  /** The cases that ran (a run stopped early lists the cases before the stop and the one it hit). */
  cases: CaseResult[];
  output: string;
  error?: string;
  compileError?: CompileError;
}

/**
 * What one case did before it is judged: the JSON form of what the code returned (for a class
 * case, one value per operation, up to the one that threw) and the error it threw, if any. The
 * Python harness reports cases in this form, and the host judges them with `gradeCase`.
 */
export interface CaseOutcome {
  name: string;
  ms: number;
  actual?: unknown;
  error?: string;
}

/**
 * The messages a harness (JavaScript worker or Python process) sends its host, in order:
 * `ready` (the clock starts), then `compile-error` or `load-error`, or `loaded`, one `result` or
 * `outcome` per case, and `done`.
 */
export type RunnerMessage =
  | { type: "ready" }
  | { type: "compile-error"; error: CompileError }
  | { type: "load-error"; error: string }
  | { type: "loaded" }
  | { type: "result"; result: CaseResult }
  | { type: "outcome"; outcome: CaseOutcome }
  | { type: "done" };

/** The most a run keeps of what the code printed; the rest is replaced by a note. */
export const OUTPUT_LIMIT = 64 * 1024;

/** The note that replaces printed output past {@link OUTPUT_LIMIT}. */
export const OUTPUT_TRUNCATED_NOTE = "\n[output truncated]\n";

/** The file name solutions run under, so stack traces and syntax errors point into them. */
export const SOURCE_NAMES: Record<Language, string> = {
  js: "solution.js",
  ts: "solution.ts",
  py: "solution.py",
};
