import type { ParsedText, Token } from "./nlp.ts";

/**
 * Multi-word cues matched on tokens, not characters, so one cue covers its inflections and
 * contractions: "i would have" matches "I'd have" and "I would've"; "~learn" matches "learned".
 *
 * A cue is words separated by spaces. Each word is one of:
 * - `word` — the token's normal form or its lemma equals `word`; `a|b` offers alternatives;
 * - `#POS` — the token has that part of speech (`#NUM`, `#PROPN`, ...);
 * - `*` — any one word;
 * - any of these followed by `?` — optional.
 */
export interface PhraseMatch {
  readonly cue: string;
  readonly first: number;
  /** Inclusive. */
  readonly last: number;
}

interface Element {
  readonly words: ReadonlySet<string> | undefined;
  readonly pos: string | undefined;
  readonly optional: boolean;
}

interface Compiled {
  readonly cue: string;
  readonly elements: readonly Element[];
}

/** Cues compiled once and indexed by their first word, so matching stays linear in practice. */
export interface PhraseSet {
  readonly byFirstWord: ReadonlyMap<string, readonly Compiled[]>;
  readonly unindexed: readonly Compiled[];
}

/**
 * Where each word of a text stands, by its normal form and by its lemma, built once per text:
 * a cue list whose cues all begin with a word is tried only where one of those words stands,
 * not at every token (an answer is read against about a hundred lists).
 */
const POSITIONS = new WeakMap<ParsedText, ReadonlyMap<string, readonly number[]>>();

function positionsOf(parsed: ParsedText): ReadonlyMap<string, readonly number[]> {
  const known = POSITIONS.get(parsed);
  if (known !== undefined) return known;
  const index = new Map<string, number[]>();
  const add = (word: string, at: number) => {
    const list = index.get(word);
    if (list === undefined) index.set(word, [at]);
    else list.push(at);
  };
  parsed.tokens.forEach((token, at) => {
    // A space never matches a cue's first word (matchFrom).
    if (token.pos === "SPACE") return;
    add(token.normal, at);
    if (token.lemma !== token.normal) add(token.lemma, at);
  });
  POSITIONS.set(parsed, index);
  return index;
}

/** The positions in from..to where a word some cue begins with stands, in order. */
function candidateStarts(parsed: ParsedText, set: PhraseSet, from: number, to: number): number[] {
  const index = positionsOf(parsed);
  const starts: number[] = [];
  for (const word of set.byFirstWord.keys()) {
    for (const at of index.get(word) ?? []) if (at >= from && at <= to) starts.push(at);
  }
  // A word standing as both normal form and lemma of one token may list it twice: findPhrases
  // passes over a position it has already read.
  return starts.sort((a, b) => a - b);
}

function compileElement(source: string): Element {
  const optional = source.endsWith("?");
  const body = optional ? source.slice(0, -1) : source;
  if (body === "*") return { words: undefined, pos: undefined, optional };
  if (body.startsWith("#")) return { words: undefined, pos: body.slice(1), optional };
  return { words: new Set(body.toLowerCase().split("|")), pos: undefined, optional };
}

/** Compiles a list of cues (see the module comment for the syntax). */
export function compilePhrases(cues: readonly string[]): PhraseSet {
  const byFirstWord = new Map<string, Compiled[]>();
  const unindexed: Compiled[] = [];
  for (const cue of cues) {
    const elements = cue.trim().split(/\s+/).map(compileElement);
    const compiled = { cue, elements };
    const head = elements[0];
    if (head?.words === undefined || head.optional) {
      unindexed.push(compiled);
      continue;
    }
    for (const word of head.words) {
      const bucket = byFirstWord.get(word) ?? [];
      bucket.push(compiled);
      byFirstWord.set(word, bucket);
    }
  }
  return { byFirstWord, unindexed };
}

function elementMatches(element: Element, token: Token): boolean {
  if (element.pos !== undefined) return token.pos === element.pos;
  if (element.words === undefined) return token.isWord;
  return element.words.has(token.normal) || element.words.has(token.lemma);
}

/** The index of the last token matched, or -1. Optional elements are tried both ways. */
function matchFrom(
  tokens: readonly Token[],
  at: number,
  elements: readonly Element[],
  e: number,
): number {
  if (e === elements.length) return at - 1;
  const element = elements[e];
  if (element === undefined) return -1;
  const token = tokens[at];
  if (token !== undefined && token.pos !== "SPACE" && elementMatches(element, token)) {
    const end = matchFrom(tokens, at + 1, elements, e + 1);
    if (end !== -1) return end;
  }
  return element.optional ? matchFrom(tokens, at, elements, e + 1) : -1;
}

const NONE: readonly Compiled[] = [];

/** The longest match of any cue in `list` starting at token i, better than `best`. */
function longestFrom(
  tokens: readonly Token[],
  i: number,
  to: number,
  list: readonly Compiled[],
  best: PhraseMatch | undefined,
): PhraseMatch | undefined {
  let found = best;
  for (const compiled of list) {
    const last = matchFrom(tokens, i, compiled.elements, 0);
    if (last >= i && last <= to && (found === undefined || last > found.last)) {
      found = { cue: compiled.cue, first: i, last };
    }
  }
  return found;
}

/** The longest match at token i of the cues indexed by its normal form or by its lemma. */
function indexedAt(
  tokens: readonly Token[],
  i: number,
  to: number,
  set: PhraseSet,
  token: Token,
): PhraseMatch | undefined {
  const best = longestFrom(tokens, i, to, set.byFirstWord.get(token.normal) ?? NONE, undefined);
  return token.lemma === token.normal
    ? best
    : longestFrom(tokens, i, to, set.byFirstWord.get(token.lemma) ?? NONE, best);
}

/**
 * Every place a cue matches, longest match first at each position; matches never overlap, so a
 * phrase is counted once.
 */
export function findPhrases(
  parsed: ParsedText,
  set: PhraseSet,
  from = 0,
  to = parsed.tokens.length - 1,
): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  const { tokens } = parsed;
  if (set.unindexed.length === 0) {
    // Only where a cue's first word stands can one start; the rest of the text is skipped.
    let next = from;
    for (const i of candidateStarts(parsed, set, from, to)) {
      if (i < next) continue;
      next = i + 1;
      const token = tokens[i];
      if (token === undefined) break;
      const best = indexedAt(tokens, i, to, set, token);
      if (best === undefined) continue;
      matches.push(best);
      next = best.last + 1;
    }
    return matches;
  }
  let i = from;
  while (i <= to) {
    const token = tokens[i];
    if (token === undefined) break;
    // The cues indexed by the token's normal form or lemma, then those with no first word.
    const best = longestFrom(tokens, i, to, set.unindexed, indexedAt(tokens, i, to, set, token));
    if (best === undefined) {
      i += 1;
    } else {
      matches.push(best);
      i = best.last + 1;
    }
  }
  return matches;
}

/** The sentences where a cue of the set matches (and `keep` accepts the match). */
export function sentencesWith(
  parsed: ParsedText,
  set: PhraseSet,
  keep: (match: PhraseMatch) => boolean = () => true,
): Set<number> {
  const out = new Set<number>();
  for (const match of findPhrases(parsed, set)) {
    if (!keep(match)) continue;
    const sentence = parsed.tokens[match.first]?.sentence;
    if (sentence !== undefined) out.add(sentence);
  }
  return out;
}

/** True when a cue matches anywhere within tokens `from` to `to`. */
export function hasPhrase(parsed: ParsedText, set: PhraseSet, from = 0, to?: number): boolean {
  return findPhrases(parsed, set, from, to).length > 0;
}
