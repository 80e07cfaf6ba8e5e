export function insert(intervals, newInterval) {
  let [start, end] = newInterval;
  const result = [];
  let i = 0;

  // 1. Intervals that end before the new one starts come first, unchanged.
  for (; i < intervals.length && intervals[i][1] < start; i++) {
    result.push([...intervals[i]]);
  }

  // 2. Intervals that start no later than the new one ends overlap or touch it: absorb them.
  for (; i < intervals.length && intervals[i][0] <= end; i++) {
    start = Math.min(start, intervals[i][0]);
    end = Math.max(end, intervals[i][1]);
  }
  result.push([start, end]);

  // 3. Everything after it, unchanged.
  for (; i < intervals.length; i++) result.push([...intervals[i]]);
  return result;
}
