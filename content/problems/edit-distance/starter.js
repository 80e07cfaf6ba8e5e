export function editDistance(source, target) {
  return { distance: -1, operations: [] };
}
