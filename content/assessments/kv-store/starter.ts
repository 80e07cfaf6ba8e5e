export class KeyValueStore {
  set(timestamp: number, key: string, field: string, value: string): void {}

  get(timestamp: number, key: string, field: string): string | null {
    return null;
  }

  delete(timestamp: number, key: string, field: string): boolean {
    return false;
  }
}
