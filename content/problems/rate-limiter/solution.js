/**
 * Per-client token buckets that refill lazily: each call adds the tokens earned since the
 * bucket's last refill, so no timer or thread is needed.
 */
export class RateLimiter {
  #defaults;
  /** clientId -> { rate, burst } for configured clients */
  #limits = new Map();
  /** clientId -> { tokens, refilledAt } */
  #buckets = new Map();

  constructor(rate, burst) {
    this.#defaults = { rate, burst };
  }

  configure(clientId, rate, burst) {
    this.#limits.set(clientId, { rate, burst });
    this.#buckets.delete(clientId);
  }

  allow(clientId, cost, now) {
    const { rate, burst } = this.#limits.get(clientId) ?? this.#defaults;
    let bucket = this.#buckets.get(clientId);
    if (bucket === undefined) {
      bucket = { tokens: burst, refilledAt: now };
      this.#buckets.set(clientId, bucket);
    }
    // A clock that steps backwards adds nothing and does not move refilledAt back, so the same
    // interval can never be paid out twice.
    if (now > bucket.refilledAt) {
      bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.refilledAt) * rate) / 1000);
      bucket.refilledAt = now;
    }
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
    return true;
  }
}
