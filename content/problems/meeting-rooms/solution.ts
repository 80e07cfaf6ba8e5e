interface RoomPlan {
  rooms: number;
  assignment: number[];
}

/** A binary heap; `before(a, b)` is true when a belongs nearer the top than b. */
class Heap<T> {
  private readonly items: T[] = [];

  constructor(private readonly before: (a: T, b: T) => boolean) {}

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    let i = items.push(item) - 1;
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

interface Booking {
  end: number;
  room: number;
}

export function assignRooms(meetings: [number, number][]): RoomPlan {
  const order = meetings.map((_, i) => i);
  // Array.prototype.sort is stable, so equal starts keep input order.
  order.sort((a, b) => (meetings[a] as [number, number])[0] - (meetings[b] as [number, number])[0]);

  const assignment = new Array<number>(meetings.length).fill(0);
  const busy = new Heap<Booking>((a, b) => a.end < b.end);
  const free = new Heap<number>((a, b) => a < b); // open rooms that are idle, lowest first
  let rooms = 0;
  for (const i of order) {
    const [start, end] = meetings[i] as [number, number];
    // Half-open meetings: a room whose meeting ends exactly now is free again.
    for (let b = busy.peek(); b !== undefined && b.end <= start; b = busy.peek()) {
      free.push(b.room);
      busy.pop();
    }
    const room = free.pop() ?? rooms++;
    assignment[i] = room;
    busy.push({ end, room });
  }
  return { rooms, assignment };
}
