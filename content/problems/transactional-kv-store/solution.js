/**
 * A map, a value -> count index, and a stack of undo logs, one per open transaction. An undo log
 * maps each key to the value it had before the transaction first touched it (null when it did not
 * exist). Every change goes through #write, which also keeps the count index right, so rolling
 * back through the same path restores the index for free.
 */
export class KeyValueStore {
  #data = new Map();
  #counts = new Map();
  #undoLogs = [];

  set(key, value) {
    this.#write(key, value);
  }

  get(key) {
    return this.#data.get(key) ?? null;
  }

  delete(key) {
    if (!this.#data.has(key)) return false;
    this.#write(key, null);
    return true;
  }

  count(value) {
    return this.#counts.get(value) ?? 0;
  }

  begin() {
    this.#undoLogs.push(new Map());
  }

  commit() {
    const log = this.#undoLogs.pop();
    if (log === undefined) return false;
    const parent = this.#undoLogs.at(-1);
    if (parent !== undefined) {
      // The parent keeps its own, older record of a key when it has one.
      for (const [key, previous] of log) {
        if (!parent.has(key)) parent.set(key, previous);
      }
    }
    return true;
  }

  rollback() {
    const log = this.#undoLogs.pop();
    if (log === undefined) return false;
    for (const [key, previous] of log) this.#apply(key, previous);
    return true;
  }

  /** Sets (or, with null, deletes) a key, recording its old value on first touch. */
  #write(key, value) {
    const log = this.#undoLogs.at(-1);
    if (log !== undefined && !log.has(key)) log.set(key, this.#data.get(key) ?? null);
    this.#apply(key, value);
  }

  #apply(key, value) {
    const old = this.#data.get(key);
    if (old !== undefined) this.#counts.set(old, this.#counts.get(old) - 1);
    if (value === null) {
      this.#data.delete(key);
    } else {
      this.#data.set(key, value);
      this.#counts.set(value, (this.#counts.get(value) ?? 0) + 1);
    }
  }
}
