export class RateLimiter {
  constructor(rate, burst) {}

  configure(clientId, rate, burst) {}

  allow(clientId, cost, now) {
    return false;
  }
}
