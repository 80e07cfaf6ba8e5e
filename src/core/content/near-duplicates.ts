/**
 * Near-duplicate detection for question prompts. Two prompts count as near-duplicates when the
 * Jaccard similarity of their normalized content-word sets reaches the threshold. Stop words are
 * dropped and words are crudely stemmed so that "changed your mind" and "change my mind" meet.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

const STOP_WORDS = new Set(
  (
    "a an the and or but of to in on at for with by from as is are was were be been being it its " +
    "this that these those you your yours i me my we our us he she they them their what which who " +
    "whom how when where why do does did done have has had not no so if then than there here " +
    "about into over under would could should will can may might must tell describe walk through " +
    "time"
  ).split(" "),
);

/** Lower-cases, strips punctuation, drops stop words and trims common suffixes. */
export function normalizePrompt(prompt: string): Set<string> {
  const words = prompt
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word));
  return new Set(words.map(stem));
}

// A deliberately crude stemmer: it only has to make inflections of one word meet
// ("change", "changed", "changing" → "chang"), never to produce real roots.
function stem(word: string): string {
  let root = word;
  for (const suffix of ["ing", "ed", "es", "s"]) {
    if (root.length > suffix.length + 3 && root.endsWith(suffix)) {
      root = root.slice(0, -suffix.length);
      break;
    }
  }
  return root.length > 4 && root.endsWith("e") ? root.slice(0, -1) : root;
}

/** Jaccard similarity of two word sets, 0 to 1. */
export function promptSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export interface NearDuplicatePair<T> {
  first: T;
  second: T;
  similarity: number;
}

/** Every pair of items whose prompts are near-duplicates, most similar first. */
export function findNearDuplicates<T extends { prompt: string }>(
  items: readonly T[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicatePair<T>[] {
  const normalized = items.map((item) => normalizePrompt(item.prompt));
  const pairs: NearDuplicatePair<T>[] = [];
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const similarity = promptSimilarity(normalized[i] ?? new Set(), normalized[j] ?? new Set());
      const first = items[i];
      const second = items[j];
      if (similarity >= threshold && first !== undefined && second !== undefined) {
        pairs.push({ first, second, similarity });
      }
    }
  }
  return pairs.sort((a, b) => b.similarity - a.similarity);
}
