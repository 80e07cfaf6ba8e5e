/**
 * A key-value cache whose entries expire. A min-heap ordered by expiry time finds the entries that
 * are due, so each call removes them without looking at the live ones.
 */
export class TTLCache {
  /** key -> { value, expiresAt } for every entry not yet removed. */
  #entries = new Map();
  /** [expiresAt, key] pairs; a pair goes stale when its key is overwritten or deleted. */
  #heap = new MinHeap((a, b) => a[0] - b[0]);

  set(key, value, ttl, now) {
    this.#removeExpired(now);
    const expiresAt = now + ttl;
    this.#entries.set(key, { value, expiresAt });
    this.#heap.push([expiresAt, key]);
    this.#compactIfMostlyStale();
  }

  get(key, now) {
    this.#removeExpired(now);
    return this.#entries.get(key)?.value ?? null;
  }

  delete(key, now) {
    this.#removeExpired(now);
    return this.#entries.delete(key);
  }

  size(now) {
    this.#removeExpired(now);
    return this.#entries.size;
  }

  #removeExpired(now) {
    while (this.#heap.size > 0 && this.#heap.peek()[0] <= now) {
      const [expiresAt, key] = this.#heap.pop();
      // The pair may be stale. Matching expiry times is enough to tell: if the current entry
      // expires at this same moment, it is due as well, whichever write scheduled it.
      if (this.#entries.get(key)?.expiresAt === expiresAt) this.#entries.delete(key);
    }
  }

  /** Overwrites leave stale pairs behind; rebuild the heap once they outnumber the live ones. */
  #compactIfMostlyStale() {
    if (this.#heap.size <= 2 * this.#entries.size + 16) return;
    this.#heap = new MinHeap((a, b) => a[0] - b[0]);
    for (const [key, { expiresAt }] of this.#entries) this.#heap.push([expiresAt, key]);
  }
}

/** A binary min-heap ordered by `compare`. */
class MinHeap {
  #items = [];
  #compare;

  constructor(compare) {
    this.#compare = compare;
  }

  get size() {
    return this.#items.length;
  }

  peek() {
    return this.#items[0];
  }

  push(item) {
    const items = this.#items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.#compare(items[i], items[parent]) >= 0) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop() {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.#compare(items[left], items[smallest]) < 0) smallest = left;
        if (right < items.length && this.#compare(items[right], items[smallest]) < 0)
          smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest], items[i]];
        i = smallest;
      }
    }
    return top;
  }
}
