export class SlidingWindowRateLimiter {
  constructor(limit, window) {}

  allow(now) {
    return false;
  }

  retryAfter(now) {
    return 0;
  }
}
