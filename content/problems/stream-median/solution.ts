/** A binary heap; `before(a, b)` is true when a belongs nearer the top than b. */
class Heap {
  private readonly items: number[] = [];

  constructor(private readonly before: (a: number, b: number) => boolean) {}

  get length(): number {
    return this.items.length;
  }

  peek(): number {
    const top = this.items[0];
    if (top === undefined) throw new Error("peek on an empty heap");
    return top;
  }

  push(value: number): void {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i] as number, items[parent] as number)) break;
      [items[i], items[parent]] = [items[parent] as number, items[i] as number];
      i = parent;
    }
  }

  pop(): number {
    const items = this.items;
    const top = this.peek();
    const last = items.pop() as number;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && this.before(items[left] as number, items[best] as number))
          best = left;
        if (right < items.length && this.before(items[right] as number, items[best] as number))
          best = right;
        if (best === i) break;
        [items[i], items[best]] = [items[best] as number, items[i] as number];
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
  private readonly window: number[] = [];
  private windowStart = 0; // index of the oldest covered value in `window`
  private readonly low = new Heap((a, b) => a > b);
  private readonly high = new Heap((a, b) => a < b);
  private lowSize = 0; // live values in each heap, not counting pending deletions
  private highSize = 0;
  private readonly pending = new Map<number, number>();

  constructor(private readonly windowSize: number | null) {}

  add(value: number): void {
    if (this.lowSize === 0 || value <= this.low.peek()) {
      this.low.push(value);
      this.lowSize++;
    } else {
      this.high.push(value);
      this.highSize++;
    }
    this.rebalance();

    if (this.windowSize !== null) {
      this.window.push(value);
      if (this.window.length - this.windowStart > this.windowSize) {
        this.remove(this.window[this.windowStart++] as number);
        this.rebalance();
      }
    }
  }

  median(): number | null {
    if (this.lowSize === 0) return null;
    if (this.lowSize > this.highSize) return this.low.peek();
    return (this.low.peek() + this.high.peek()) / 2;
  }

  private remove(value: number): void {
    // Rebalancing before each removal guarantees `low` has a live top to compare against.
    this.pending.set(value, (this.pending.get(value) ?? 0) + 1);
    if (value <= this.low.peek()) {
      this.lowSize--;
      this.prune(this.low);
    } else {
      this.highSize--;
      this.prune(this.high);
    }
  }

  private rebalance(): void {
    if (this.lowSize > this.highSize + 1) {
      this.high.push(this.low.pop());
      this.lowSize--;
      this.highSize++;
      this.prune(this.low);
    } else if (this.highSize > this.lowSize) {
      this.low.push(this.high.pop());
      this.highSize--;
      this.lowSize++;
      this.prune(this.high);
    }
  }

  /** Drops values waiting for deletion from the top, so the top is always live. */
  private prune(heap: Heap): void {
    while (heap.length > 0) {
      const count = this.pending.get(heap.peek()) ?? 0;
      if (count === 0) return;
      this.pending.set(heap.peek(), count - 1);
      heap.pop();
    }
  }
}
