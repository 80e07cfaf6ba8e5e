type Merge = [string, string];
/** [rank, position of the pair's left piece] */
type Candidate = [number, number];

/**
 * Applies ranked byte-pair merges to one word in O(n log n).
 *
 * Pieces live in a doubly linked list over their starting positions, and a min-heap holds
 * candidate pairs as [rank, position]. A heap entry goes stale when either of its pieces is merged
 * into something else; it is recognised on the way out because the pair now at that position has
 * a different rank (each rank belongs to exactly one pair).
 */
export function bpeEncode(word: string, merges: Merge[]): string[] {
  const ranks = rankTable(merges);
  const pieces: (string | null)[] = Array.from(word); // one per code point; null once merged away
  const next = pieces.map((_, i) => (i + 1 < pieces.length ? i + 1 : -1));
  const prev = pieces.map((_, i) => i - 1);

  const rankAt = (i: number): number | undefined => {
    const left = pieces[i];
    const right = pieces[next[i] ?? -1];
    return left == null || right == null ? undefined : ranks.get(left)?.get(right);
  };

  const heap = new MinHeap<Candidate>((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let i = 0; i + 1 < pieces.length; i++) {
    const rank = rankAt(i);
    if (rank !== undefined) heap.push([rank, i]);
  }

  for (let top = heap.peek(); top !== undefined; top = heap.peek()) {
    const best = top[0];
    // Merge every occurrence of the best pair, left to right (positions pop in order). Pairs that
    // these merges create wait in `touched` until the round is over, as the rule requires.
    const touched: number[] = [];
    for (let entry = heap.peek(); entry?.[0] === best; entry = heap.peek()) {
      heap.pop();
      const i = entry[1];
      if (rankAt(i) !== best) continue; // stale
      const j = next[i] ?? -1;
      pieces[i] = `${pieces[i] ?? ""}${pieces[j] ?? ""}`;
      pieces[j] = null;
      const after = next[j] ?? -1;
      next[i] = after;
      if (after !== -1) prev[after] = i;
      const before = prev[i] ?? -1;
      if (before !== -1) touched.push(before);
      touched.push(i);
    }
    for (const i of touched) {
      const rank = rankAt(i);
      if (rank !== undefined) heap.push([rank, i]);
    }
  }
  return pieces.filter((piece): piece is string => piece !== null);
}

/** left -> right -> best rank. Nested maps avoid joining strings with a separator. */
function rankTable(merges: Merge[]): Map<string, Map<string, number>> {
  const ranks = new Map<string, Map<string, number>>();
  merges.forEach(([left, right], rank) => {
    let byRight = ranks.get(left);
    if (byRight === undefined) {
      byRight = new Map();
      ranks.set(left, byRight);
    }
    if (!byRight.has(right)) byRight.set(right, rank);
  });
  return ranks;
}

/** A binary min-heap ordered by `compare`. */
class MinHeap<T> {
  #items: T[] = [];
  readonly #compare: (a: T, b: T) => number;

  constructor(compare: (a: T, b: T) => number) {
    this.#compare = compare;
  }

  get size(): number {
    return this.#items.length;
  }

  peek(): T | undefined {
    return this.#items[0];
  }

  push(item: T): void {
    this.#items.push(item);
    let i = this.#items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.#less(parent, i)) break;
      this.#swap(i, parent);
      i = parent;
    }
  }

  pop(): T | undefined {
    const top = this.#items[0];
    const last = this.#items.pop();
    if (last !== undefined && this.#items.length > 0) {
      this.#items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < this.#items.length && this.#less(left, smallest)) smallest = left;
        if (right < this.#items.length && this.#less(right, smallest)) smallest = right;
        if (smallest === i) break;
        this.#swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  }

  #less(i: number, j: number): boolean {
    return this.#compare(this.#items[i] as T, this.#items[j] as T) < 0;
  }

  #swap(i: number, j: number): void {
    const items = this.#items;
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
