export class RateLimiter {
  constructor(rate: number, burst: number) {}

  configure(clientId: string, rate: number, burst: number): void {}

  allow(clientId: string, cost: number, now: number): boolean {
    return false;
  }
}
