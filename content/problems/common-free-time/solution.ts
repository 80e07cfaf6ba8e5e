type Interval = [number, number];

/** A calendar's next unread interval: person p's interval number i, starting at `start`. */
interface Cursor {
  start: number;
  person: number;
  index: number;
}

/** A binary min-heap of cursors ordered by start time. */
class CursorHeap {
  private readonly items: Cursor[] = [];

  push(item: Cursor): void {
    const items = this.items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = items[parent] as Cursor;
      if (above.start <= item.start) break;
      items[i] = above;
      i = parent;
    }
    items[i] = item;
  }

  pop(): Cursor | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= items.length) break;
        const right = items[child + 1];
        if (right !== undefined && right.start < (items[child] as Cursor).start) child++;
        const below = items[child] as Cursor;
        if (below.start >= last.start) break;
        items[i] = below;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

/** Yields the busy intervals of every calendar in start order: a k-way merge, O(n log k). */
function* mergeCalendars(schedules: Interval[][]): Generator<Interval> {
  const heap = new CursorHeap();
  schedules.forEach((calendar, person) => {
    const first = calendar[0];
    if (first !== undefined) heap.push({ start: first[0], person, index: 0 });
  });
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    const calendar = schedules[top.person] as Interval[];
    yield calendar[top.index] as Interval;
    const next = calendar[top.index + 1];
    if (next !== undefined) heap.push({ start: next[0], person: top.person, index: top.index + 1 });
  }
}

export function commonFreeTime(
  schedules: Interval[][],
  dayStart: number,
  dayEnd: number,
  minLength: number,
): Interval[] {
  const free: Interval[] = [];
  // Everything before `cursor` is either before the day or covered by someone's busy time.
  let cursor = dayStart;
  for (const [start, end] of mergeCalendars(schedules)) {
    if (start >= dayEnd) break;
    if (start - cursor >= minLength) free.push([cursor, start]);
    cursor = Math.max(cursor, end);
  }
  // The stretch after the last busy interval, clamped to the end of the day.
  if (dayEnd - cursor >= minLength) free.push([cursor, dayEnd]);
  return free;
}
