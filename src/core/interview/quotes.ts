import type { Evidence } from "../analysis/index.ts";
import { compilePhrases, findPhrases, parseText, type ParsedText } from "./analysis-helpers.ts";

/** Follow-ups quote the candidate briefly: a long quote reads as reciting the answer back. */
export const ANCHOR_WORDS = 8;

const EDGE_PUNCTUATION = /^[\s"'“”‘’([{,;:.!?—–-]+|[\s"'“”‘’)\]},;:.!?—–-]+$/g;

// Words that make a quote end mid-thought when it is cut after them.
const DANGLING = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "but",
  "so",
  "to",
  "of",
  "in",
  "on",
  "for",
  "with",
  "that",
  "which",
  "my",
  "our",
  "is",
  "was",
  "i",
  "we",
  "when",
  "if",
  "because",
  "as",
  "then",
  "i'd",
  "i'm",
  "i've",
  "we'd",
  "we're",
  "it's",
  "they'd",
]);

// Words that make a quote open mid-thought.
const LEADING = new Set(["and", "but", "so", "or", "then", "also"]);

function bare(word: string | undefined): string {
  return (word ?? "").toLowerCase().replace(/[^\p{L}\p{N}']/gu, "");
}

function tidy(words: string[]): string {
  const kept = [...words];
  while (kept.length > 1 && LEADING.has(bare(kept[0]))) kept.shift();
  while (kept.length > 1 && DANGLING.has(bare(kept.at(-1)))) kept.pop();
  return kept.join(" ").replace(EDGE_PUNCTUATION, "");
}

/** The sentence of `text` around character `at`, found by its end punctuation. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  for (const match of text.slice(0, at).matchAll(/[.!?]["”’)]?\s+/g)) {
    start = match.index + match[0].length;
  }
  const after = /[.!?](?=["”’)]?(\s|$))/.exec(text.slice(at));
  const end = after === null ? text.length : at + after.index + 1;
  return { start, end };
}

/**
 * A short phrase of the candidate's own words around a span of the answer: the words of the span
 * itself, widened within its sentence to at most `maxWords` words.
 */
export function phraseAround(
  text: string,
  start: number,
  end: number,
  maxWords = ANCHOR_WORDS,
): string {
  const sentence = sentenceAround(text, start);
  const words = [...text.slice(sentence.start, sentence.end).matchAll(/\S+/g)].map((m) => ({
    word: m[0],
    start: sentence.start + m.index,
    end: sentence.start + m.index + m[0].length,
  }));
  if (words.length === 0) return "";
  let first = words.findIndex((w) => w.end > start);
  if (first === -1) first = 0;
  let last = words.findLastIndex((w) => w.start < end);
  if (last < first) last = first;
  if (last - first + 1 > maxWords) last = first + maxWords - 1;
  // Widen to the right first (the span usually opens the thought), then up to two words left.
  while (last - first + 1 < maxWords && last + 1 < words.length) {
    const word = words[last]?.word ?? "";
    if (/[,;:—–]$/.test(word) && last - first + 1 >= 4) break;
    last += 1;
  }
  let widenedLeft = 0;
  while (last - first + 1 < maxWords && first > 0 && widenedLeft < 2) {
    if (/[,;:—–]$/.test(words[first - 1]?.word ?? "")) break;
    first -= 1;
    widenedLeft += 1;
  }
  return tidy(words.slice(first, last + 1).map((w) => w.word));
}

/** A short phrase for a piece of evidence, or "" when there is none. */
export function phraseFromEvidence(text: string, evidence: Evidence | undefined): string {
  if (evidence === undefined || evidence.end <= evidence.start) return "";
  return phraseAround(text, evidence.start, evidence.end);
}

/** The answer's first sentence, shortened, for a report to quote. */
export function firstSentenceOf(text: string): string {
  return shortQuote(text.trim().split(/(?<=[.!?])\s+/)[0] ?? "");
}

/** The first `maxWords` words of a quote, for reports and challenges. */
export function shortQuote(quote: string, maxWords = 24): string {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length <= maxWords) return quote.trim();
  return `${tidy(words.slice(0, maxWords))}…`;
}

const CHUNK_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
const HEAD_POS = new Set(["NOUN", "PROPN"]);
// Nouns too general to name what the candidate worked on.
const EMPTY_NOUNS = new Set([
  "thing",
  "things",
  "time",
  "way",
  "lot",
  "people",
  "team",
  "something",
  "anything",
  "everything",
  "year",
  "day",
  "week",
  "bit",
  "kind",
  "sort",
  "part",
  "work",
  "stuff",
]);

interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

function chunksOf(parsed: ParsedText): Chunk[] {
  const chunks: Chunk[] = [];
  const counts = new Map<string, number>();
  for (const token of parsed.tokens) {
    if (HEAD_POS.has(token.pos)) counts.set(token.lemma, (counts.get(token.lemma) ?? 0) + 1);
  }
  let i = 0;
  while (i < parsed.tokens.length) {
    const run: number[] = [];
    while (i < parsed.tokens.length && CHUNK_POS.has(parsed.tokens[i]?.pos ?? "X")) {
      run.push(i);
      i += 1;
    }
    i += 1;
    // "2 million invoices" is a figure about the thing, not its name.
    while (run.length > 0 && parsed.tokens[run[0] ?? 0]?.pos === "NUM") run.shift();
    while (run.length > 0 && !HEAD_POS.has(parsed.tokens[run.at(-1) ?? 0]?.pos ?? "X")) run.pop();
    const tokens = run.flatMap((t) => parsed.tokens[t] ?? []);
    const first = tokens[0];
    const head = tokens.at(-1);
    if (first === undefined || head === undefined || EMPTY_NOUNS.has(head.normal)) continue;
    const proper = tokens.some((t) => t.pos === "PROPN") ? 2 : 0;
    const repeated = tokens.reduce(
      (sum, t) => sum + Math.min((counts.get(t.lemma) ?? 1) - 1, 2),
      0,
    );
    // Candidates name what they worked on early; a phrase in the first sentence is likelier it.
    const early = first.sentence === 0 ? 1 : 0;
    chunks.push({
      start: first.start,
      end: head.end,
      score: Math.min(tokens.length, 4) + proper + repeated + early,
    });
  }
  return chunks;
}

/** The noun phrase the answer seems to be about (most specific, most repeated), if any. */
export function salientPhrase(text: string): string | undefined {
  const chunks = chunksOf(parseText(text));
  let best: Chunk | undefined;
  for (const chunk of chunks) if (best === undefined || chunk.score > best.score) best = chunk;
  if (best === undefined) return undefined;
  return tidy(text.slice(best.start, best.end).split(/\s+/).slice(0, 5));
}

// Where a view is stated: the sentence that holds one of these is the claim a pushback targets.
const STANCE = compilePhrases([
  "i *? think|believe|worry|doubt|suspect|disagree",
  "i would",
  "i be convinced|worried|concerned|skeptical|sceptical|not convinced|sure",
  "my view|worry|concern|reservation|criticism|reason",
  "i would push back",
  "the problem|risk|reason be",
  "should|must|need to",
  "too *",
  "because",
]);

/**
 * The view the candidate states, as a short phrase of their own words for a pushback to challenge,
 * or undefined when no sentence states one.
 */
export function statedClaim(text: string, maxWords = 14): string | undefined {
  const parsed = parseText(text);
  const found = findPhrases(parsed, STANCE)[0];
  const token = found === undefined ? undefined : parsed.tokens[found.first];
  return token === undefined ? undefined : phraseAround(text, token.start, token.end, maxWords);
}

/** The opening words of the answer, for when no sentence states a view. */
export function openingPhrase(text: string, maxWords = 14): string {
  const end = text.search(/[.!?](\s|$)/);
  return phraseAround(text, 0, end === -1 ? text.length : end, maxWords);
}
