import { PriorityQueue } from "./priority-queue.ts";
import { TokenBucket } from "./token-bucket.ts";
import type { Job, QueueOptions, QueueStats } from "./types.ts";

/**
 * A job queue that starts jobs by priority (higher first, first in first out among equals), no
 * more than `concurrency` at a time and no faster than its token bucket allows. Time is passed
 * to `tick`, which starts what may start and says which jobs it started.
 */
export class JobQueue {
  private readonly jobs = new Map<string, Job>();
  private readonly waiting = new PriorityQueue<Job>();
  private readonly bucket: TokenBucket;
  private running = 0;

  constructor(private readonly options: QueueOptions) {
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
      throw new RangeError("concurrency must be a whole number of 1 or more");
    }
    this.bucket = new TokenBucket(options.burst, options.ratePerSecond);
  }

  /** Adds a job; ids are unique for the queue's lifetime. */
  enqueue(id: string, priority = 0): void {
    if (this.jobs.has(id)) throw new Error(`job ${id} is already known`);
    const job: Job = { id, priority, state: "waiting" };
    this.jobs.set(id, job);
    this.waiting.push(job, priority);
  }

  /** Starts every job that may start at `nowMs`, in order; returns their ids. */
  tick(nowMs: number): string[] {
    const started: string[] = [];
    while (this.waiting.size > 0 && this.running < this.options.concurrency) {
      if (!this.bucket.tryTake(nowMs)) break;
      const job = this.waiting.pop() as Job;
      job.state = "running";
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

  stats(): QueueStats {
    const stats: QueueStats = { waiting: 0, running: 0, done: 0 };
    for (const job of this.jobs.values()) stats[job.state] += 1;
    return stats;
  }

  private runningJob(id: string): Job {
    const job = this.jobs.get(id);
    if (job === undefined) throw new Error(`no job ${id}`);
    if (job.state !== "running") throw new Error(`job ${id} is ${job.state}, not running`);
    return job;
  }
}
