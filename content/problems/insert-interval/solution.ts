type Interval = [number, number];

export function insert(intervals: Interval[], newInterval: Interval): Interval[] {
  let [start, end] = newInterval;
  const result: Interval[] = [];
  let i = 0;

  // 1. Intervals that end before the new one starts come first, unchanged.
  for (; i < intervals.length && (intervals[i] as Interval)[1] < start; i++) {
    const [s, e] = intervals[i] as Interval;
    result.push([s, e]);
  }

  // 2. Intervals that start no later than the new one ends overlap or touch it: absorb them.
  for (; i < intervals.length && (intervals[i] as Interval)[0] <= end; i++) {
    const [s, e] = intervals[i] as Interval;
    start = Math.min(start, s);
    end = Math.max(end, e);
  }
  result.push([start, end]);

  // 3. Everything after it, unchanged.
  for (; i < intervals.length; i++) {
    const [s, e] = intervals[i] as Interval;
    result.push([s, e]);
  }
  return result;
}
