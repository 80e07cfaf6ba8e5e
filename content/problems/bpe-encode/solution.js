/**
 * Applies ranked byte-pair merges to one word in O(n log n).
 *
 * Pieces live in a doubly linked list over their starting positions, and a min-heap holds
 * candidate pairs as [rank, position]. A heap entry goes stale when either of its pieces is merged
 * into something else; it is recognised on the way out because the pair now at that position has
 * a different rank (each rank belongs to exactly one pair).
 */
export function bpeEncode(word, merges) {
  const ranks = rankTable(merges);
  const pieces = Array.from(word); // one entry per code point; null once merged away
  const next = pieces.map((_, i) => (i + 1 < pieces.length ? i + 1 : -1));
  const prev = pieces.map((_, i) => i - 1);

  const rankAt = (i) => (next[i] === -1 ? undefined : ranks.get(pieces[i])?.get(pieces[next[i]]));

  const heap = new MinHeap((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let i = 0; i + 1 < pieces.length; i++) {
    const rank = rankAt(i);
    if (rank !== undefined) heap.push([rank, i]);
  }

  while (heap.size > 0) {
    const best = heap.peek()[0];
    // Merge every occurrence of the best pair, left to right (positions pop in order). Pairs that
    // these merges create wait in `touched` until the round is over, as the rule requires.
    const touched = [];
    while (heap.size > 0 && heap.peek()[0] === best) {
      const [, i] = heap.pop();
      if (rankAt(i) !== best) continue; // stale (a merged-away piece has no rank either)
      const j = next[i];
      pieces[i] += pieces[j];
      pieces[j] = null;
      next[i] = next[j];
      if (next[j] !== -1) prev[next[j]] = i;
      if (prev[i] !== -1) touched.push(prev[i]);
      touched.push(i);
    }
    for (const i of touched) {
      const rank = rankAt(i);
      if (rank !== undefined) heap.push([rank, i]);
    }
  }
  return pieces.filter((piece) => piece !== null);
}

/** left -> right -> best rank. Nested maps avoid joining strings with a separator. */
function rankTable(merges) {
  const ranks = new Map();
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
class MinHeap {
  #items = [];
  #compare;

  constructor(compare) {
    this.#compare = compare;
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
      if (this.#compare(items[i], items[parent]) >= 0) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop() {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.#compare(items[left], items[smallest]) < 0) smallest = left;
        if (right < items.length && this.#compare(items[right], items[smallest]) < 0)
          smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest], items[i]];
        i = smallest;
      }
    }
    return top;
  }
}
