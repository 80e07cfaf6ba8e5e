interface MergeResult {
  merged: string[];
  outOfOrder: [number, number][];
}

/** The next line a source offers to the merge. */
interface Head {
  timestamp: number;
  source: number;
  line: number;
  text: string;
}

/** A binary min-heap ordered by a comparator. */
class MinHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly less: (a: T, b: T) => boolean) {}

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(items[i] as T, items[parent] as T)) break;
      [items[i], items[parent]] = [items[parent] as T, items[i] as T];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.less(items[left] as T, items[smallest] as T))
          smallest = left;
        if (right < items.length && this.less(items[right] as T, items[smallest] as T))
          smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest] as T, items[i] as T];
        i = smallest;
      }
    }
    return top;
  }
}

function parseTimestamp(text: string): number {
  return Number(text.slice(0, text.indexOf(" ")));
}

/** Ties on timestamp go to the lower source; a source never has two heads at once. */
const earlier = (a: Head, b: Head): boolean =>
  a.timestamp !== b.timestamp ? a.timestamp < b.timestamp : a.source < b.source;

export function mergeLogs(sources: string[][]): MergeResult {
  const outOfOrder: [number, number][] = [];
  const lastTaken: (number | null)[] = sources.map(() => null);

  /** The next in-order line of a source at or after `from`, recording lines that go backwards. */
  const nextHead = (source: number, from: number): Head | null => {
    const lines = sources[source] ?? [];
    for (let line = from; line < lines.length; line++) {
      const text = lines[line] as string;
      const timestamp = parseTimestamp(text);
      const last = lastTaken[source] ?? null;
      if (last !== null && timestamp < last) {
        outOfOrder.push([source, line]);
        continue;
      }
      lastTaken[source] = timestamp;
      return { timestamp, source, line, text };
    }
    return null;
  };

  // One pending line per source: memory stays proportional to the number of sources.
  const heap = new MinHeap<Head>(earlier);
  sources.forEach((_, source) => {
    const head = nextHead(source, 0);
    if (head) heap.push(head);
  });

  const merged: string[] = [];
  for (let head = heap.pop(); head !== undefined; head = heap.pop()) {
    merged.push(head.text);
    const next = nextHead(head.source, head.line + 1);
    if (next) heap.push(next);
  }

  outOfOrder.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { merged, outOfOrder };
}
