/** How fast and how wide a queue runs its jobs. */
export interface QueueOptions {
  /** Jobs started per second, on average. */
  ratePerSecond: number;
  /** How many jobs may start at once after a quiet spell. */
  burst: number;
  /** How many jobs may run at the same time. */
  concurrency: number;
}

/** A job the queue knows about. */
export interface Job {
  id: string;
  priority: number;
  state: "waiting" | "running" | "done";
}

/** How many jobs are in each state. */
export interface QueueStats {
  waiting: number;
  running: number;
  done: number;
}
