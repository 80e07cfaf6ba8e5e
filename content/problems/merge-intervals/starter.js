/**
 * @param {number[][]} intervals
 * @returns {number[][]}
 */
export function merge(intervals) {
  return [];
}
