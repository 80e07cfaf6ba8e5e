export function lengthOfLongestSubstringKDistinct(s: string, k: number): number {
  return -1;
}
