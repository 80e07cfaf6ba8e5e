/**
 * An exact sliding-log limiter: a queue of the timestamps of admitted requests, oldest first.
 * It never holds more than `limit` of them, and each is appended and dropped once, so every call
 * is O(1) amortised.
 */
export class SlidingWindowRateLimiter {
  #limit;
  #window;
  /** Admitted timestamps; the live ones start at #head. */
  #log = [];
  #head = 0;

  constructor(limit, window) {
    this.#limit = limit;
    this.#window = window;
  }

  allow(now) {
    this.#dropExpired(now);
    if (this.#count() >= this.#limit) return false;
    this.#log.push(now);
    return true;
  }

  retryAfter(now) {
    if (this.#limit === 0) return -1;
    this.#dropExpired(now);
    if (this.#count() < this.#limit) return 0;
    // The log is full, so a slot opens when its oldest entry leaves the window.
    return this.#log[this.#head] + this.#window - now;
  }

  #count() {
    return this.#log.length - this.#head;
  }

  #dropExpired(now) {
    while (this.#head < this.#log.length && this.#log[this.#head] <= now - this.#window) {
      this.#head += 1;
    }
    // Reclaim the dropped prefix once it is at least half the array.
    if (this.#head > 0 && this.#head * 2 >= this.#log.length) {
      this.#log = this.#log.slice(this.#head);
      this.#head = 0;
    }
  }
}
