import winkNLP, { type ItsFunction, type PartOfSpeech, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** One token of an answer, with its character offsets into the original text. */
export interface Token {
  readonly index: number;
  /** The token as written. */
  readonly value: string;
  /** Lower-cased, with contractions spelled out ("'d" → "would", "n't" → "not"). */
  readonly normal: string;
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  /** Inside the scope of a negation ("not", "never", "n't"), as wink's negation model marks it. */
  readonly negated: boolean;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** The entity type (DATE, DURATION, CARDINAL, ...) when the token is part of one. */
  readonly entity: string | undefined;
  /** A word or number, as opposed to punctuation, symbols and white space. */
  readonly isWord: boolean;
  /** The lower-cased word is in the model's English vocabulary (names mostly are not). */
  readonly common: boolean;
}

/** One sentence, as a range of tokens and of characters. */
export interface Sentence {
  readonly index: number;
  readonly firstToken: number;
  /** Inclusive. */
  readonly lastToken: number;
  readonly start: number;
  readonly end: number;
}

/** A named entity wink recognised (DATE, DURATION, CARDINAL, MONEY, PERCENT, ...). */
export interface Entity {
  readonly type: string;
  readonly firstToken: number;
  /** Inclusive. */
  readonly lastToken: number;
  readonly start: number;
  readonly end: number;
}

/** An answer read by the NLP pipeline: plain data, so signals never touch wink's API. */
export interface ParsedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
}

interface Engine {
  readonly wink: WinkMethods;
  /** Lexemes numbered below this come with the model; any other was read in an answer. */
  readonly vocabularySize: number;
  /**
   * Whether wink shipped with the word: its lexicon's own table is read, since wink's lookup
   * builds an array per call and goes through the forgetting proxy (forgetful).
   */
  readonly isShipped: (word: string) => boolean;
  /** How many lexemes the engine holds now, shipped and read: it is rebuilt past a bound. */
  readonly lexemes: () => number;
  /** Forgets the words read since the last call that the model did not ship with. */
  readonly forget: () => void;
}

let engine: Engine | undefined;

/**
 * Lexemes read from answers that an engine may hold before it is rebuilt (about 100 ms). Each
 * unknown word in each answer adds one, since none is remembered from one answer to the next
 * (forgetful, below): this bounds the memory a long-running server gives them.
 */
const LEARNT_LEXEME_LIMIT = 200_000;

/** The parts of wink's core model that hold its lexicon, as its loader lays them out. */
interface CoreLexicon {
  readonly features: {
    readonly lexeme: {
      hash: Record<string, number>;
      readonly list: readonly string[];
      readonly intrinsicSize: number;
    };
  };
}

function isCoreLexicon(core: unknown): core is CoreLexicon {
  const lexeme = (core as { features?: { lexeme?: Partial<CoreLexicon["features"]["lexeme"]> } })
    .features?.lexeme;
  return (
    typeof lexeme?.intrinsicSize === "number" &&
    typeof lexeme.hash === "object" &&
    Array.isArray(lexeme.list)
  );
}

/**
 * A lexeme table that forgets, when told, every word it did not ship with. wink adds every unknown
 * word it reads to its lexicon and consults that lexicon when it tokenises ("lead's," is kept
 * whole once "lead's" is known, and split into "lead" and "'s" before), so without forgetting an
 * answer's tokens, tags and flags would depend on the answers read before it in the same process.
 * wink needs a word it has just added while it reads the same text, so the table forgets after.
 */
function forgetful(
  hash: Record<string, number>,
  shipped: number,
): { table: Record<string, number>; forget: () => void } {
  const learnt: string[] = [];
  const table = new Proxy(hash, {
    set: (target, key, value) => {
      if (typeof key === "string" && typeof value === "number" && value >= shipped) {
        learnt.push(key);
      }
      return Reflect.set(target, key, value);
    },
  });
  const forget = () => {
    for (const key of learnt) Reflect.deleteProperty(hash, key);
    learnt.length = 0;
  };
  return { table, forget };
}

/**
 * The wink pipeline, built on first use and rebuilt once it has read many unknown words:
 * building it costs about 100 ms. Its lexicon forgets every word it did not ship with after each
 * answer (forgetful), so reading an answer gives the same result whatever was read before.
 */
function nlp(): Engine {
  if (engine !== undefined && engine.lexemes() - engine.vocabularySize < LEARNT_LEXEME_LIMIT) {
    return engine;
  }
  let loaded:
    | {
        lexicon: CoreLexicon["features"]["lexeme"];
        shipped: Record<string, number>;
        forget: () => void;
      }
    | undefined;
  const forgettingModel: typeof model = {
    ...model,
    core: (): unknown => {
      const core = (model.core as () => unknown)();
      if (!isCoreLexicon(core)) throw new Error("wink's core model has no lexicon where expected");
      const lexicon = core.features.lexeme;
      const shipped = lexicon.hash;
      const { table, forget } = forgetful(shipped, lexicon.intrinsicSize);
      lexicon.hash = table;
      // The table itself, not the proxy: reading through the proxy costs every lookup.
      loaded = { lexicon, shipped, forget };
      return core;
    },
  };
  const wink = winkNLP(forgettingModel, ["sbd", "negation", "pos", "ner"]);
  if (loaded === undefined) throw new Error("wink did not load its core model");
  const { lexicon, shipped, forget } = loaded;
  const vocabularySize = lexicon.intrinsicSize;
  engine = {
    wink,
    vocabularySize,
    isShipped: (word) => {
      // A name from the table's prototype ("constructor") reads as no number, so as no word.
      const index: unknown = shipped[word];
      return typeof index === "number" && index < vocabularySize;
    },
    lexemes: () => lexicon.list.length,
    forget,
  };
  return engine;
}

/** A token while it is being read: its tags may still be corrected. */
interface DraftToken {
  index: number;
  value: string;
  normal: string;
  lemma: string;
  pos: PartOfSpeech;
  negated: boolean;
  start: number;
  end: number;
  sentence: number;
  entity: string | undefined;
  isWord: boolean;
  common: boolean;
}

/** What the sentence splitting reads of a token. */
interface Tagged {
  readonly value: string;
  readonly pos: PartOfSpeech;
}

// wink keeps "I'm" as one token tagged PROPN; splitting it lets every rule see a subject and a verb.
const I_AM = /^i['’]m$/i;

const SUBJECT_PRONOUNS = new Set(["i", "we", "he", "she", "they", "you"]);
const NOT_VERBS_AFTER_PRONOUN = new Set(["all", "both", "each", "ourselves", "myself", "too"]);

/**
 * The light model sometimes tags the verb right after a subject pronoun as a noun ("I rewrote/NOUN
 * the runner"); a pronoun subject is almost never followed by a noun, so such tokens become verbs.
 */
function fixVerbAfterPronoun(tokens: DraftToken[]): void {
  for (let i = 1; i < tokens.length; i += 1) {
    const previous = tokens[i - 1];
    const token = tokens[i];
    if (previous === undefined || token === undefined) continue;
    const mistagged = token.pos === "NOUN" || token.pos === "PROPN";
    if (
      mistagged &&
      SUBJECT_PRONOUNS.has(previous.normal) &&
      !NOT_VERBS_AFTER_PRONOUN.has(token.normal)
    ) {
      token.pos = "VERB";
    }
  }
}

/**
 * Character offsets: wink gives each token's preceding white space, so offsets follow by walking
 * the text; a token wink changed on the way (rare) is found by searching forward instead.
 */
function locate(text: string, tokens: DraftToken[], spaces: readonly number[]): void {
  let cursor = 0;
  tokens.forEach((token, i) => {
    let start = cursor + (spaces[i] ?? 0);
    if (!text.startsWith(token.value, start)) {
      const found = text.indexOf(token.value, cursor);
      start = found === -1 ? cursor : found;
    }
    const end = text.startsWith(token.value, start) ? start + token.value.length : start;
    token.start = start;
    token.end = end;
    cursor = end;
  });
}

/** One property of every item of a wink list, as a typed array. */
function column<T>(list: { out<U>(itsf: ItsFunction<U>): U[] | string[] }, f: ItsFunction<T>) {
  return list.out<T>(f) as T[];
}

function isWordType(type: string, pos: PartOfSpeech): boolean {
  return (type === "word" || type === "number") && pos !== "PUNCT" && pos !== "SPACE";
}

/**
 * The longest run of characters without white space handed to wink as one piece. wink's tokenizer
 * tries its e-mail, URL and other patterns on each run, in time that grows with the square of the
 * run's length or worse (60,000 characters of "x1-x1-…" took 20 s), while no word or URL a
 * candidate says comes near this length.
 */
export const MAX_RUN = 40;

const LONG_RUN = new RegExp(`\\S{${String(MAX_RUN + 1)},}`, "g");

/** Punctuation and symbols kept in a row: "...", "?!", "--" survive; "!!!!!!!!" becomes "!!!". */
export const MAX_PUNCTUATION_RUN = 3;

const PUNCTUATION_RUN = new RegExp(`[^\\p{L}\\p{N}\\s]{${String(MAX_PUNCTUATION_RUN + 1)},}`, "gu");

/** Every code point of a run after the first MAX_PUNCTUATION_RUN becomes spaces of its length. */
function boundPunctuation(text: string): string {
  return text.replace(PUNCTUATION_RUN, (run) =>
    Array.from(run)
      .map((char, i) => (i < MAX_PUNCTUATION_RUN ? char : " ".repeat(char.length)))
      .join(""),
  );
}

/** A code unit of ASCII white space: space, tab, line feed, vertical tab, form feed, return. */
export function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** A code unit that is an ASCII letter or digit. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * False when neither pattern of boundRuns can match, found in one pass over the code units, so a
 * plain answer skips both replacements. It errs towards true: every code unit outside ASCII counts
 * as both a possible symbol and part of a run, and a true leaves the decision to the patterns.
 */
function mayNeedBounds(text: string): boolean {
  let run = 0;
  let symbols = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const space = isAsciiSpace(code);
    run = space ? 0 : run + 1;
    symbols = space || isAsciiLetterOrDigit(code) ? 0 : symbols + 1;
    if (run > MAX_RUN || symbols > MAX_PUNCTUATION_RUN) return true;
  }
  return false;
}

/**
 * The text as wink reads it: each punctuation mark is a token of its own, so a long run of them
 * costs as much as that many words and says nothing; runs are cut to MAX_PUNCTUATION_RUN. Then,
 * in every run longer than MAX_RUN, a space takes the place of a
 * character after each MAX_RUN characters (both halves of a surrogate pair, so no half is left
 * alone), so the text keeps its length and every offset stays valid.
 */
export function boundRuns(text: string): string {
  if (!mayNeedBounds(text)) return text;
  return boundPunctuation(text).replace(LONG_RUN, (run) => {
    // Code points, so a space never takes half of a surrogate pair.
    const chars = Array.from(run);
    let since = 0;
    for (let i = 0; i < chars.length; i += 1) {
      if (since === MAX_RUN) {
        chars[i] = " ".repeat(chars[i]?.length ?? 1);
        since = 0;
      } else {
        since += 1;
      }
    }
    return chars.join("");
  });
}

const LIST_MARKERS = new Set(["-", "*", "•", "–", "—", "·", "+"]);

/**
 * Where a written answer starts a sentence that wink runs on through: after a blank line, and at
 * each item of a list ("- I wrote a workflow", "2. Took me three weeks", "3) …"), which people
 * write without a full stop. A single line break before anything else may only wrap a line.
 */
function lineBreaks(tokens: readonly Tagged[]): Set<number> {
  const breaks = new Set<number>();
  tokens.forEach((token, i) => {
    if (token.pos !== "SPACE" || !token.value.includes("\n")) return;
    const next = tokens[i + 1];
    if (next === undefined) return;
    const numbered = next.pos === "NUM" && [".", ")"].includes(tokens[i + 2]?.value ?? "");
    const paragraph = (token.value.match(/\n/g) ?? []).length >= 2;
    if (paragraph || numbered || LIST_MARKERS.has(next.value)) breaks.add(i + 1);
  });
  return breaks;
}

/** A token range cut before each break inside it; white space alone is never a sentence. */
function splitAt(
  tokens: readonly Tagged[],
  range: { first: number; last: number },
  breaks: ReadonlySet<number>,
): { first: number; last: number }[] {
  const parts: { first: number; last: number }[] = [];
  let first = range.first;
  for (let t = range.first + 1; t <= range.last; t += 1) {
    if (!breaks.has(t) || tokens.slice(first, t).every((token) => token.pos === "SPACE")) continue;
    parts.push({ first, last: t - 1 });
    first = t;
  }
  parts.push({ first, last: range.last });
  return parts;
}

/** Whether tokens first..last, white space aside, are a number and a full stop: "2.". */
function isListNumber(tokens: readonly Tagged[], first: number, last: number): boolean {
  const words: Tagged[] = [];
  for (let t = first; t <= last; t += 1) {
    const token = tokens[t];
    if (token === undefined || token.pos === "SPACE") continue;
    if (words.length === 2) return false;
    words.push(token);
  }
  return words.length === 2 && /^\d+$/.test(words[0]?.value ?? "") && words[1]?.value === ".";
}

/** wink ends a sentence at the full stop of "2. Took me three weeks"; the number opens the item. */
function joinListNumbers(
  tokens: readonly Tagged[],
  ranges: readonly { first: number; last: number }[],
): { first: number; last: number }[] {
  const joined: { first: number; last: number }[] = [];
  let pending: number | undefined;
  for (const { first, last } of ranges) {
    const number = isListNumber(tokens, first, last);
    if (number && pending === undefined && last + 1 < tokens.length) {
      pending = first;
      continue;
    }
    joined.push({ first: pending ?? first, last });
    pending = undefined;
  }
  if (pending !== undefined) joined.push({ first: pending, last: tokens.length - 1 });
  return joined;
}

/**
 * Reads an answer with wink: sentences, tokens, POS tags, lemmas, entities, negation, offsets.
 * The same text always reads the same, whatever was read before it.
 */
export function parseText(text: string): ParsedText {
  const current = nlp();
  try {
    return readText(text, current);
  } finally {
    current.forget();
  }
}

// wink recognises its helpers by identity (its.span, its.type on entities...), so they are passed
// unbound, as its documentation does; none of them uses `this`.
/* eslint-disable @typescript-eslint/unbound-method */
function readText(text: string, { wink, isShipped }: Engine): ParsedText {
  const its = wink.its;
  const doc = wink.readDoc(boundRuns(text));
  const list = doc.tokens();
  const values = column<string>(list, its.value);
  const normals = column<string>(list, its.normal);
  // wink declares lemma with a model-addons parameter where token functions take a cache.
  const lemma = its.lemma as unknown as ItsFunction<string>;
  const lemmas = column<string>(list, lemma);
  const tags = column<PartOfSpeech>(list, its.pos);
  const negations = column<boolean>(list, its.negationFlag);
  const precedingSpaces = column<string>(list, its.precedingSpaces);
  const types = column<string>(list, its.type);

  // One token per wink token, two for "I'm"; wink numbers its tokens 0..n-1, and firstOf and
  // lastOf say where each begins and ends among ours.
  const split: DraftToken[] = [];
  const spaces: number[] = [];
  const firstOf = new Int32Array(values.length);
  const lastOf = new Int32Array(values.length);
  const draft = (i: number, value: string, normal: string, lemma: string, pos: PartOfSpeech) => {
    split.push({
      index: split.length,
      value,
      normal,
      lemma,
      pos,
      negated: negations[i] ?? false,
      start: 0,
      end: 0,
      sentence: 0,
      entity: undefined,
      // "I" and "am" split from "I'm" keep its type, a word; the tag fixes below never turn a
      // word into punctuation or white space.
      isWord: isWordType(types[i] ?? "word", pos),
      common: isShipped(normal),
    });
  };
  values.forEach((value, i) => {
    firstOf[i] = split.length;
    spaces.push(precedingSpaces[i]?.length ?? 0);
    if (I_AM.test(value)) {
      draft(i, value.slice(0, 1), "i", "i", "PRON");
      spaces.push(0);
      draft(i, value.slice(1), "am", "be", "AUX");
    } else {
      const lower = normals[i] === undefined || lemmas[i] === undefined ? value.toLowerCase() : "";
      draft(i, value, normals[i] ?? lower, lemmas[i] ?? lower, tags[i] ?? "X");
    }
    lastOf[i] = split.length - 1;
  });
  fixVerbAfterPronoun(split);
  locate(text, split, spaces);

  const range = (span: number[]) => ({
    first: firstOf[span[0] ?? 0] ?? 0,
    last: lastOf[span[1] ?? 0] ?? 0,
  });
  const span = its.span as unknown as ItsFunction<number[]>;
  const breaks = lineBreaks(split);
  const ranges = joinListNumbers(
    split,
    column<number[]>(doc.sentences(), span).flatMap((span) => splitAt(split, range(span), breaks)),
  );
  const sentences: Sentence[] = ranges.map(({ first, last }, index) => {
    for (let t = first; t <= last; t += 1) {
      const token = split[t];
      if (token !== undefined) token.sentence = index;
    }
    // A sentence after a blank line starts with a white-space token; evidence should not.
    let visibleFirst = first;
    while (visibleFirst < last && split[visibleFirst]?.pos === "SPACE") visibleFirst += 1;
    let visibleLast = last;
    while (visibleLast > visibleFirst && split[visibleLast]?.pos === "SPACE") visibleLast -= 1;
    return {
      index,
      firstToken: first,
      lastToken: last,
      start: split[visibleFirst]?.start ?? 0,
      end: split[visibleLast]?.end ?? 0,
    };
  });

  const entityList = doc.entities();
  const entitySpans = column<number[]>(entityList, span);
  const entityTypes = column<string>(entityList, its.type);
  const entities: Entity[] = entitySpans.map((span, i) => {
    const { first, last } = range(span);
    const type = entityTypes[i] ?? "UNKNOWN";
    for (let t = first; t <= last; t += 1) {
      const token = split[t];
      if (token !== undefined) token.entity = type;
    }
    return {
      type,
      firstToken: first,
      lastToken: last,
      start: split[first]?.start ?? 0,
      end: split[last]?.end ?? 0,
    };
  });

  return { text, tokens: split, sentences, entities };
}
/* eslint-enable @typescript-eslint/unbound-method */

/** The index of the sentence that holds character `offset` (the nearest before it, between two). */
export function sentenceAtOffset(parsed: ParsedText, offset: number): number {
  const { sentences } = parsed;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((sentences[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return sentences[low]?.index ?? 0;
}

/** The first and last token of a sentence; an empty range ([0, -1]) for no such sentence. */
export function sentenceRange(parsed: ParsedText, sentence: number): [number, number] {
  const s = parsed.sentences[sentence];
  return s === undefined ? [0, -1] : [s.firstToken, s.lastToken];
}

/** The tokens of a sentence, punctuation included; none for no such sentence. */
export function sentenceTokens(parsed: ParsedText, sentence: number): Token[] {
  const [first, last] = sentenceRange(parsed, sentence);
  return parsed.tokens.slice(first, last + 1);
}

/** The first token that starts at or after character `offset`, found by halving; undefined past the end. */
export function tokenAtOffset(parsed: ParsedText, offset: number): Token | undefined {
  const { tokens } = parsed;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return tokens[low];
}
