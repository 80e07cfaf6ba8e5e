import type { RunSession } from "./run-session.ts";
import type { RunnerMessage } from "./types.ts";

/** How long a harness may take to say it is ready before the run is abandoned. */
export const DEFAULT_STARTUP_TIMEOUT_MS = 10_000;

/** The host's handle on a supervised run. */
export interface RunSupervisor {
  /** Passes on one message from the harness. */
  message(message: RunnerMessage): void;
  /** The harness ended (exited, crashed, failed to start) — ignored once the run is over. */
  ended(reason: string): void;
  /** Settles when the run is over and the harness has been told to stop. */
  finished: Promise<void>;
}

/**
 * Puts a RunSession on the clock: the problem's time limit starts when the harness says it is
 * ready (so starting a worker or a Python process is not charged to the solution), and
 * `stopHarness` is called exactly once, when the run ends for any reason — every case reported,
 * the time limit, a crash, or a harness that never became ready within `startupTimeoutMs`.
 */
export function superviseRun(
  session: RunSession,
  timeLimitMs: number,
  stopHarness: () => void,
  startupTimeoutMs: number = DEFAULT_STARTUP_TIMEOUT_MS,
  now: () => number = () => performance.now(),
): RunSupervisor {
  let settle: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    settle = resolve;
  });
  let stopped = false;
  let limitStarted = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    stopHarness();
    settle();
  };
  let timer = setTimeout(() => {
    session.failed(`the runner did not start within ${startupTimeoutMs} ms`, now());
    stop();
  }, startupTimeoutMs);

  return {
    message(message) {
      session.receive(message, now());
      if (!limitStarted && session.started) {
        limitStarted = true;
        clearTimeout(timer);
        timer = setTimeout(() => {
          session.timedOut(now());
          stop();
        }, timeLimitMs);
      }
      if (session.finished) stop();
    },
    ended(reason) {
      session.failed(reason, now());
      stop();
    },
    finished,
  };
}
