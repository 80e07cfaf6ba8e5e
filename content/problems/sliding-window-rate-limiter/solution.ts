/**
 * An exact sliding-log limiter: a queue of the timestamps of admitted requests, oldest first.
 * It never holds more than `limit` of them, and each is appended and dropped once, so every call
 * is O(1) amortised.
 */
export class SlidingWindowRateLimiter {
  readonly #limit: number;
  readonly #window: number;
  /** Admitted timestamps; the live ones start at #head. */
  #log: number[] = [];
  #head = 0;

  constructor(limit: number, window: number) {
    this.#limit = limit;
    this.#window = window;
  }

  allow(now: number): boolean {
    this.#dropExpired(now);
    if (this.#count() >= this.#limit) return false;
    this.#log.push(now);
    return true;
  }

  retryAfter(now: number): number {
    if (this.#limit === 0) return -1;
    this.#dropExpired(now);
    const oldest = this.#log[this.#head];
    if (this.#count() < this.#limit || oldest === undefined) return 0;
    // The log is full, so a slot opens when its oldest entry leaves the window.
    return oldest + this.#window - now;
  }

  #count(): number {
    return this.#log.length - this.#head;
  }

  #dropExpired(now: number): void {
    const cutoff = now - this.#window;
    while (this.#head < this.#log.length && (this.#log[this.#head] ?? Infinity) <= cutoff) {
      this.#head += 1;
    }
    // Reclaim the dropped prefix once it is at least half the array.
    if (this.#head > 0 && this.#head * 2 >= this.#log.length) {
      this.#log = this.#log.slice(this.#head);
      this.#head = 0;
    }
  }
}
