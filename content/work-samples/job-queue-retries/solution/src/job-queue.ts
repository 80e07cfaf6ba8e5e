import { PriorityQueue } from "./priority-queue.ts";
import { TokenBucket } from "./token-bucket.ts";
import type { Job, QueueOptions, QueueStats } from "./types.ts";

const DEFAULT_MAX_ATTEMPTS = 3;
const DEFAULT_RETRY_DELAY_MS = 1000;

/**
 * A job queue that starts jobs by priority (higher first, first in first out among equals), no
 * more than `concurrency` at a time and no faster than its token bucket allows. Time is passed
 * to `tick`, which starts what may start and says which jobs it started. A job that fails is
 * retried after an exponentially growing delay, until it has run `maxAttempts` times; then it
 * is dead-lettered.
 */
export class JobQueue {
  private readonly jobs = new Map<string, Job>();
  private readonly waiting = new PriorityQueue<Job>();
  /** Failed jobs waiting for their retry time, in the order they become due. */
  private readonly delayed: Job[] = [];
  private readonly dead: string[] = [];
  private readonly bucket: TokenBucket;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private running = 0;

  constructor(private readonly options: QueueOptions) {
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
      throw new RangeError("concurrency must be a whole number of 1 or more");
    }
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
    if (!Number.isInteger(this.maxAttempts) || this.maxAttempts < 1) {
      throw new RangeError("maxAttempts must be a whole number of 1 or more");
    }
    if (this.retryDelayMs < 0) throw new RangeError("retryDelayMs cannot be negative");
    this.bucket = new TokenBucket(options.burst, options.ratePerSecond);
  }

  /** Adds a job; ids are unique for the queue's lifetime. */
  enqueue(id: string, priority = 0): void {
    if (this.jobs.has(id)) throw new Error(`job ${id} is already known`);
    const job: Job = { id, priority, state: "waiting", attempts: 0 };
    this.jobs.set(id, job);
    this.waiting.push(job, priority);
  }

  /** Starts every job that may start at `nowMs`, in order; returns their ids. */
  tick(nowMs: number): string[] {
    this.releaseDueRetries(nowMs);
    const started: string[] = [];
    while (this.waiting.size > 0 && this.running < this.options.concurrency) {
      if (!this.bucket.tryTake(nowMs)) break;
      const job = this.waiting.pop() as Job;
      job.state = "running";
      job.attempts += 1;
      delete job.retryAtMs;
      this.running += 1;
      started.push(job.id);
    }
    return started;
  }

  /** Marks a running job as finished, which frees its slot. */
  complete(id: string): void {
    const job = this.runningJob(id);
    job.state = "done";
    this.running -= 1;
  }

  /**
   * Marks a running job as failed at `nowMs`, which frees its slot. It is retried after
   * `retryDelayMs`, doubled for each attempt before (1 s, 2 s, 4 s, …), keeping its priority;
   * after its last attempt it is dead-lettered instead. Says which happened.
   */
  fail(id: string, nowMs: number): "retry" | "dead" {
    const job = this.runningJob(id);
    this.running -= 1;
    if (job.attempts >= this.maxAttempts) {
      job.state = "dead";
      this.dead.push(id);
      return "dead";
    }
    job.state = "waiting";
    job.retryAtMs = nowMs + this.retryDelayMs * 2 ** (job.attempts - 1);
    // Stable insertion: among jobs due at the same time, the one that failed first goes first.
    const at = this.delayed.findIndex((other) => (other.retryAtMs ?? 0) > (job.retryAtMs ?? 0));
    this.delayed.splice(at === -1 ? this.delayed.length : at, 0, job);
    return "retry";
  }

  /** The ids of the jobs that ran out of attempts, in the order they died. */
  deadLetters(): string[] {
    return [...this.dead];
  }

  stats(): QueueStats {
    const stats: QueueStats = { waiting: 0, running: 0, done: 0 };
    for (const job of this.jobs.values()) {
      if (job.state !== "dead") stats[job.state] += 1;
    }
    return stats;
  }

  /** Due retries join the line behind the jobs of their priority that are already waiting. */
  private releaseDueRetries(nowMs: number): void {
    while (this.delayed.length > 0 && (this.delayed[0]?.retryAtMs ?? Infinity) <= nowMs) {
      const job = this.delayed.shift() as Job;
      this.waiting.push(job, job.priority);
    }
  }

  private runningJob(id: string): Job {
    const job = this.jobs.get(id);
    if (job === undefined) throw new Error(`no job ${id}`);
    if (job.state !== "running") throw new Error(`job ${id} is ${job.state}, not running`);
    return job;
  }
}
