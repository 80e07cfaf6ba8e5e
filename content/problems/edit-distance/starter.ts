export type Operation =
  ["keep", string] | ["replace", string, string] | ["delete", string] | ["insert", string];

export function editDistance(
  source: string,
  target: string,
): { distance: number; operations: Operation[] } {
  return { distance: -1, operations: [] };
}
