export function groupBy(records, keys, aggregations) {
  // Return one row per distinct key combination, in first-appearance order.
  return [];
}
