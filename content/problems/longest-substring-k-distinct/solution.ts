/**
 * Sliding window over code points: extend on the right, and shrink from the left while the window
 * holds more than k distinct characters. Each character enters and leaves once, so this is O(n).
 */
export function lengthOfLongestSubstringKDistinct(s: string, k: number): number {
  const chars = Array.from(s); // code points, so an emoji counts once
  const counts = new Map<string, number>();
  let left = 0;
  let best = 0;
  chars.forEach((entering, right) => {
    counts.set(entering, (counts.get(entering) ?? 0) + 1);
    while (counts.size > k) {
      const leaving = chars[left++] ?? "";
      const remaining = (counts.get(leaving) ?? 0) - 1;
      // Delete rather than keep a zero, or counts.size would never come back down.
      if (remaining === 0) counts.delete(leaving);
      else counts.set(leaving, remaining);
    }
    best = Math.max(best, right - left + 1);
  });
  return best;
}
