import type { TimedWord } from "./speech-metrics.ts";

/**
 * A silence this long between two words is taken for the end of a sentence. Within a sentence
 * speakers leave about a fifth of a second between phrases; between sentences, half a second or
 * more (docs/speech.md).
 */
export const SENTENCE_GAP_S = 0.45;

const FIRST_PERSON = new Set(["i", "i'm", "i'd", "i've", "i'll"]);

/**
 * The words of an engine that writes no punctuation (pocketsphinx), made into sentences a reader
 * and the coach can take: a full stop where the speaker paused for a sentence, a capital at each
 * sentence's start, and "I" as a capital. Words already punctuated are left as they are.
 */
export function punctuateWords(words: readonly TimedWord[]): string {
  let text = "";
  let startsSentence = true;
  words.forEach((word, index) => {
    let spelled = FIRST_PERSON.has(word.word) ? `I${word.word.slice(1)}` : word.word;
    if (startsSentence) spelled = spelled.charAt(0).toUpperCase() + spelled.slice(1);
    const next = words[index + 1];
    const ends = next === undefined || next.start - word.end >= SENTENCE_GAP_S;
    const punctuated = /[.!?,;:]$/.test(spelled);
    text += `${index === 0 ? "" : " "}${spelled}${ends && !punctuated ? "." : ""}`;
    startsSentence = ends || /[.!?]$/.test(spelled);
  });
  return text;
}
