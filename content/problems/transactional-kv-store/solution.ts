/** The value a key had before a transaction first touched it; null when it did not exist. */
type UndoLog = Map<string, string | null>;

/**
 * A map, a value -> count index, and a stack of undo logs, one per open transaction. Every
 * change goes through `write`, which also keeps the count index right, so rolling back through
 * the same path restores the index for free.
 */
export class KeyValueStore {
  private readonly data = new Map<string, string>();
  private readonly counts = new Map<string, number>();
  private readonly undoLogs: UndoLog[] = [];

  set(key: string, value: string): void {
    this.write(key, value);
  }

  get(key: string): string | null {
    return this.data.get(key) ?? null;
  }

  delete(key: string): boolean {
    if (!this.data.has(key)) return false;
    this.write(key, null);
    return true;
  }

  count(value: string): number {
    return this.counts.get(value) ?? 0;
  }

  begin(): void {
    this.undoLogs.push(new Map());
  }

  commit(): boolean {
    const log = this.undoLogs.pop();
    if (log === undefined) return false;
    const parent = this.undoLogs.at(-1);
    if (parent !== undefined) {
      // The parent keeps its own, older record of a key when it has one.
      for (const [key, previous] of log) {
        if (!parent.has(key)) parent.set(key, previous);
      }
    }
    return true;
  }

  rollback(): boolean {
    const log = this.undoLogs.pop();
    if (log === undefined) return false;
    for (const [key, previous] of log) this.apply(key, previous);
    return true;
  }

  /** Sets (or, with null, deletes) a key, recording its old value on first touch. */
  private write(key: string, value: string | null): void {
    const log = this.undoLogs.at(-1);
    if (log !== undefined && !log.has(key)) log.set(key, this.data.get(key) ?? null);
    this.apply(key, value);
  }

  private apply(key: string, value: string | null): void {
    const old = this.data.get(key);
    if (old !== undefined) this.counts.set(old, (this.counts.get(old) ?? 0) - 1);
    if (value === null) {
      this.data.delete(key);
    } else {
      this.data.set(key, value);
      this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    }
  }
}
