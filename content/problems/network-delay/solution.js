/** A binary min-heap of [time, node] entries ordered by time. */
class MinHeap {
  #items = [];

  push(entry) {
    const items = this.#items;
    let i = items.push(entry) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent][0] <= entry[0]) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = entry;
  }

  pop() {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= items.length) break;
        if (child + 1 < items.length && items[child + 1][0] < items[child][0]) child++;
        if (items[child][0] >= last[0]) break;
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

export function networkDelay(n, links, source) {
  const outgoing = Array.from({ length: n }, () => []);
  for (const [u, v, latency] of links) outgoing[u].push([v, latency]);

  // Dijkstra's algorithm. null means "not reached (yet)", so Infinity never leaks into the output.
  const times = new Array(n).fill(null);
  const previous = new Array(n).fill(-1); // the chosen last hop into each node
  const settled = new Array(n).fill(false);
  times[source] = 0;
  const heap = new MinHeap();
  heap.push([0, source]);
  for (let entry = heap.pop(); entry !== undefined; entry = heap.pop()) {
    const [t, u] = entry;
    if (settled[u]) continue; // a stale entry: u was already reached sooner
    settled[u] = true;
    for (const [v, latency] of outgoing[u]) {
      const arrival = t + latency;
      if (times[v] === null || arrival < times[v]) {
        times[v] = arrival;
        previous[v] = u;
        heap.push([arrival, v]);
      } else if (arrival === times[v] && u < previous[v]) {
        // Equally fast: prefer the smaller last hop. Every candidate is settled before v, because
        // latencies are positive, so v ends with the smallest one.
        previous[v] = u;
      }
    }
  }

  let slowest = source;
  times.forEach((t, i) => {
    if (t !== null && t > times[slowest]) slowest = i;
  });
  const path = [slowest];
  for (let node = slowest; node !== source;) {
    node = previous[node];
    path.push(node);
  }
  return { times, slowest, path: path.reverse() };
}
