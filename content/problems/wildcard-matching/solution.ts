/**
 * Greedy matching that backtracks only to the most recent star.
 *
 * When a star is reached, first let it match nothing; on a later mismatch, let the most recent
 * star swallow one more character and retry from there. Earlier stars never need to be revisited:
 * whatever an earlier star could absorb, the later star can absorb instead, because the pattern
 * between them has already been matched and a star matches any text. That makes the scan
 * O(|s| * |p|) in the worst case and O(1) in extra memory.
 */
export function isMatch(s: string, p: string): boolean {
  const text = Array.from(s); // code points, so ? matches an emoji whole
  const pattern = Array.from(p);
  let i = 0; // position in text
  let j = 0; // position in pattern
  let star = -1; // pattern index of the most recent star
  let starMatchEnd = 0; // text index where that star's match currently ends

  while (i < text.length) {
    if (j < pattern.length && (pattern[j] === "?" || pattern[j] === text[i])) {
      i++;
      j++;
    } else if (j < pattern.length && pattern[j] === "*") {
      star = j++;
      starMatchEnd = i;
    } else if (star !== -1) {
      j = star + 1;
      i = ++starMatchEnd;
    } else {
      return false;
    }
  }
  // The text is used up: only stars (matching empty) may remain in the pattern.
  while (j < pattern.length && pattern[j] === "*") j++;
  return j === pattern.length;
}
