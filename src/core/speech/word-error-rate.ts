import { normalizeWord } from "./speech-marks.ts";

/**
 * Word error rate of a transcript against what was said: the fewest words substituted, deleted
 * and inserted to turn one into the other, divided by the number of words said. Words are
 * compared as `normalizeWord` reads them, so case and punctuation do not count as errors.
 */
export function wordErrorRate(reference: string, hypothesis: string): number {
  const said = splitWords(reference);
  const heard = splitWords(hypothesis);
  if (said.length === 0) return heard.length === 0 ? 0 : 1;
  // One row of the Levenshtein table at a time: distance from said[0..i) to heard[0..j).
  let previous = Array.from({ length: heard.length + 1 }, (_, j) => j);
  for (let i = 1; i <= said.length; i++) {
    const current = [i];
    for (let j = 1; j <= heard.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (said[i - 1] === heard[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return (previous[heard.length] ?? 0) / said.length;
}

function splitWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map(normalizeWord)
    .filter((word) => word !== "");
}
