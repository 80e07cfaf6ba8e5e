/** A binary min-heap ordered by a comparator. */
class MinHeap {
  #items = [];

  constructor(less) {
    this.less = less;
  }

  push(item) {
    const items = this.#items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(items[i], items[parent])) break;
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
        if (left < items.length && this.less(items[left], items[smallest])) smallest = left;
        if (right < items.length && this.less(items[right], items[smallest])) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest], items[i]];
        i = smallest;
      }
    }
    return top;
  }
}

const parseTimestamp = (text) => Number(text.slice(0, text.indexOf(" ")));

/** Ties on timestamp go to the lower source; a source never has two heads at once. */
const earlier = (a, b) =>
  a.timestamp !== b.timestamp ? a.timestamp < b.timestamp : a.source < b.source;

export function mergeLogs(sources) {
  const outOfOrder = [];
  const lastTaken = sources.map(() => null);

  /** The next in-order line of a source at or after `from`, recording lines that go backwards. */
  const nextHead = (source, from) => {
    const lines = sources[source];
    for (let line = from; line < lines.length; line++) {
      const text = lines[line];
      const timestamp = parseTimestamp(text);
      if (lastTaken[source] !== null && timestamp < lastTaken[source]) {
        outOfOrder.push([source, line]);
        continue;
      }
      lastTaken[source] = timestamp;
      return { timestamp, source, line, text };
    }
    return null;
  };

  // One pending line per source: memory stays proportional to the number of sources.
  const heap = new MinHeap(earlier);
  sources.forEach((_, source) => {
    const head = nextHead(source, 0);
    if (head) heap.push(head);
  });

  const merged = [];
  for (let head = heap.pop(); head !== undefined; head = heap.pop()) {
    merged.push(head.text);
    const next = nextHead(head.source, head.line + 1);
    if (next) heap.push(next);
  }

  outOfOrder.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { merged, outOfOrder };
}
