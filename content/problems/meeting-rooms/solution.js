/** A binary heap; `before(a, b)` is true when a belongs nearer the top than b. */
class Heap {
  #items = [];

  constructor(before) {
    this.before = before;
  }

  peek() {
    return this.#items[0];
  }

  push(item) {
    const items = this.#items;
    let i = items.push(item) - 1;
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

export function assignRooms(meetings) {
  const order = meetings.map((_, i) => i);
  // Array.prototype.sort is stable, so equal starts keep input order.
  order.sort((a, b) => meetings[a][0] - meetings[b][0]);

  const assignment = new Array(meetings.length).fill(0);
  const busy = new Heap((a, b) => a.end < b.end);
  const free = new Heap((a, b) => a < b); // open rooms that are idle, lowest first
  let rooms = 0;
  for (const i of order) {
    const [start, end] = meetings[i];
    // Half-open meetings: a room whose meeting ends exactly now is free again.
    while (busy.peek() !== undefined && busy.peek().end <= start) free.push(busy.pop().room);
    const room = free.pop() ?? rooms++;
    assignment[i] = room;
    busy.push({ end, room });
  }
  return { rooms, assignment };
}
