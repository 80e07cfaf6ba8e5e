interface Entry {
  value: number;
  uses: number;
}

/**
 * Least-frequently-used cache in O(1) per operation.
 *
 * Keys are grouped into buckets by use count. Each bucket is a Set, and a Set iterates in
 * insertion order, so its first key is the least recently used one in that bucket. `#minUses`
 * always names the lowest non-empty bucket, so eviction never searches for it.
 */
export class LFUCache {
  readonly #capacity: number;
  #entries = new Map<number, Entry>();
  /** use count -> the keys with that count, least recently used first */
  #buckets = new Map<number, Set<number>>();
  #minUses = 0;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get(key: number): number {
    const entry = this.#entries.get(key);
    if (entry === undefined) return -1;
    this.#touch(key, entry);
    return entry.value;
  }

  put(key: number, value: number): void {
    if (this.#capacity === 0) return;
    const entry = this.#entries.get(key);
    if (entry !== undefined) {
      entry.value = value;
      this.#touch(key, entry);
      return;
    }
    if (this.#entries.size === this.#capacity) this.#evict();
    this.#entries.set(key, { value, uses: 1 });
    this.#bucket(1).add(key);
    // A brand-new key has the lowest possible count.
    this.#minUses = 1;
  }

  /** Moves a key up one bucket, to the most recent end of the next one. */
  #touch(key: number, entry: Entry): void {
    const bucket = this.#bucket(entry.uses);
    bucket.delete(key);
    if (bucket.size === 0) {
      this.#buckets.delete(entry.uses);
      // The key was the last one at the minimum, and it now sits exactly one bucket higher.
      if (this.#minUses === entry.uses) this.#minUses += 1;
    }
    entry.uses += 1;
    this.#bucket(entry.uses).add(key);
  }

  #evict(): void {
    const bucket = this.#bucket(this.#minUses);
    const oldest = bucket.values().next();
    if (oldest.done === true) return;
    bucket.delete(oldest.value);
    if (bucket.size === 0) this.#buckets.delete(this.#minUses);
    this.#entries.delete(oldest.value);
  }

  #bucket(uses: number): Set<number> {
    let bucket = this.#buckets.get(uses);
    if (bucket === undefined) {
      bucket = new Set();
      this.#buckets.set(uses, bucket);
    }
    return bucket;
  }
}
