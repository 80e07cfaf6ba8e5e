export class SlidingWindowRateLimiter {
  constructor(limit: number, window: number) {}

  allow(now: number): boolean {
    return false;
  }

  retryAfter(now: number): number {
    return 0;
  }
}
