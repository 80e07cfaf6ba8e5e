import type { ParsedText } from "./nlp.ts";

/** A quoted span of the answer: `quote === text.slice(start, end)`. */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** The evidence for characters `start` to `end` of `text`, clamped to the text. */
export function evidenceAt(text: string, start: number, end: number): Evidence {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { start: from, end: to, quote: text.slice(from, to) };
}

/** The evidence for tokens `first` to `last` (inclusive). */
export function tokenEvidence(parsed: ParsedText, first: number, last: number): Evidence {
  const from = parsed.tokens[first]?.start ?? 0;
  const to = parsed.tokens[last]?.end ?? from;
  return evidenceAt(parsed.text, from, to);
}

/** The evidence for a whole sentence. */
export function sentenceEvidence(parsed: ParsedText, sentence: number): Evidence {
  const found = parsed.sentences[sentence];
  if (found === undefined) return evidenceAt(parsed.text, 0, 0);
  return evidenceAt(parsed.text, found.start, found.end);
}

/** The last `count` sentences: where an ending, an outcome or a lesson would normally sit. */
export function closingEvidence(parsed: ParsedText, count: number): Evidence[] {
  const visible = parsed.sentences
    .map((sentence) => sentenceEvidence(parsed, sentence.index))
    .filter((item) => item.quote.trim() !== "");
  return visible.slice(Math.max(0, visible.length - count));
}

/**
 * At most `limit` items, taken in the caller's order of importance, then put in reading order;
 * duplicates and spans inside other spans go: quoting the same words twice tells nothing more.
 */
export function tidyEvidence(list: readonly Evidence[], limit = 4): Evidence[] {
  const kept: Evidence[] = [];
  // Only the first few can be kept; looking further would make a long answer cost its square.
  for (const item of list.slice(0, limit * 8)) {
    if (item.end <= item.start) continue;
    if (kept.some((other) => item.start >= other.start && item.end <= other.end)) continue;
    const inside = kept.filter((other) => other.start >= item.start && other.end <= item.end);
    for (const other of inside) kept.splice(kept.indexOf(other), 1);
    kept.push(item);
  }
  return kept.slice(0, limit).sort((a, b) => a.start - b.start);
}

/** Overlapping spans joined into one, in reading order: one phrase found twice counts once. */
export function mergeOverlapping(text: string, list: readonly Evidence[]): Evidence[] {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const merged: Evidence[] = [];
  for (const item of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && item.start < last.end) {
      merged[merged.length - 1] = evidenceAt(text, last.start, Math.max(last.end, item.end));
    } else {
      merged.push(item);
    }
  }
  return merged;
}
