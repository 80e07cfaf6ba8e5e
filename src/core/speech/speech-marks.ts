import type { TimedWord } from "./speech-metrics.ts";

/**
 * The shortest silence between words counted as a pause. Silences in read and spontaneous speech
 * fall into short (under 0.2 s), medium and long (over 1 s) groups; only the long ones are heard
 * as the speaker stopping (docs/speech.md).
 */
export const PAUSE_MIN_S = 1;

/** A silence this long beside "like", "so" or "you know" marks it as hesitation, not grammar. */
export const HESITATION_GAP_S = 0.3;

/** A recognised word in speaking order, with what it does in the answer. */
export interface MarkedWord extends TimedWord {
  /** The word lower-cased without punctuation or recogniser marks, as the rules read it. */
  norm: string;
  /** A filler ("um", a hesitating "like") or part of a hedge ("sort of", "maybe"). */
  mark?: "filler" | "hedge";
  /** The silence before this word, when it is a pause (PAUSE_MIN_S or longer). */
  pauseBeforeS?: number;
}

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

/** Words after "so" that make it grammar ("so that", "so much", "so far"). */
const SO_JOINED = new Set(["that", "much", "many", "far", "long", "few", "little"]);

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

/** An answer read for its fillers and hedges, each counted once however many words it has. */
export interface MarkedSpeech {
  words: MarkedWord[];
  fillers: number;
  hedges: number;
}

/**
 * The words in speaking order, each marked as a filler, a hedge or neither, with the pause before
 * it: what the metrics count and what the transcript under "How it sounded" highlights, from one
 * reading so the two never disagree.
 */
export function markSpeech(words: readonly TimedWord[]): MarkedSpeech {
  const ordered: MarkedWord[] = words
    .map((word) => ({
      word: word.word,
      start: word.start,
      end: word.end,
      norm: normalizeWord(word.word),
    }))
    .filter((word) => word.norm !== "")
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < ordered.length; i++) {
    const word = ordered[i];
    const gap = word === undefined ? 0 : word.start - (ordered[i - 1]?.end ?? word.start);
    if (word !== undefined && gap >= PAUSE_MIN_S) word.pauseBeforeS = gap;
  }
  const hedges = findHedges(ordered.map((word) => word.norm));
  const fillers = findFillers(ordered);
  for (const i of hedges.flat()) markAt(ordered, i, "hedge");
  // A filler wins over a hedge: "I guess um" keeps "um" a filler whatever surrounds it.
  for (const i of fillers.flat()) markAt(ordered, i, "filler");
  return { words: ordered, fillers: fillers.length, hedges: hedges.length };
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

function markAt(words: MarkedWord[], i: number, mark: "filler" | "hedge") {
  const word = words[i];
  if (word !== undefined) word.mark = mark;
}

/**
 * Fillers: um, uh, er and erm always; "like", "so" and "you know" only where they hesitate: at
 * the start of the answer or after a pause, followed by a silence, or beside another filler.
 * Returns each filler as the indexes of its words.
 */
function findFillers(words: readonly MarkedWord[]): number[][] {
  const gapBefore = (i: number) => {
    const previous = words[i - 1];
    const word = words[i];
    return previous === undefined || word === undefined ? Infinity : word.start - previous.end;
  };
  // The end of the answer is no sign of hesitation: "I think so" ends many answers.
  const gapAfter = (i: number) => (i + 1 >= words.length ? 0 : gapBefore(i + 1));
  const isAlways = (i: number) => ALWAYS_FILLERS.has(words[i]?.norm ?? "");
  const fillers: number[][] = [];
  for (let i = 0; i < words.length; i++) {
    const norm = words[i]?.norm;
    if (norm === undefined) continue;
    if (ALWAYS_FILLERS.has(norm)) {
      fillers.push([i]);
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
        fillers.push([i]);
      }
    } else if (norm === "so") {
      // "so that" and "so much" run straight on; a pause before them opens a clause, not a stall.
      const joined = gapAfter(i) < HESITATION_GAP_S && SO_JOINED.has(words[i + 1]?.norm ?? "");
      if (joined) continue;
      if (
        gapBefore(i) >= PAUSE_MIN_S ||
        gapAfter(i) >= HESITATION_GAP_S ||
        isAlways(i - 1) ||
        isAlways(i + 1)
      ) {
        fillers.push([i]);
      }
    } else if (norm === "you" && words[i + 1]?.norm === "know") {
      // "you know" hedges when set off by silence; "you know what we shipped" is a clause.
      if (
        gapBefore(i) >= HESITATION_GAP_S ||
        gapAfter(i + 1) >= HESITATION_GAP_S ||
        isAlways(i - 1) ||
        isAlways(i + 2)
      ) {
        fillers.push([i, i + 1]);
        i++;
      }
    }
  }
  return fillers;
}

/** Hedging phrases ("sort of", "I guess", "maybe"), each as the indexes of its words. */
function findHedges(words: readonly string[]): number[][] {
  const hedges: number[][] = [];
  for (let i = 0; i < words.length; i++) {
    const hedge = HEDGES.find((phrase) => phrase.every((part, k) => words[i + k] === part));
    if (hedge === undefined) continue;
    const nounPhrase =
      (hedge[0] === "kind" || hedge[0] === "sort") && KIND_AS_NOUN.has(words[i - 1] ?? "");
    if (nounPhrase) continue;
    hedges.push(hedge.map((_, k) => i + k));
    i += hedge.length - 1;
  }
  return hedges;
}
