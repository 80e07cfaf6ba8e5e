/**
 * A token bucket: it holds up to `capacity` tokens and gains `ratePerSecond` of them per second.
 * Time is passed in (milliseconds), never read from a clock, so the queue is deterministic.
 */
export class TokenBucket {
  private tokens: number;
  private lastRefillMs: number | undefined;

  constructor(
    private readonly capacity: number,
    private readonly ratePerSecond: number,
  ) {
    if (capacity < 1) throw new RangeError("a bucket holds at least one token");
    if (ratePerSecond <= 0) throw new RangeError("the rate must be positive");
    this.tokens = capacity;
  }

  /** Takes one token if there is one at `nowMs`. */
  tryTake(nowMs: number): boolean {
    this.refill(nowMs);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  private refill(nowMs: number): void {
    if (this.lastRefillMs !== undefined) {
      if (nowMs < this.lastRefillMs) throw new RangeError("time went backwards");
      const earned = ((nowMs - this.lastRefillMs) * this.ratePerSecond) / 1000;
      this.tokens = Math.min(this.capacity, this.tokens + earned);
    }
    this.lastRefillMs = nowMs;
  }
}
