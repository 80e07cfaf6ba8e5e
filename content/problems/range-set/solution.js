/** The first index in sorted whose value is >= target (or > target when `strict`). */
function lowerBound(sorted, target, strict = false) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < target || (strict && sorted[mid] === target)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Disjoint, non-touching half-open ranges kept in two parallel sorted arrays. Because the ranges
 * never overlap, both `starts` and `ends` are sorted, so a binary search on either finds the
 * ranges a call touches.
 */
export class RangeSet {
  #starts = [];
  #ends = [];

  addRange(lo, hi) {
    // Ranges that overlap or touch [lo, hi): those ending at or after lo and starting at or
    // before hi. They all merge into one.
    const i = lowerBound(this.#ends, lo);
    const j = lowerBound(this.#starts, hi, true);
    if (i < j) {
      lo = Math.min(lo, this.#starts[i]);
      hi = Math.max(hi, this.#ends[j - 1]);
    }
    this.#starts.splice(i, j - i, lo);
    this.#ends.splice(i, j - i, hi);
  }

  removeRange(lo, hi) {
    // Ranges that share at least one integer with [lo, hi).
    const i = lowerBound(this.#ends, lo, true);
    const j = lowerBound(this.#starts, hi);
    if (i >= j) return;
    // Keep whatever sticks out on either side; one range can split into two.
    const starts = [];
    const ends = [];
    if (this.#starts[i] < lo) {
      starts.push(this.#starts[i]);
      ends.push(lo);
    }
    if (this.#ends[j - 1] > hi) {
      starts.push(hi);
      ends.push(this.#ends[j - 1]);
    }
    this.#starts.splice(i, j - i, ...starts);
    this.#ends.splice(i, j - i, ...ends);
  }

  contains(lo, hi) {
    // Only the last range starting at or before lo can cover it.
    const i = lowerBound(this.#starts, lo, true) - 1;
    return i >= 0 && this.#ends[i] >= hi;
  }

  ranges() {
    return this.#starts.map((lo, i) => [lo, this.#ends[i]]);
  }
}
