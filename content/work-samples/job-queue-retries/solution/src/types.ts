/** How fast and how wide a queue runs its jobs, and how it retries them. */
export interface QueueOptions {
  /** Jobs started per second, on average. */
  ratePerSecond: number;
  /** How many jobs may start at once after a quiet spell. */
  burst: number;
  /** How many jobs may run at the same time. */
  concurrency: number;
  /** How many times a job may run before it is dead-lettered (3 unless given). */
  maxAttempts?: number;
  /** The wait before the first retry; each later retry waits twice as long (1000 unless given). */
  retryDelayMs?: number;
}

/** A job the queue knows about. */
export interface Job {
  id: string;
  priority: number;
  state: "waiting" | "running" | "done" | "dead";
  /** How many times it has been started. */
  attempts: number;
  /** When a failed job may start again; only while it waits for a retry. */
  retryAtMs?: number;
}

/** How many jobs are in each state; a job waiting for its retry is waiting, a dead job is not counted. */
export interface QueueStats {
  waiting: number;
  running: number;
  done: number;
}
