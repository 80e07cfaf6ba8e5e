/** Letters and digits, with single apostrophes allowed between them ("don't", "rock'n'roll"). */
const WORD = /[a-z0-9]+(?:'[a-z0-9]+)*/g;

/** The k most frequent words, by count descending and then in character-code order. */
export function topKFrequentWords(text: string, k: number): string[] {
  const counts = new Map<string, number>();
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // Sorting the distinct words is O(d log d); a size-k heap would give O(d log k), which only
  // matters when k is much smaller than d and d is large.
  return [...counts]
    .sort(([wordA, countA], [wordB, countB]) => countB - countA || compareCodes(wordA, wordB))
    .slice(0, k)
    .map(([word]) => word);
}

/** Plain character-code order; localeCompare would depend on the machine's locale. */
function compareCodes(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
