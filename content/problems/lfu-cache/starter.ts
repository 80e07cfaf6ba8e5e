export class LFUCache {
  constructor(capacity: number) {}

  get(key: number): number {
    return 0;
  }

  put(key: number, value: number): void {}
}
