export function insert(intervals, newInterval) {
  // Return a new sorted, disjoint list with newInterval merged in.
  return [];
}
