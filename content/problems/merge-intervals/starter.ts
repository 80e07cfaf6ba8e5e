export function merge(intervals: number[][]): number[][] {
  return [];
}
