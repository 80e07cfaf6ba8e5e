import { gradeCase, roundMs } from "./run-cases.ts";
import type {
  CaseResult,
  CompileError,
  RunnableProblem,
  RunnerMessage,
  RunResult,
  TestCase,
  Verdict,
} from "./types.ts";

type Stop =
  | { verdict: "compile-error"; error: string; compileError: CompileError }
  | { verdict: "runtime-error" | "time-limit"; error: string };

/**
 * The host's side of one run: it hears the harness's messages, the time limit and the harness's
 * exit, in any order, and turns them into a RunResult. It owns no timer and no process, so the
 * Node runners and the browser's worker host share it; the host starts the time limit when
 * {@link RunSession.started} turns true and ends the run when {@link RunSession.finished} does.
 *
 * @example
 * const session = new RunSession(problem, cases);
 * worker.on("message", (message) => session.receive(message, performance.now()));
 */
export class RunSession {
  private readonly results: CaseResult[] = [];
  private startedAt: number | undefined;
  private lastEventAt = 0;
  private endedAt: number | undefined;
  private loaded = false;
  private stop: Stop | undefined;

  constructor(
    private readonly problem: RunnableProblem,
    private readonly cases: readonly TestCase[],
  ) {}

  /** Whether the harness has said it is ready: the time limit runs from then. */
  get started(): boolean {
    return this.startedAt !== undefined;
  }

  /** Whether the run is over: every case reported, or stopped early. */
  get finished(): boolean {
    return this.endedAt !== undefined;
  }

  /** Takes one message from the harness. */
  receive(message: RunnerMessage, now: number): void {
    if (this.finished) return;
    this.lastEventAt = now;
    switch (message.type) {
      case "ready":
        this.startedAt = now;
        break;
      case "compile-error":
        this.end(now, {
          verdict: "compile-error",
          error: formatCompileError(message.error),
          compileError: message.error,
        });
        break;
      case "load-error":
        this.end(now, { verdict: "runtime-error", error: message.error });
        break;
      case "loaded":
        this.loaded = true;
        break;
      case "result":
        this.results.push(message.result);
        break;
      case "outcome": {
        const testCase = this.cases[this.results.length];
        if (testCase !== undefined) {
          this.results.push(gradeCase(testCase, message.outcome, this.problem.comparison));
        }
        break;
      }
      case "done":
        this.end(now);
        break;
    }
  }

  /** The time limit passed: the case in progress is marked, and the run ends. */
  timedOut(now: number): void {
    if (this.finished) return;
    const limit = `time limit exceeded: the run took longer than ${this.problem.timeLimitMs} ms`;
    this.markRunningCase("time limit exceeded", now);
    this.end(now, {
      verdict: "time-limit",
      error: this.loaded ? limit : `${limit} (while loading the solution)`,
    });
  }

  /** The harness ended without finishing (crashed, ran out of memory, exited, failed to start). */
  failed(reason: string, now: number): void {
    if (this.finished) return;
    this.markRunningCase(reason, now);
    this.end(now, { verdict: "runtime-error", error: reason });
  }

  /** The result so far; call it once the run has finished. */
  result(output: string): RunResult {
    const passed = this.results.filter((result) => result.ok).length;
    const result: RunResult = {
      verdict: this.verdict(),
      passed,
      total: this.cases.length,
      ms: roundMs((this.endedAt ?? this.lastEventAt) - (this.startedAt ?? this.endedAt ?? 0)),
      cases: this.results,
      output,
    };
    if (this.stop !== undefined) result.error = this.stop.error;
    if (this.stop?.verdict === "compile-error") result.compileError = this.stop.compileError;
    return result;
  }

  private verdict(): Verdict {
    if (this.stop !== undefined) return this.stop.verdict;
    if (this.results.length < this.cases.length) return "runtime-error";
    if (this.results.some((result) => result.error !== undefined)) return "runtime-error";
    return this.results.every((result) => result.ok) ? "accepted" : "wrong-answer";
  }

  /** A run stopped from outside ends in the middle of a case (once the solution has loaded). */
  private markRunningCase(error: string, now: number): void {
    const running = this.cases[this.results.length];
    if (!this.loaded || running === undefined) return;
    this.results.push({
      name: running.name,
      ok: false,
      ms: roundMs(now - this.lastEventAt),
      error,
      expected: running.expected,
    });
  }

  private end(now: number, stop?: Stop): void {
    this.endedAt = now;
    this.stop = stop;
    if (stop === undefined && this.results.length < this.cases.length) {
      this.stop = {
        verdict: "runtime-error",
        error: `the harness reported ${this.results.length} of ${this.cases.length} cases`,
      };
    }
  }
}

/** "SyntaxError: Unexpected token (line 2, column 13)". */
export function formatCompileError(error: CompileError): string {
  return `${error.message} (line ${error.line}, column ${error.column})`;
}
