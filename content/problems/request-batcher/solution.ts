type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Batch {
  id: number;
  at: number;
  requests: string[];
}

type Output = { value: Json } | { error: string };

type Outcome =
  | { status: "queued" }
  | { status: "running" }
  | { status: "done"; value: Json }
  | { status: "failed"; error: string };

const SHUT_DOWN = "batcher is shut down";

/**
 * A size-or-deadline batcher, simulated with explicit timestamps. The only timer is the deadline
 * of the oldest queued request; every call that carries `now` fires it first if it is due, which
 * is what a flusher thread waiting on a condition variable with that timeout would have done in
 * the meantime.
 */
export class RequestBatcher {
  private queue: string[] = []; // request ids waiting for a batch, oldest first
  private oldestArrival = 0; // arrival time of queue[0], meaningful while the queue is non-empty
  private readonly inFlight = new Map<number, string[]>(); // batch id -> requests, until results
  private nextBatchId = 0;
  private readonly outcomes = new Map<string, Outcome>(); // what each caller's future holds
  private closed = false;

  constructor(
    private readonly maxBatchSize: number,
    private readonly maxWaitMs: number,
  ) {}

  submit(requestId: string, now: number): Batch[] {
    const dispatched = this.fireTimer(now);
    if (this.closed) {
      this.outcomes.set(requestId, { status: "failed", error: SHUT_DOWN });
      return dispatched;
    }
    if (this.queue.length === 0) this.oldestArrival = now;
    this.queue.push(requestId);
    this.outcomes.set(requestId, { status: "queued" });
    if (this.queue.length === this.maxBatchSize) dispatched.push(this.dispatch(now));
    return dispatched;
  }

  advance(now: number): Batch[] {
    return this.fireTimer(now);
  }

  shutdown(now: number): Batch[] {
    const dispatched = this.fireTimer(now);
    // Flush rather than strand queued callers.
    if (this.queue.length > 0) dispatched.push(this.dispatch(now));
    this.closed = true;
    return dispatched;
  }

  complete(batchId: number, outputs: Output[]): boolean {
    const requests = this.takeInFlight(batchId);
    if (requests === null) return false;
    if (outputs.length !== requests.length) {
      // Matching by position would hand callers each other's answers: fail them all.
      const error = `expected ${requests.length} outputs, got ${outputs.length}`;
      for (const request of requests) this.outcomes.set(request, { status: "failed", error });
      return true;
    }
    requests.forEach((request, i) => {
      const output = outputs[i] as Output;
      this.outcomes.set(
        request,
        "error" in output
          ? { status: "failed", error: output.error }
          : { status: "done", value: output.value },
      );
    });
    return true;
  }

  fail(batchId: number, message: string): boolean {
    const requests = this.takeInFlight(batchId);
    if (requests === null) return false;
    for (const request of requests)
      this.outcomes.set(request, { status: "failed", error: message });
    return true;
  }

  result(requestId: string): Outcome | null {
    const outcome = this.outcomes.get(requestId);
    return outcome === undefined ? null : { ...outcome };
  }

  private fireTimer(now: number): Batch[] {
    const deadline = this.oldestArrival + this.maxWaitMs;
    return this.queue.length > 0 && deadline <= now ? [this.dispatch(deadline)] : [];
  }

  private dispatch(at: number): Batch {
    const requests = this.queue;
    this.queue = [];
    const id = this.nextBatchId++;
    this.inFlight.set(id, requests);
    for (const request of requests) this.outcomes.set(request, { status: "running" });
    return { id, at, requests: [...requests] };
  }

  /** Removes and returns a batch awaiting results; null if unknown or already finished. */
  private takeInFlight(batchId: number): string[] | null {
    const requests = this.inFlight.get(batchId);
    if (requests === undefined) return null;
    this.inFlight.delete(batchId);
    return requests;
  }
}
