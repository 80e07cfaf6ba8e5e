type Value = string | number;

interface Entry {
  value: Value;
  expiresAt: number;
}

/** [expiresAt, key] */
type Deadline = [number, string];

/**
 * A key-value cache whose entries expire. A min-heap ordered by expiry time finds the entries that
 * are due, so each call removes them without looking at the live ones.
 */
export class TTLCache {
  /** Every entry not yet removed. */
  #entries = new Map<string, Entry>();
  /** A pair goes stale when its key is overwritten or deleted. */
  #heap = new MinHeap<Deadline>((a, b) => a[0] - b[0]);

  set(key: string, value: Value, ttl: number, now: number): void {
    this.#removeExpired(now);
    const expiresAt = now + ttl;
    this.#entries.set(key, { value, expiresAt });
    this.#heap.push([expiresAt, key]);
    this.#compactIfMostlyStale();
  }

  get(key: string, now: number): Value | null {
    this.#removeExpired(now);
    return this.#entries.get(key)?.value ?? null;
  }

  delete(key: string, now: number): boolean {
    this.#removeExpired(now);
    return this.#entries.delete(key);
  }

  size(now: number): number {
    this.#removeExpired(now);
    return this.#entries.size;
  }

  #removeExpired(now: number): void {
    for (let due = this.#heap.peek(); due !== undefined && due[0] <= now; due = this.#heap.peek()) {
      this.#heap.pop();
      const [expiresAt, key] = due;
      // The pair may be stale. Matching expiry times is enough to tell: if the current entry
      // expires at this same moment, it is due as well, whichever write scheduled it.
      if (this.#entries.get(key)?.expiresAt === expiresAt) this.#entries.delete(key);
    }
  }

  /** Overwrites leave stale pairs behind; rebuild the heap once they outnumber the live ones. */
  #compactIfMostlyStale(): void {
    if (this.#heap.size <= 2 * this.#entries.size + 16) return;
    this.#heap = new MinHeap<Deadline>((a, b) => a[0] - b[0]);
    for (const [key, { expiresAt }] of this.#entries) this.#heap.push([expiresAt, key]);
  }
}

/** A binary min-heap ordered by `compare`. */
class MinHeap<T> {
  #items: T[] = [];
  readonly #compare: (a: T, b: T) => number;

  constructor(compare: (a: T, b: T) => number) {
    this.#compare = compare;
  }

  get size(): number {
    return this.#items.length;
  }

  peek(): T | undefined {
    return this.#items[0];
  }

  push(item: T): void {
    this.#items.push(item);
    let i = this.#items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.#less(parent, i)) break;
      this.#swap(i, parent);
      i = parent;
    }
  }

  pop(): T | undefined {
    const top = this.#items[0];
    const last = this.#items.pop();
    if (last !== undefined && this.#items.length > 0) {
      this.#items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < this.#items.length && this.#less(left, smallest)) smallest = left;
        if (right < this.#items.length && this.#less(right, smallest)) smallest = right;
        if (smallest === i) break;
        this.#swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  }

  #less(i: number, j: number): boolean {
    return this.#compare(this.#items[i] as T, this.#items[j] as T) < 0;
  }

  #swap(i: number, j: number): void {
    const items = this.#items;
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
