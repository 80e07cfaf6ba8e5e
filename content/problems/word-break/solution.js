/**
 * Bottom-up dynamic programming: canSplit[i] says whether the first i characters of s can be cut
 * into dictionary words. A word ending at i can start at most `longest` characters earlier, so
 * the work is O(n * longest) slices and set look-ups, not O(n^2).
 */
export function wordBreak(s, wordDict) {
  const words = new Set(wordDict);
  let longest = 0;
  for (const word of words) longest = Math.max(longest, word.length);

  const canSplit = new Array(s.length + 1).fill(false);
  canSplit[0] = true; // the empty prefix needs no words
  for (let end = 1; end <= s.length; end++) {
    for (let start = Math.max(0, end - longest); start < end; start++) {
      if (canSplit[start] && words.has(s.slice(start, end))) {
        canSplit[end] = true;
        break;
      }
    }
  }
  return canSplit[s.length];
}
