/** A binary min-heap of task numbers. */
class MinHeap {
  #items = [];

  push(value) {
    const items = this.#items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent] <= value) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = value;
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
        if (child + 1 < items.length && items[child + 1] < items[child]) child++;
        if (items[child] >= last) break;
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

export function buildOrder(tasks, dependencies) {
  // Number every task by its place in the list, appending undeclared names as they appear.
  const names = [...tasks];
  const index = new Map(names.map((name, i) => [name, i]));
  for (const pair of dependencies) {
    for (const name of pair) {
      if (!index.has(name)) {
        index.set(name, names.length);
        names.push(name);
      }
    }
  }

  const n = names.length;
  const prerequisites = Array.from({ length: n }, () => new Set());
  const dependents = Array.from({ length: n }, () => []);
  for (const [task, prerequisite] of dependencies) {
    const t = index.get(task);
    const p = index.get(prerequisite);
    if (!prerequisites[t].has(p)) {
      prerequisites[t].add(p);
      dependents[p].push(t);
    }
  }

  // Kahn's algorithm with a min-heap of ready task numbers: the earliest-listed ready task runs.
  const waiting = prerequisites.map((needs) => needs.size);
  const ready = new MinHeap();
  waiting.forEach((count, t) => {
    if (count === 0) ready.push(t);
  });
  const order = [];
  for (let t = ready.pop(); t !== undefined; t = ready.pop()) {
    order.push(t);
    for (const d of dependents[t]) {
      if (--waiting[d] === 0) ready.push(d);
    }
  }

  if (order.length === n) return { ok: true, order: order.map((t) => names[t]) };
  return { ok: false, cycle: findCycle(prerequisites, waiting).map((t) => names[t]) };
}

/**
 * Walks from a stuck task to one of its stuck prerequisites until a task repeats. Every task
 * Kahn's algorithm could not run still waits on a prerequisite that never ran either, so the walk
 * can always continue and must close a cycle. It is iterative, so long chains are safe.
 */
function findCycle(prerequisites, waiting) {
  const position = new Map(); // task -> its step number in the walk
  const path = [];
  let t = waiting.findIndex((count) => count > 0);
  while (!position.has(t)) {
    position.set(t, path.length);
    path.push(t);
    t = [...prerequisites[t]].find((p) => waiting[p] > 0);
  }
  const cycle = path.slice(position.get(t));
  // Start the cycle at its earliest-listed task; the direction (each needs the next) is kept.
  const start = cycle.indexOf(Math.min(...cycle));
  return [...cycle.slice(start), ...cycle.slice(0, start)];
}
