import type { RunnableProblem, RunnerMessage, TestCase } from "../../core/runner/types.ts";

/** One JavaScript run as the worker receives it. */
export interface WorkerRun {
  /** The module to run, already checked (and for TypeScript, transpiled) by prepareJavaScript. */
  code: string;
  problem: RunnableProblem;
  cases: TestCase[];
  /** Where printed output goes (see SharedOutput). */
  output: SharedArrayBuffer;
}

/** What the runner asks of its host process. Every reply names the run it belongs to. */
export type HostRequest =
  | { type: "init"; workerSource: string; heapLimitMb: number }
  | {
      type: "run";
      run: number;
      heapLimitMb: number;
      code: string;
      problem: RunnableProblem;
      cases: TestCase[];
    }
  /** End the run (it finished, or hit its limit): the worker is terminated, output sent back. */
  | { type: "stop"; run: number };

/** What the host process tells the runner. */
export type HostReply =
  | { type: "message"; run: number; message: RunnerMessage }
  /** The worker died before the run was over (out of heap, uncaught error, exit). */
  | { type: "ended"; run: number; reason: string }
  /** The reply to `stop`: everything the solution printed. */
  | { type: "finished"; run: number; output: string };
