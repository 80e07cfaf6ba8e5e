interface Entry<T> {
  value: T;
  priority: number;
  order: number;
}

/**
 * A binary max-heap by priority; among equal priorities, first in is first out (each entry
 * carries the order it arrived in).
 */
export class PriorityQueue<T> {
  private readonly heap: Entry<T>[] = [];
  private arrivals = 0;

  get size(): number {
    return this.heap.length;
  }

  push(value: T, priority: number): void {
    this.heap.push({ value, priority, order: this.arrivals++ });
    this.siftUp(this.heap.length - 1);
  }

  /** The entry that should go first, without removing it. */
  peek(): T | undefined {
    return this.heap[0]?.value;
  }

  pop(): T | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (top === undefined || last === undefined) return undefined;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top.value;
  }

  private before(a: number, b: number): boolean {
    const x = this.heap[a] as Entry<T>;
    const y = this.heap[b] as Entry<T>;
    return x.priority > y.priority || (x.priority === y.priority && x.order < y.order);
  }

  private siftUp(index: number): void {
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.before(child, parent)) return;
      this.swap(child, parent);
      child = parent;
    }
  }

  private siftDown(index: number): void {
    let parent = index;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let first = parent;
      if (left < this.heap.length && this.before(left, first)) first = left;
      if (right < this.heap.length && this.before(right, first)) first = right;
      if (first === parent) return;
      this.swap(parent, first);
      parent = first;
    }
  }

  private swap(a: number, b: number): void {
    const held = this.heap[a] as Entry<T>;
    this.heap[a] = this.heap[b] as Entry<T>;
    this.heap[b] = held;
  }
}
