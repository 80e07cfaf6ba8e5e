export class TTLCache {
  constructor() {}

  set(key: string, value: string | number, ttl: number, now: number): void {}

  get(key: string, now: number): string | number | null {
    return null;
  }

  delete(key: string, now: number): boolean {
    return false;
  }

  size(now: number): number {
    return 0;
  }
}
