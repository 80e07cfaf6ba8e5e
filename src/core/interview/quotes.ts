import {
  compilePhrases,
  findPhrases,
  parseText,
  clauseIndex,
  readClauses,
  type Clause,
  type ParsedText,
  type Token,
} from "./analysis-helpers.ts";

/** Follow-ups quote the candidate briefly: a long quote reads as reciting the answer back. */
export const ANCHOR_WORDS = 8;

/** A quote shorter than this is a torn fragment ("data", "Okay"): the probe asks without one. */
export const MIN_ANCHOR_WORDS = 3;

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
function phraseAround(text: string, start: number, end: number, maxWords = ANCHOR_WORDS): string {
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
    // Tokens written together ("Kafka-based") stay in the phrase whatever their tags.
    const attached = (at: number) =>
      run.length > 0 && parsed.tokens[at]?.start === parsed.tokens[at - 1]?.end;
    while (
      i < parsed.tokens.length &&
      (CHUNK_POS.has(parsed.tokens[i]?.pos ?? "X") || attached(i))
    ) {
      // A number after a noun opens a new phrase: "billing | three months later".
      const after = HEAD_POS.has(parsed.tokens[i - 1]?.pos ?? "X") && run.length > 0;
      if (after && parsed.tokens[i]?.pos === "NUM") break;
      // A sentence the parser missed ends the phrase: "every 100 ms. | Redis can go down".
      if (run.length > 0 && hiddenSentenceEnd(parsed, i - 1)) break;
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
    // "Kafka-based invoice pipeline": the written words around the chunk count, names included.
    const written = wholeWords(parsed.text, first.start, head.end);
    const proper = tokens.some((t) => t.pos === "PROPN") || /^\p{Lu}/u.test(written) ? 2 : 0;
    const repeated = tokens.reduce(
      (sum, t) => sum + Math.min((counts.get(t.lemma) ?? 1) - 1, 2),
      0,
    );
    // Candidates name what they worked on early; a phrase in the first sentence is likelier it.
    const early = first.sentence === 0 ? 1 : 0;
    chunks.push({
      start: first.start,
      end: head.end,
      score: Math.min(written.split(/\s+/).length, 4) + proper + repeated + early,
    });
  }
  return chunks;
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

// A quote may not end on these: it would stop mid-thought ("a disagreement about").
const OPEN_ENDED_POS: ReadonlySet<string> = new Set([
  "ADP",
  "DET",
  "CCONJ",
  "SCONJ",
  "PART",
  "AUX",
  "PUNCT",
  "SYM",
]);
// A quote may not open on these: it would start mid-thought ("and then we", "of week four").
const OPEN_STARTED_POS: ReadonlySet<string> = new Set(["CCONJ", "PUNCT", "SYM", "ADP"]);
// Words that open a clause leaning on another: quoted alone they say nothing ("Before it hit",
// "If I were doing it again", "As I said").
const SUBORDINATORS: ReadonlySet<string> = new Set(
  `if when whenever before after as because while since although though once until unless
  whereas`
    .split(/\s+/)
    .filter(Boolean),
);
// Words inside a quote that open a clause it must finish: "evaluations whose only purpose".
const RELATIVES: ReadonlySet<string> = new Set(["whose", "which", "who", "whom", "that"]);
// Verbs that carry no matter of their own: "As I said", "I think I'd".
const EMPTY_VERBS: ReadonlySet<string> = new Set(
  "say tell think mean know guess feel be have do get".split(" "),
);
// Parts of a noun phrase: a quote that stops between two of them tears the phrase apart.
const NOMINAL_POS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
// What a verb's object opens with.
const OBJECT_POS: ReadonlySet<string> = new Set(["DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"]);
// Tokens that close a clause inside a sentence.
const CLAUSE_BREAK = /^[,;:()—–]$|^--$/;

// One turn reads the same answers several times (for a gap, a claim, a project's name); parsing
// is the cost, so the last few parses are kept. Parsing is pure, so this changes no result.
const recentParses = new Map<string, ParsedText>();

// The clauses of a kept parse, read once for the readers of views (claimSpans, viewOpening).
const clausesOfParse = new WeakMap<ParsedText, readonly Clause[]>();

export function clausesOnce(parsed: ParsedText): readonly Clause[] {
  let clauses = clausesOfParse.get(parsed);
  if (clauses === undefined) {
    clauses = readClauses(parsed);
    clausesOfParse.set(parsed, clauses);
  }
  return clauses;
}

/** The parse of `text`, from the last few parses when it is there. */
export function parsedOnce(text: string): ParsedText {
  const kept = recentParses.get(text);
  if (kept !== undefined) return kept;
  const parsed = parseText(text);
  recentParses.set(text, parsed);
  const oldest = recentParses.keys().next().value;
  if (recentParses.size > 16 && oldest !== undefined) recentParses.delete(oldest);
  return parsed;
}

/** Lower-case words only, for comparing anchors: "The team decided," and "the team decided". */
export function anchorKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a phrase, as a reader counts them: "Kafka-based" is one. */
export function wordCount(phrase: string): number {
  return phrase.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Abbreviations a capitalised word may follow inside one sentence ("Dr. Okafor"). */
const TITLES = new Set(["mr", "mrs", "ms", "dr", "prof", "st", "mt", "vs"]);

/**
 * A sentence that ends after token `i` although the parser kept one sentence: the tagger reads
 * some units as abbreviations, so "every 100 ms. Redis can go down" stays whole. A full stop (on
 * its own or closing the word) followed by a capitalised word ends a sentence, after a title
 * only when a number comes before it ("100 ms." is a unit, "Ms. Okafor" a title).
 */
function hiddenSentenceEnd(parsed: ParsedText, i: number): boolean {
  const token = parsed.tokens[i];
  const next = parsed.tokens[i + 1];
  if (token === undefined || next === undefined || !/^\p{Lu}/u.test(next.value)) return false;
  if (token.value === ".") {
    const word = parsed.tokens[i - 1];
    const title = TITLES.has((word?.value ?? "").toLowerCase());
    return !title || parsed.tokens[i - 2]?.pos === "NUM";
  }
  if (!token.value.endsWith(".") || token.value.length < 2) return false;
  const title = TITLES.has(token.value.slice(0, -1).toLowerCase());
  return !title || parsed.tokens[i - 1]?.pos === "NUM";
}

/** The tokens of the clause that holds token `at`: its sentence, cut at clause punctuation. */
function clauseTokens(parsed: ParsedText, at: number): Token[] {
  const token = parsed.tokens[at];
  const sentence = token === undefined ? undefined : parsed.sentences[token.sentence];
  if (token === undefined || sentence === undefined) return [];
  const breaksAfter = (i: number) =>
    CLAUSE_BREAK.test(parsed.tokens[i + 1]?.value ?? "") || hiddenSentenceEnd(parsed, i);
  let first = at;
  while (
    first > sentence.firstToken &&
    !CLAUSE_BREAK.test(parsed.tokens[first - 1]?.value ?? "") &&
    !hiddenSentenceEnd(parsed, first - 1)
  ) {
    first -= 1;
  }
  let last = at;
  while (last < sentence.lastToken && !breaksAfter(last)) {
    last += 1;
  }
  return parsed.tokens.slice(first, last + 1).filter((t) => t.value.trim() !== "");
}

/** Where the whitespace-separated word around `offset` ends. */
function endOfWord(text: string, offset: number): number {
  let to = offset;
  while (to < text.length && !/\s/.test(text[to] ?? " ")) to += 1;
  return to;
}

/** Where the whitespace-separated word around `offset` starts. */
function startOfWord(text: string, offset: number): number {
  let from = offset;
  while (from > 0 && !/\s/.test(text[from - 1] ?? " ")) from -= 1;
  return from;
}

/** Widens a character range to whole whitespace-separated words, so no compound is torn. */
function wholeWords(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && !/\s/.test(text[from - 1] ?? " ")) from -= 1;
  while (to < text.length && !/\s/.test(text[to] ?? " ")) to += 1;
  return text.slice(from, to).replace(EDGE_PUNCTUATION, "");
}

/**
 * A phrase a person would quote back: words of one clause of one sentence, starting at the
 * evidence, at least MIN_ANCHOR_WORDS and at most about `maxWords` words, never stopping on a
 * preposition or article, never inside a noun phrase or a hyphenated word, never opening on a
 * preposition or a word that makes the clause lean on another ("if", "before", "as"), never
 * stopping inside a relative clause it opened, and saying something beyond who spoke ("As I
 * said" does not). "" when there is none.
 */
export function clausePhrase(parsed: ParsedText, start: number, maxWords = ANCHOR_WORDS): string {
  const at = parsed.tokens.findIndex((token) => token.end > start && token.isWord);
  if (at === -1) return "";
  const clause = clauseTokens(parsed, at);
  const opening = clause.findIndex((token) => token.index === at);
  if (opening === -1) return "";
  const phraseOf = (first: number, last: number) =>
    wholeWords(parsed.text, clause[first]?.start ?? 0, clause[last]?.end ?? 0);
  const endsWell = (last: number) => {
    const token = clause[last];
    if (token === undefined || !token.isWord) return false;
    if (OPEN_ENDED_POS.has(token.pos) || DANGLING.has(bare(token.value))) return false;
    // The quote ends where the written word ends: "Kafka-based" is one word, and a modifier.
    const wordEnd = endOfWord(parsed.text, token.end);
    const wordStart = startOfWord(parsed.text, token.start);
    const pos = /\p{L}-\p{L}/u.test(parsed.text.slice(wordStart, wordEnd)) ? "ADJ" : token.pos;
    const after = clause.find((t) => t.isWord && t.start >= wordEnd);
    // Neither inside a noun phrase nor between a verb and its object ("and wrote | the consumer").
    if (NOMINAL_POS.has(pos) && NOMINAL_POS.has(after?.pos ?? "")) return false;
    // "a state-of-the-art" still waits for its noun, past the commas of a list of adjectives.
    const before = clause.findLast((t) => t.isWord && t.end <= wordStart);
    if (pos === "ADJ" && before?.pos === "DET") return false;
    return !(pos === "VERB" && OBJECT_POS.has(after?.pos ?? ""));
  };
  // Something the candidate said, not only who said it: a noun, a figure, a quality or a deed.
  const saysSomething = (first: number, last: number) =>
    clause.slice(first, last + 1).some((token) => {
      if (NOMINAL_POS.has(token.pos)) return true;
      return token.pos === "VERB" && !EMPTY_VERBS.has(token.lemma);
    });
  // A relative or "that" clause opened inside the quote is finished inside it, or the quote
  // stops mid-thought ("I'm not convinced that racing to the frontier to have a seat").
  const finishesWhatItOpens = (first: number, last: number) =>
    last === clause.length - 1 ||
    !clause.slice(first + 1, last + 1).some((token) => RELATIVES.has(bare(token.value)));
  const fits = (first: number, last: number) => {
    const words = wordCount(phraseOf(first, last));
    return (
      words >= MIN_ANCHOR_WORDS &&
      words <= maxWords &&
      endsWell(last) &&
      saysSomething(first, last) &&
      finishesWhatItOpens(first, last)
    );
  };
  // Start at the evidence, or up to three words before it when the evidence is too short.
  for (let first = opening; first >= Math.max(0, opening - 3); first -= 1) {
    const token = clause[first];
    if (
      token === undefined ||
      OPEN_STARTED_POS.has(token.pos) ||
      LEADING.has(bare(token.value)) ||
      SUBORDINATORS.has(bare(token.value))
    ) {
      continue;
    }
    // As much of the clause as a brief quote holds, ending on a word that closes a thought.
    for (let last = clause.length - 1; last > first; last -= 1) {
      if (fits(first, last)) return phraseOf(first, last);
    }
  }
  return "";
}

/** True when `phrase` is the same anchor as one already quoted, or one holds the other. */
export function isUsedAnchor(phrase: string, used: ReadonlySet<string>): boolean {
  const key = anchorKey(phrase);
  for (const earlier of used) {
    if (earlier === key || earlier.includes(key) || key.includes(earlier)) return true;
  }
  return false;
}

/**
 * The first anchor of `spans` (character ranges of the answer, best first) that makes a good
 * quote and has not been quoted in the interview; "" when none does.
 */
export function freshAnchor(
  text: string,
  spans: readonly { start: number; end: number }[],
  used: ReadonlySet<string>,
  maxWords = ANCHOR_WORDS,
): string {
  const parsed = parsedOnce(text);
  for (const span of spans) {
    if (span.end <= span.start) continue;
    const phrase = clausePhrase(parsed, span.start, maxWords);
    if (phrase !== "" && !isUsedAnchor(phrase, used)) return phrase;
  }
  return "";
}

/**
 * The answer's most salient noun phrase not quoted yet ("the Kafka-based invoice pipeline"), with
 * the word before it when that makes it long enough to quote; "" when there is none.
 */
export function salientAnchor(text: string, used: ReadonlySet<string>): string {
  const parsed = parsedOnce(text);
  const chunks = chunksOf(parsed).sort((a, b) => b.score - a.score);
  for (const chunk of chunks) {
    let phrase = wholeWords(text, chunk.start, chunk.end);
    if (wordCount(phrase) < MIN_ANCHOR_WORDS) {
      const before = parsed.tokens.findLast((t) => t.isWord && t.end <= chunk.start);
      if (before !== undefined && ["DET", "PRON", "ADJ", "NUM"].includes(before.pos)) {
        phrase = wholeWords(text, before.start, chunk.end);
      }
    }
    const words = wordCount(phrase);
    if (words >= MIN_ANCHOR_WORDS && words <= ANCHOR_WORDS && !isUsedAnchor(phrase, used)) {
      return phrase;
    }
  }
  return "";
}

/**
 * The sentences that narrate: more of their clauses tell the past than say something about now
 * ("We had a pricing change that I pushed through even though Maria warned…"). They tell a story;
 * they state no view held now. A sentence without a verb ("Regulators, mostly.") may answer one.
 */
function narratedSentences(clauses: readonly Clause[]): Set<number> {
  const balance = new Map<number, number>();
  for (const clause of clauses) {
    if (clause.verb === undefined && clause.auxiliaries.length === 0) continue;
    const now = speaksNow(clause) ? 1 : clause.past ? -1 : 0;
    balance.set(clause.sentence, (balance.get(clause.sentence) ?? 0) + now);
  }
  return new Set([...balance].filter(([, now]) => now < 0).map(([sentence]) => sentence));
}

// Modals that say what ought to be: "the lab should publish", whoever the subject is.
const OUGHT = new Set(["should", "must", "ought"]);

/**
 * A clause that says something about now: told in the present, or a modal the candidate speaks
 * ("I'd keep it", "we should wait") or that says what ought to be. "Maria warned that customers
 * would be double charged" reports, in the past, what someone expected then.
 */
function speaksNow(clause: Clause): boolean {
  if (!clause.modal) return !clause.past;
  if (clause.agent === "self" || clause.agent === "we") return true;
  return clause.auxiliaries.some((token) => OUGHT.has(token.normal));
}

/** Verbs that grant a point rather than state a view: "I'd concede", "I agree that". */
const CONCEDING: ReadonlySet<string> = new Set([
  "concede",
  "grant",
  "admit",
  "acknowledge",
  "agree",
]);

/**
 * The spans of sentences that state a view, in order, for a pushback to challenge. A cue in a
 * clause told in the past ("we needed to ship", "I thought it was fine") tells what was thought
 * then, not the view held now.
 */
export function claimSpans(text: string): { start: number; end: number }[] {
  const parsed = parsedOnce(text);
  const clauseOf = clauseIndex(parsed.tokens.length, clausesOnce(parsed));
  return findPhrases(parsed, STANCE).flatMap((found) => {
    const token = parsed.tokens[found.first];
    const clause = clauseOf[found.first];
    if (token === undefined) return [];
    if (clause !== undefined && clause.past && !speaksNow(clause)) return [];
    // "I'd concede that it's partly true" grants the other side's point: it is not the view.
    if (clause?.verb !== undefined && CONCEDING.has(clause.verb.lemma)) return [];
    return [{ start: token.start, end: token.end }];
  });
}

/**
 * The opening words of the first sentence that says something about now, for a view stated
 * without a cue ("Open weights are net positive", "Regulators, mostly"); "" when every sentence
 * narrates the past, or says fewer than MIN_ANCHOR_WORDS words: such an answer states no view.
 */
export function viewOpening(text: string, maxWords = 14): string {
  const parsed = parsedOnce(text);
  const narrated = narratedSentences(clausesOnce(parsed));
  for (const sentence of parsed.sentences) {
    if (narrated.has(sentence.index) || sentence.end <= sentence.start) continue;
    const phrase = phraseAround(text, sentence.start, sentence.end, maxWords);
    if (wordCount(phrase) >= MIN_ANCHOR_WORDS) return phrase;
  }
  return "";
}
