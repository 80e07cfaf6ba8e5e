/** A binary heap; `before(a, b)` is true when a belongs nearer the top than b. */
class Heap {
  #items = [];

  constructor(before) {
    this.before = before;
  }

  get length() {
    return this.#items.length;
  }

  peek() {
    return this.#items[0];
  }

  push(value) {
    const items = this.#items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i], items[parent])) break;
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
        let best = i;
        if (left < items.length && this.before(items[left], items[best])) best = left;
        if (right < items.length && this.before(items[right], items[best])) best = right;
        if (best === i) break;
        [items[i], items[best]] = [items[best], items[i]];
        i = best;
      }
    }
    return top;
  }
}

/**
 * Two heaps split the covered values into a lower and an upper half: every value in `low` (a
 * max-heap) is <= every value in `high` (a min-heap), and `low` holds as many live values as
 * `high` or one more. Values that leave the window are deleted lazily: they are counted in
 * `pending` and discarded only when they reach the top of a heap, keeping every call O(log n).
 */
export class MedianTracker {
  #windowSize;
  #window = [];
  #windowStart = 0; // index of the oldest covered value in #window
  #low = new Heap((a, b) => a > b);
  #high = new Heap((a, b) => a < b);
  #lowSize = 0; // live values in each heap, not counting pending deletions
  #highSize = 0;
  #pending = new Map();

  constructor(windowSize) {
    this.#windowSize = windowSize;
  }

  add(value) {
    if (this.#lowSize === 0 || value <= this.#low.peek()) {
      this.#low.push(value);
      this.#lowSize++;
    } else {
      this.#high.push(value);
      this.#highSize++;
    }
    this.#rebalance();

    if (this.#windowSize !== null) {
      this.#window.push(value);
      if (this.#window.length - this.#windowStart > this.#windowSize) {
        this.#remove(this.#window[this.#windowStart++]);
        this.#rebalance();
      }
    }
  }

  median() {
    if (this.#lowSize === 0) return null;
    if (this.#lowSize > this.#highSize) return this.#low.peek();
    return (this.#low.peek() + this.#high.peek()) / 2;
  }

  #remove(value) {
    // Rebalancing before each removal guarantees #low has a live top to compare against.
    this.#pending.set(value, (this.#pending.get(value) ?? 0) + 1);
    if (value <= this.#low.peek()) {
      this.#lowSize--;
      this.#prune(this.#low);
    } else {
      this.#highSize--;
      this.#prune(this.#high);
    }
  }

  #rebalance() {
    if (this.#lowSize > this.#highSize + 1) {
      this.#high.push(this.#low.pop());
      this.#lowSize--;
      this.#highSize++;
      this.#prune(this.#low);
    } else if (this.#highSize > this.#lowSize) {
      this.#low.push(this.#high.pop());
      this.#highSize--;
      this.#lowSize++;
      this.#prune(this.#high);
    }
  }

  /** Drops values waiting for deletion from the top, so the top is always live. */
  #prune(heap) {
    while (heap.length > 0 && (this.#pending.get(heap.peek()) ?? 0) > 0) {
      this.#pending.set(heap.peek(), this.#pending.get(heap.peek()) - 1);
      heap.pop();
    }
  }
}
