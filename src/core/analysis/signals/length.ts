import { type Evidence, evidenceAt } from "../evidence.ts";
import { isAsciiLetterOrDigit, isAsciiSpace, type ParsedText } from "../nlp.ts";

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
// processor counts: "on-call" and "didn't" are one word each, "—" is none. The text is walked once,
// code unit by code unit, so the count is linear and allocates nothing.
const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isSpaceAt(text: string, i: number, code: number): boolean {
  if (code < 128) return isAsciiSpace(code);
  return SPACE.test(text.charAt(i));
}

/** Whether the character at i is a letter or digit; a surrogate pair is read whole. */
function isLetterOrDigitAt(text: string, i: number, code: number): boolean {
  if (code < 128) return isAsciiLetterOrDigit(code);
  const point = text.codePointAt(i) ?? code;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(point));
}

/** How many words the text has, and where word number `limit` starts when it has that many. */
function countWords(text: string, limit: number): { words: number; limitOffset?: number } {
  let words = 0;
  let limitOffset: number | undefined;
  let runStart = -1;
  let counted = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isSpaceAt(text, i, code)) {
      runStart = -1;
      continue;
    }
    if (runStart === -1) {
      runStart = i;
      counted = false;
    }
    if (counted || !isLetterOrDigitAt(text, i, code)) continue;
    counted = true;
    words += 1;
    if (words === limit) limitOffset = runStart;
  }
  return limitOffset === undefined ? { words } : { words, limitOffset };
}

/** Counts words and sentences and finds where the three-minute mark falls. */
export function readLength(parsed: ParsedText): LengthSignal {
  const { words, limitOffset } = countWords(parsed.text, TOO_LONG_WORDS + 1);
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
