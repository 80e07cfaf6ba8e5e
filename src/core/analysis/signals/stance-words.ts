import { type ParsedText, sentenceTokens, type Token } from "../nlp.ts";

// Token helpers shared by the readings of a pushback reply (stance-revision.ts, stance-reasons.ts).

const STOP_POS = new Set(["PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "INTJ", "PUNCT"]);

/** A word that carries meaning: not a pronoun, article, preposition, auxiliary or particle. */
export function isContent(token: Token): boolean {
  return token.isWord && !STOP_POS.has(token.pos) && token.normal.length > 2;
}

/** Spoken openers skipped when looking for how a sentence starts: "Oh, okay, so…". */
export const OPENERS = new Set([
  "oh",
  "ah",
  "okay",
  "ok",
  "yeah",
  "yes",
  "right",
  "fine",
  "well",
  "um",
  "uh",
  "hm",
  "hmm",
  "mm",
  "huh",
  "like",
  "and",
  "but",
  "true",
  "fair",
  "sure",
]);

/** Entity types of figures with a unit: a percentage, money, a date, a duration, a time. */
export const UNIT_FIGURES: ReadonlySet<string> = new Set([
  "PERCENT",
  "MONEY",
  "DATE",
  "DURATION",
  "TIME",
]);

/** The words of one sentence, in order. */
export function sentenceWords(parsed: ParsedText, sentence: number): Token[] {
  return sentenceTokens(parsed, sentence).filter((t) => t.isWord);
}

/** Light verbs that carry no matter of their own: "have", "make", "get", "need". */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  "be",
  "have",
  "do",
  "go",
  "make",
  "get",
  "take",
  "give",
  "need",
  "want",
  "use",
  "keep",
  "come",
  "see",
  "know",
]);
