type Interval = [number, number];

export function insert(intervals: Interval[], newInterval: Interval): Interval[] {
  // Return a new sorted, disjoint list with newInterval merged in.
  return [];
}
