import { type Evidence, evidenceAt } from "../evidence.ts";
import type { ParsedText } from "../nlp.ts";

/** Speaking rate assumed for a spoken answer, in words per minute. */
export const WORDS_PER_MINUTE = 150;

/** An answer longer than this runs past about three minutes of speech. */
export const TOO_LONG_WORDS = 3 * WORDS_PER_MINUTE;

/** How long the answer is, written and spoken. */
export interface LengthSignal {
  readonly words: number;
  readonly sentences: number;
  readonly minutesSpoken: number;
  /** The sentence in which the three-minute mark falls, when the answer passes it. */
  readonly pastLimit: Evidence | undefined;
}

// A word is a run of non-space characters with a letter or a digit in it, the way a word
// processor counts: "on-call" and "didn't" are one word each, "—" is none. Runs are found first
// and tested after, which keeps the count linear on runs with no letter at all.
const RUN = /\S+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Counts words and sentences and finds where the three-minute mark falls. */
export function readLength(parsed: ParsedText): LengthSignal {
  let words = 0;
  let limitOffset: number | undefined;
  for (const match of parsed.text.matchAll(RUN)) {
    if (!LETTER_OR_DIGIT.test(match[0])) continue;
    words += 1;
    if (words === TOO_LONG_WORDS + 1) limitOffset = match.index;
  }
  const sentences = parsed.sentences.filter((s) => s.end > s.start).length;
  let pastLimit: Evidence | undefined;
  if (limitOffset !== undefined) {
    const at = limitOffset;
    const sentence = parsed.sentences.find((s) => s.start <= at && at < s.end);
    pastLimit =
      sentence === undefined
        ? evidenceAt(parsed.text, at, parsed.text.length)
        : evidenceAt(parsed.text, sentence.start, sentence.end);
  }
  return {
    words,
    sentences,
    minutesSpoken: Math.round((words / WORDS_PER_MINUTE) * 10) / 10,
    pastLimit,
  };
}
