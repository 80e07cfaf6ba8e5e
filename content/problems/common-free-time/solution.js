/** A binary min-heap of calendar cursors ordered by start time. */
class CursorHeap {
  #items = [];

  push(item) {
    const items = this.#items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent].start <= item.start) break;
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
        if (child + 1 < items.length && items[child + 1].start < items[child].start) child++;
        if (items[child].start >= last.start) break;
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

/** Yields the busy intervals of every calendar in start order: a k-way merge, O(n log k). */
function* mergeCalendars(schedules) {
  const heap = new CursorHeap();
  schedules.forEach((calendar, person) => {
    if (calendar.length > 0) heap.push({ start: calendar[0][0], person, index: 0 });
  });
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    const calendar = schedules[top.person];
    yield calendar[top.index];
    const index = top.index + 1;
    if (index < calendar.length)
      heap.push({ start: calendar[index][0], person: top.person, index });
  }
}

export function commonFreeTime(schedules, dayStart, dayEnd, minLength) {
  const free = [];
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
