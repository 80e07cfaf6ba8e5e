import type { RunnableProblem, RunnerMessage, TestCase } from "../../core/runner/types.ts";

/** One run as a worker receives it. JavaScript arrives already checked and transpiled. */
export interface WorkerRunRequest {
  type: "run";
  code: string;
  problem: RunnableProblem;
  cases: TestCase[];
}

/**
 * What a runner worker tells the page: the harness's own messages (RunnerMessage), what the
 * solution printed, whether the Python worker's runtime is up (`warm`), and `failed` when the
 * worker itself broke (Python could not start, or the harness crashed). Output travels as messages
 * as it is printed, so a worker terminated at its time limit has already handed over everything
 * it printed.
 */
export type WorkerReply =
  | RunnerMessage
  | { type: "output"; text: string }
  | { type: "warm" }
  | { type: "failed"; error: string };

/**
 * The parts of a dedicated worker's global scope the runner workers use. The project compiles
 * against the DOM library, whose `self` is a Window; the WebWorker library cannot be added beside
 * it, so the workers name what they need here.
 */
export interface RunnerWorkerScope {
  postMessage(message: WorkerReply): void;
  addEventListener(
    type: "message",
    listener: (event: MessageEvent<WorkerRunRequest>) => void,
    options?: { once?: boolean },
  ): void;
}

/** The worker's own global scope, typed as a worker's. */
export function workerScope(): RunnerWorkerScope {
  return self;
}
