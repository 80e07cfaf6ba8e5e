/** A recognised word and when it was said, in seconds from the start of the audio. */
export interface TimedWord {
  word: string;
  start: number;
  end: number;
}

/** A silence between two words, in seconds from the start of the audio. */
export interface Pause {
  start: number;
  end: number;
}

/** How an answer was spoken: DESIGN.md's speech metrics. */
export interface SpeechMetrics {
  durationS: number;
  wordsPerMinute: number;
  articulationWordsPerMinute: number;
  fillersPer100Words: number;
  hedgesPer100Words: number;
  pauses: Pause[];
  longestPauseS: number;
}

/**
 * The shortest silence between words counted as a pause. Silences in read and spontaneous speech
 * fall into short (under 0.2 s), medium and long (over 1 s) groups; only the long ones are heard
 * as the speaker stopping (docs/speech.md).
 */
export const PAUSE_MIN_S = 1;

/** A silence this long beside "like", "so" or "you know" marks it as hesitation, not grammar. */
export const HESITATION_GAP_S = 0.3;

/** Sounds that are fillers wherever they occur. */
const ALWAYS_FILLERS = new Set(["um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "mm"]);

/** Words before "like" that make it a verb or a comparison ("I'd like", "looks like"). */
const LIKE_AS_VERB_OR_COMPARISON = new Set([
  "i",
  "you",
  "we",
  "they",
  "i'd",
  "you'd",
  "we'd",
  "they'd",
  "would",
  "don't",
  "didn't",
  "look",
  "looks",
  "looked",
  "seem",
  "seems",
  "seemed",
  "sound",
  "sounds",
  "sounded",
  "feel",
  "feels",
  "felt",
  "something",
  "just",
  "much",
  "more",
]);

/** Hedges of one word or more, matched on whole words. */
const HEDGES: readonly (readonly string[])[] = [
  ["sort", "of"],
  ["kind", "of"],
  ["kinda"],
  ["sorta"],
  ["i", "guess"],
  ["i", "suppose"],
  ["maybe"],
  ["perhaps"],
  ["probably"],
  ["possibly"],
  ["somewhat"],
  ["more", "or", "less"],
  ["i'm", "not", "sure"],
];

/** Words before "kind of" / "sort of" that make it a noun phrase ("what kind of system"). */
const KIND_AS_NOUN = new Set([
  "what",
  "which",
  "this",
  "that",
  "the",
  "a",
  "any",
  "some",
  "every",
  "one",
  "same",
  "other",
  "different",
  "those",
  "these",
  "all",
  "right",
  "wrong",
]);

/**
 * The speech metrics of DESIGN.md from recognised words and the audio's length. Rates are per
 * minute of speaking, from the first word's start to the last word's end: silence before and
 * after the answer is the recording's, not the speaker's.
 */
export function speechMetrics(words: readonly TimedWord[], durationS: number): SpeechMetrics {
  const ordered = words
    .map((word) => ({ ...word, norm: normalizeWord(word.word) }))
    .filter((word) => word.norm !== "")
    .sort((a, b) => a.start - b.start);
  const pauses = findPauses(ordered);
  const first = ordered[0];
  const last = ordered.at(-1);
  const spanS = first === undefined || last === undefined ? 0 : Math.max(0, last.end - first.start);
  const pausedS = pauses.reduce((total, pause) => total + (pause.end - pause.start), 0);
  const count = ordered.length;
  return {
    durationS: round(durationS, 2),
    wordsPerMinute: perMinute(count, spanS),
    articulationWordsPerMinute: perMinute(count, spanS - pausedS),
    fillersPer100Words: per100(countFillers(ordered), count),
    hedgesPer100Words: per100(countHedges(ordered.map((word) => word.norm)), count),
    pauses: pauses.map((pause) => ({ start: round(pause.start, 2), end: round(pause.end, 2) })),
    longestPauseS: round(Math.max(0, ...pauses.map((pause) => pause.end - pause.start)), 2),
  };
}

/** Lower case, no punctuation but inner apostrophes, no recogniser variant marks ("our(2)"). */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/\(\d+\)$/, "")
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9']+/g, "")
    .replace(/^'+|'+$/g, "");
}

interface NormalizedWord extends TimedWord {
  norm: string;
}

function findPauses(words: readonly NormalizedWord[]): Pause[] {
  const pauses: Pause[] = [];
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1];
    const after = words[i];
    if (before === undefined || after === undefined) continue;
    if (after.start - before.end >= PAUSE_MIN_S)
      pauses.push({ start: before.end, end: after.start });
  }
  return pauses;
}

/**
 * Fillers: um, uh, er and erm always; "like", "so" and "you know" only where they hesitate: at
 * the start of the answer or after a pause, followed by a silence, or beside another filler.
 */
function countFillers(words: readonly NormalizedWord[]): number {
  const gapBefore = (i: number) => {
    const previous = words[i - 1];
    const word = words[i];
    return previous === undefined || word === undefined ? Infinity : word.start - previous.end;
  };
  // The end of the answer is no sign of hesitation: "I think so" ends many answers.
  const gapAfter = (i: number) => (i + 1 >= words.length ? 0 : gapBefore(i + 1));
  const isAlways = (i: number) => ALWAYS_FILLERS.has(words[i]?.norm ?? "");
  let fillers = 0;
  for (let i = 0; i < words.length; i++) {
    const norm = words[i]?.norm;
    if (norm === undefined) continue;
    if (ALWAYS_FILLERS.has(norm)) {
      fillers++;
    } else if (norm === "like") {
      const previous = words[i - 1]?.norm;
      const verbOrComparison = previous !== undefined && LIKE_AS_VERB_OR_COMPARISON.has(previous);
      if (
        gapBefore(i) >= PAUSE_MIN_S ||
        gapAfter(i) >= HESITATION_GAP_S ||
        (!verbOrComparison && gapBefore(i) >= HESITATION_GAP_S) ||
        isAlways(i - 1) ||
        isAlways(i + 1)
      ) {
        fillers++;
      }
    } else if (norm === "so") {
      if (
        gapBefore(i) >= PAUSE_MIN_S ||
        gapAfter(i) >= HESITATION_GAP_S ||
        isAlways(i - 1) ||
        isAlways(i + 1)
      ) {
        fillers++;
      }
    } else if (norm === "you" && words[i + 1]?.norm === "know") {
      // "you know" hedges when set off by silence; "you know what we shipped" is a clause.
      if (
        gapBefore(i) >= HESITATION_GAP_S ||
        gapAfter(i + 1) >= HESITATION_GAP_S ||
        isAlways(i - 1) ||
        isAlways(i + 2)
      ) {
        fillers++;
        i++;
      }
    }
  }
  return fillers;
}

/** Hedging phrases ("sort of", "I guess", "maybe", "probably"), each counted once. */
export function countHedges(words: readonly string[]): number {
  let hedges = 0;
  for (let i = 0; i < words.length; i++) {
    const hedge = HEDGES.find((phrase) => phrase.every((part, k) => words[i + k] === part));
    if (hedge === undefined) continue;
    const nounPhrase =
      (hedge[0] === "kind" || hedge[0] === "sort") && KIND_AS_NOUN.has(words[i - 1] ?? "");
    if (nounPhrase) continue;
    hedges++;
    i += hedge.length - 1;
  }
  return hedges;
}

function perMinute(count: number, seconds: number): number {
  return seconds <= 0 ? 0 : round((count * 60) / seconds, 1);
}

function per100(count: number, words: number): number {
  return words === 0 ? 0 : round((count * 100) / words, 1);
}

function round(value: number, places: number): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}
