interface Schedule {
  makespan: number;
  starts: number[];
}

/** A binary heap; `before(a, b)` is true when a belongs nearer the top than b. */
class Heap<T> {
  private readonly items: T[] = [];

  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(item, items[parent] as T)) break;
      items[i] = items[parent] as T;
      i = parent;
    }
    items[i] = item;
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= items.length) break;
        if (child + 1 < items.length && this.before(items[child + 1] as T, items[child] as T))
          child++;
        if (!this.before(items[child] as T, last)) break;
        items[i] = items[child] as T;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

interface Running {
  finish: number;
  task: number;
}

export function scheduleTasks(
  durations: number[],
  prerequisites: [number, number][],
  workers: number,
): Schedule | null {
  const n = durations.length;
  const dependents = Array.from({ length: n }, (): number[] => []);
  const waiting = new Array<number>(n).fill(0); // prerequisites not finished yet
  const seen = new Set<string>(); // repeated pairs change nothing
  for (const [task, prerequisite] of prerequisites) {
    const key = `${task}:${prerequisite}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (dependents[prerequisite] as number[]).push(task);
    waiting[task] = (waiting[task] as number) + 1;
  }

  const order = topologicalOrder(dependents, waiting);
  if (order === null) return null;

  // Critical paths, computed from the last tasks backwards so each dependent is known first.
  const critical = new Array<number>(n).fill(0);
  for (const t of order.reverse()) {
    const longestAfter = Math.max(
      0,
      ...(dependents[t] as number[]).map((d) => critical[d] as number),
    );
    critical[t] = (durations[t] as number) + longestAfter;
  }

  const ready = new Heap<number>((a, b) => {
    const ca = critical[a] as number;
    const cb = critical[b] as number;
    return ca !== cb ? ca > cb : a < b; // longest critical path first, then lower number
  });
  waiting.forEach((count, t) => {
    if (count === 0) ready.push(t);
  });
  const running = new Heap<Running>((a, b) => a.finish < b.finish);
  const starts = new Array<number>(n).fill(0);
  let now = 0;
  for (;;) {
    while (ready.size > 0 && running.size < workers) {
      const t = ready.pop() as number;
      starts[t] = now;
      running.push({ finish: now + (durations[t] as number), task: t });
    }
    const next = running.peek();
    if (next === undefined) break;
    // Jump to the next completion and release everything that finishes at that instant before
    // any worker picks new work.
    now = next.finish;
    while (running.peek()?.finish === now) {
      const { task } = running.pop() as Running;
      for (const d of dependents[task] as number[]) {
        waiting[d] = (waiting[d] as number) - 1;
        if (waiting[d] === 0) ready.push(d);
      }
    }
  }
  return { makespan: now, starts };
}

/** Kahn's algorithm on a copy of the counts; null when a cycle leaves tasks behind. */
function topologicalOrder(dependents: number[][], waiting: number[]): number[] | null {
  const remaining = [...waiting];
  const order: number[] = [];
  remaining.forEach((count, t) => {
    if (count === 0) order.push(t);
  });
  for (let i = 0; i < order.length; i++) {
    for (const d of dependents[order[i] as number] as number[]) {
      remaining[d] = (remaining[d] as number) - 1;
      if (remaining[d] === 0) order.push(d);
    }
  }
  return order.length === remaining.length ? order : null;
}
