export function sessionize(timestamps, maxGap) {
  // Return a list of { start, end, count } objects in time order.
  return [];
}
