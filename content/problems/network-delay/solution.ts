interface Delivery {
  times: (number | null)[];
  slowest: number;
  path: number[];
}

/** A binary min-heap of [time, node] entries ordered by time. */
class MinHeap {
  private readonly items: [number, number][] = [];

  push(entry: [number, number]): void {
    const items = this.items;
    let i = items.push(entry) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = items[parent] as [number, number];
      if (above[0] <= entry[0]) break;
      items[i] = above;
      i = parent;
    }
    items[i] = entry;
  }

  pop(): [number, number] | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= items.length) break;
        const right = items[child + 1];
        if (right !== undefined && right[0] < (items[child] as [number, number])[0]) child++;
        const below = items[child] as [number, number];
        if (below[0] >= last[0]) break;
        items[i] = below;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

export function networkDelay(
  n: number,
  links: [number, number, number][],
  source: number,
): Delivery {
  const outgoing = Array.from({ length: n }, (): [number, number][] => []);
  for (const [u, v, latency] of links) (outgoing[u] as [number, number][]).push([v, latency]);

  // Dijkstra's algorithm. null means "not reached (yet)", so Infinity never leaks into the output.
  const times: (number | null)[] = new Array<number | null>(n).fill(null);
  const previous = new Array<number>(n).fill(-1); // the chosen last hop into each node
  const settled = new Array<boolean>(n).fill(false);
  times[source] = 0;
  const heap = new MinHeap();
  heap.push([0, source]);
  for (let entry = heap.pop(); entry !== undefined; entry = heap.pop()) {
    const [t, u] = entry;
    if (settled[u]) continue; // a stale entry: u was already reached sooner
    settled[u] = true;
    for (const [v, latency] of outgoing[u] as [number, number][]) {
      const arrival = t + latency;
      const known = times[v] ?? null;
      if (known === null || arrival < known) {
        times[v] = arrival;
        previous[v] = u;
        heap.push([arrival, v]);
      } else if (arrival === known && u < (previous[v] as number)) {
        // Equally fast: prefer the smaller last hop. Every candidate is settled before v, because
        // latencies are positive, so v ends with the smallest one.
        previous[v] = u;
      }
    }
  }

  let slowest = source;
  times.forEach((t, i) => {
    if (t !== null && t > (times[slowest] as number)) slowest = i;
  });
  const path = [slowest];
  for (let node = slowest; node !== source;) {
    node = previous[node] as number;
    path.push(node);
  }
  return { times, slowest, path: path.reverse() };
}
