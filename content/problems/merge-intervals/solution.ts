/**
 * Sort by start, then sweep: each interval either overlaps the last merged one (start <= its
 * end, so touching intervals merge too) and extends it, or begins a new merged interval.
 * O(n log n) for the sort; the caller's list is not modified.
 */
export function merge(intervals: number[][]): number[][] {
  const sorted = intervals
    .map(([start, end]) => [start, end] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) {
      // The larger end, not the newer one: [1, 10] absorbs [2, 3].
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}
