/** A binary heap; `before(a, b)` is true when a belongs nearer the top than b. */
class Heap {
  #items = [];

  constructor(before) {
    this.before = before;
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
      if (!this.before(item, items[parent])) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = item;
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
        if (child + 1 < items.length && this.before(items[child + 1], items[child])) child++;
        if (!this.before(items[child], last)) break;
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

export function scheduleTasks(durations, prerequisites, workers) {
  const n = durations.length;
  const dependents = Array.from({ length: n }, () => []);
  const waiting = new Array(n).fill(0); // prerequisites not finished yet
  const seen = new Set(); // repeated pairs change nothing
  for (const [task, prerequisite] of prerequisites) {
    const key = `${task}:${prerequisite}`;
    if (seen.has(key)) continue;
    seen.add(key);
    dependents[prerequisite].push(task);
    waiting[task]++;
  }

  const order = topologicalOrder(dependents, waiting);
  if (order === null) return null;

  // Critical paths, computed from the last tasks backwards so each dependent is known first.
  const critical = new Array(n).fill(0);
  for (const t of order.reverse()) {
    critical[t] = durations[t] + Math.max(0, ...dependents[t].map((d) => critical[d]));
  }

  // Longest critical path first, then the lower task number.
  const ready = new Heap((a, b) =>
    critical[a] !== critical[b] ? critical[a] > critical[b] : a < b,
  );
  waiting.forEach((count, t) => {
    if (count === 0) ready.push(t);
  });
  const running = new Heap((a, b) => a.finish < b.finish);
  const starts = new Array(n).fill(0);
  let now = 0;
  for (;;) {
    while (ready.size > 0 && running.size < workers) {
      const t = ready.pop();
      starts[t] = now;
      running.push({ finish: now + durations[t], task: t });
    }
    if (running.size === 0) break;
    // Jump to the next completion and release everything that finishes at that instant before
    // any worker picks new work.
    now = running.peek().finish;
    while (running.peek()?.finish === now) {
      const { task } = running.pop();
      for (const d of dependents[task]) {
        if (--waiting[d] === 0) ready.push(d);
      }
    }
  }
  return { makespan: now, starts };
}

/** Kahn's algorithm on a copy of the counts; null when a cycle leaves tasks behind. */
function topologicalOrder(dependents, waiting) {
  const remaining = [...waiting];
  const order = [];
  remaining.forEach((count, t) => {
    if (count === 0) order.push(t);
  });
  for (let i = 0; i < order.length; i++) {
    for (const d of dependents[order[i]]) {
      if (--remaining[d] === 0) order.push(d);
    }
  }
  return order.length === remaining.length ? order : null;
}
