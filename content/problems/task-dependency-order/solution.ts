type BuildPlan = { ok: true; order: string[] } | { ok: false; cycle: string[] };

/** A binary min-heap of task numbers. */
class MinHeap {
  private readonly items: number[] = [];

  get length(): number {
    return this.items.length;
  }

  push(value: number): void {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((items[parent] as number) <= value) break;
      items[i] = items[parent] as number;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= items.length) break;
        if (child + 1 < items.length && (items[child + 1] as number) < (items[child] as number))
          child++;
        if ((items[child] as number) >= last) break;
        items[i] = items[child] as number;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

export function buildOrder(tasks: string[], dependencies: [string, string][]): BuildPlan {
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
  const prerequisites = Array.from({ length: n }, () => new Set<number>());
  const dependents = Array.from({ length: n }, (): number[] => []);
  for (const [task, prerequisite] of dependencies) {
    const t = index.get(task) as number;
    const p = index.get(prerequisite) as number;
    const needs = prerequisites[t] as Set<number>;
    if (!needs.has(p)) {
      needs.add(p);
      (dependents[p] as number[]).push(t);
    }
  }

  // Kahn's algorithm with a min-heap of ready task numbers: the earliest-listed ready task runs.
  const waiting = prerequisites.map((needs) => needs.size);
  const ready = new MinHeap();
  waiting.forEach((count, t) => {
    if (count === 0) ready.push(t);
  });
  const order: number[] = [];
  for (let t = ready.pop(); t !== undefined; t = ready.pop()) {
    order.push(t);
    for (const d of dependents[t] as number[]) {
      waiting[d] = (waiting[d] as number) - 1;
      if (waiting[d] === 0) ready.push(d);
    }
  }

  if (order.length === n) return { ok: true, order: order.map((t) => names[t] as string) };
  return { ok: false, cycle: findCycle(prerequisites, waiting).map((t) => names[t] as string) };
}

/**
 * Walks from a stuck task to one of its stuck prerequisites until a task repeats. Every task
 * Kahn's algorithm could not run still waits on a prerequisite that never ran either, so the walk
 * can always continue and must close a cycle. It is iterative, so long chains are safe.
 */
function findCycle(prerequisites: Set<number>[], waiting: number[]): number[] {
  const isStuck = (t: number): boolean => (waiting[t] as number) > 0;
  const position = new Map<number, number>(); // task -> its step number in the walk
  const path: number[] = [];
  let t = waiting.findIndex((count) => count > 0);
  while (!position.has(t)) {
    position.set(t, path.length);
    path.push(t);
    t = [...(prerequisites[t] as Set<number>)].find(isStuck) as number;
  }
  const cycle = path.slice(position.get(t));
  // Start the cycle at its earliest-listed task; the direction (each needs the next) is kept.
  const start = cycle.indexOf(Math.min(...cycle));
  return [...cycle.slice(start), ...cycle.slice(0, start)];
}
