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
  /** The cue's place in its list: of two matches of one length, the earlier cue is reported. */
  readonly order: number;
}

/**
 * The cues that begin with one word, indexed again by their second word where it is a required
 * word: most tries of a cue fail on its second word, and a common first word ("i", "we", "the")
 * begins dozens of cues.
 */
interface Bucket {
  readonly bySecondWord: ReadonlyMap<string, readonly Compiled[]>;
  /** Cues of one word, or whose second element is optional, a part of speech or any word. */
  readonly rest: readonly Compiled[];
}

/** Cues compiled once and indexed by their first two words, so matching stays linear in practice. */
export interface PhraseSet {
  readonly byFirstWord: ReadonlyMap<string, Bucket>;
  /** The keys of byFirstWord, as an array: walked once for every text the set is tried on. */
  readonly firstWords: readonly string[];
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

/**
 * The positions in from..to where a word some cue begins with stands, in order. A word standing
 * as both normal form and lemma of one token lists it twice: findPhrases passes over a position
 * it has already read.
 */
function candidateStarts(parsed: ParsedText, set: PhraseSet, from: number, to: number): Int32Array {
  const index = positionsOf(parsed);
  const starts: number[] = [];
  for (const word of set.firstWords) {
    const positions = index.get(word);
    if (positions === undefined) continue;
    for (const at of positions) if (at >= from && at <= to) starts.push(at);
  }
  // A typed array sorts numbers in place, without a comparator called for each pair.
  const sorted = new Int32Array(starts.length);
  sorted.set(starts);
  return sorted.sort();
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
  const byFirstWord = new Map<
    string,
    { bySecondWord: Map<string, Compiled[]>; rest: Compiled[] }
  >();
  const unindexed: Compiled[] = [];
  const append = <K>(map: Map<K, Compiled[]>, key: K, compiled: Compiled) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [compiled]);
    else list.push(compiled);
  };
  cues.forEach((cue, order) => {
    const elements = cue.trim().split(/\s+/).map(compileElement);
    const compiled = { cue, elements, order };
    const [head, second] = elements;
    if (head?.words === undefined || head.optional) {
      unindexed.push(compiled);
      return;
    }
    for (const word of head.words) {
      let bucket = byFirstWord.get(word);
      if (bucket === undefined) {
        bucket = { bySecondWord: new Map(), rest: [] };
        byFirstWord.set(word, bucket);
      }
      if (second?.words === undefined || second.optional) bucket.rest.push(compiled);
      else for (const next of second.words) append(bucket.bySecondWord, next, compiled);
    }
  });
  return { byFirstWord, firstWords: [...byFirstWord.keys()], unindexed };
}

const NAMED = new Map<string, ReadonlySet<string>>();

/**
 * Every word a cue names, alternatives and optional words included: "say|said no" names "say",
 * "said" and "no"; "should not? have" names "not". Parts of speech and `*` name no word.
 */
export function cueWords(cue: string): ReadonlySet<string> {
  let words = NAMED.get(cue);
  if (words === undefined) {
    words = new Set(
      cue
        .trim()
        .split(/\s+/)
        .flatMap((source) => [...(compileElement(source).words ?? [])]),
    );
    NAMED.set(cue, words);
  }
  return words;
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
  // A line wrapped inside a sentence ("I'd\nstill keep it") does not break a cue.
  if (e > 0 && wrapsLine(tokens, at)) return matchFrom(tokens, at + 1, elements, e);
  const token = tokens[at];
  if (token !== undefined && token.pos !== "SPACE" && elementMatches(element, token)) {
    const end = matchFrom(tokens, at + 1, elements, e + 1);
    if (end !== -1) return end;
  }
  return element.optional ? matchFrom(tokens, at, elements, e + 1) : -1;
}

/**
 * Whether token `at` is a single line break inside a sentence: a line wrapped where the writer's
 * editor or email wrapped it. A blank line, or a break before a list item, ends the sentence.
 */
function wrapsLine(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.pos !== "SPACE" || token.value.indexOf("\n") !== token.value.lastIndexOf("\n")) {
    return false;
  }
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return before !== undefined && after !== undefined && before.sentence === after.sentence;
}

/** The next token after `at` that is not a wrapped line. */
function nextWord(tokens: readonly Token[], at: number): number {
  let next = at + 1;
  while (wrapsLine(tokens, next)) next += 1;
  return next;
}

/** A match and the place of its cue in the list, to break ties between matches of one length. */
interface Found {
  readonly match: PhraseMatch;
  readonly order: number;
}

/**
 * The longest match starting at token i of the cues in `list` whose first `matched` elements are
 * known to match tokens i onward, up to but not including token `from`; of two of one length, the
 * earlier cue.
 */
function longestOf(
  tokens: readonly Token[],
  i: number,
  from: number,
  to: number,
  list: readonly Compiled[],
  matched: number,
  found: Found | undefined,
): Found | undefined {
  let best = found;
  for (const compiled of list) {
    const last = matchFrom(tokens, from, compiled.elements, matched);
    if (last < i || last > to) continue;
    if (
      best === undefined ||
      last > best.match.last ||
      (last === best.match.last && compiled.order < best.order)
    ) {
      best = { match: { cue: compiled.cue, first: i, last }, order: compiled.order };
    }
  }
  return best;
}

/** The longer of two matches at one token; of two of one length, the one found first. */
function longer(first: Found | undefined, then: Found | undefined): Found | undefined {
  if (first === undefined) return then;
  return then !== undefined && then.match.last > first.match.last ? then : first;
}

const NONE: readonly Compiled[] = [];

/** The longest match at token i of the cues whose first word is `word` (token i's). */
function bucketAt(
  tokens: readonly Token[],
  i: number,
  to: number,
  bucket: Bucket | undefined,
): Found | undefined {
  if (bucket === undefined) return undefined;
  // The first word matches by the index; where the second does too, matching starts after it.
  let best = longestOf(tokens, i, i + 1, to, bucket.rest, 1, undefined);
  const at = nextWord(tokens, i);
  const next = tokens[at];
  if (next === undefined || next.pos === "SPACE") return best;
  best = longestOf(tokens, i, at + 1, to, bucket.bySecondWord.get(next.normal) ?? NONE, 2, best);
  return next.lemma === next.normal
    ? best
    : longestOf(tokens, i, at + 1, to, bucket.bySecondWord.get(next.lemma) ?? NONE, 2, best);
}

/** The longest match at token i of the cues indexed by its normal form or by its lemma. */
function indexedAt(
  tokens: readonly Token[],
  i: number,
  to: number,
  set: PhraseSet,
  token: Token,
): Found | undefined {
  if (token.pos === "SPACE") return undefined;
  const best = bucketAt(tokens, i, to, set.byFirstWord.get(token.normal));
  return token.lemma === token.normal
    ? best
    : longer(best, bucketAt(tokens, i, to, set.byFirstWord.get(token.lemma)));
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
      const best = indexedAt(tokens, i, to, set, token)?.match;
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
    const indexed = indexedAt(tokens, i, to, set, token);
    const best = longer(indexed, longestOf(tokens, i, i, to, set.unindexed, 0, undefined))?.match;
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
