export function lengthOfLongestSubstringKDistinct(s, k) {
  return -1;
}
