import { type Clause, readClauses } from "../clauses.ts";
import type { ParsedText, Token } from "../nlp.ts";
import { compilePhrases, findPhrases, type PhraseMatch, type PhraseSet } from "../phrases.ts";

/**
 * What a pushback reply does with the substance of the view it defended, rather than with its
 * manner: whether it states the position again with a changed scope, condition or proposal, or
 * states the original position again unchanged; whether its reasons have content; and whether it
 * praises the interviewer in place of answering.
 */
export interface RevisionSignal {
  /**
   * Sentences that state the position again with a change: a consequence drawn from the
   * challenge ("So: shadow for the first month", "Then next quarter"), the view's own words with a
   * new scope or condition ("Blue-green for the request-serving services only"), or a kept part
   * beside a changed one ("I'd keep video for the early rounds and bring the final round onsite").
   */
  readonly revision: readonly number[];
  /**
   * Sentences that state the original position again, unchanged: "I'd still release it",
   * "So, same view", "I'd keep it".
   */
  readonly reaffirm: readonly number[];
  /**
   * Sentences whose reason has content: a cause, a figure or something that happened, with words
   * of its own, not "because it's the kind of thing I'd want to think through".
   */
  readonly groundedReason: readonly number[];
  /** Sentences whose only reason is talk about the conversation: "because it's a big question". */
  readonly hollowReason: readonly number[];
  /** Sentences that praise the interviewer or the question: "I really appreciate you pushing". */
  readonly praise: readonly number[];
  /** The view claims every case ("every", "always", "all", "never") and the reply limits it. */
  readonly narrowsUniversal: boolean;
}

const STOP_POS = new Set(["PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "INTJ", "PUNCT"]);

/** Words that fill a sentence without saying anything about the matter at hand. */
const META_LEMMAS = new Set([
  "point",
  "question",
  "thing",
  "kind",
  "consideration",
  "nuance",
  "perspective",
  "approach",
  "sense",
  "idea",
  "way",
  "lot",
  "angle",
  "side",
  "issue",
  "matter",
  "context",
  "answer",
  "view",
  "opinion",
  "think",
  "want",
  "know",
  "really",
  "exactly",
  "definitely",
  "carefully",
  "honestly",
  "actually",
  "probably",
  "sure",
  "good",
  "great",
  "right",
  "true",
  "fair",
  "interesting",
  "important",
  "make",
  "get",
  "say",
  "see",
  "appreciate",
  "push",
  "pushing",
  "something",
  "everything",
  "anything",
]);

function isContent(token: Token): boolean {
  return token.isWord && !STOP_POS.has(token.pos) && token.normal.length > 2;
}

/** Verbs too common to tie a sentence to the view: "go", "make", "have". */
const LIGHT_VERBS = new Set([
  "be",
  "have",
  "do",
  "go",
  "make",
  "get",
  "take",
  "give",
  "let",
  "say",
  "think",
  "want",
  "need",
  "use",
  "come",
  "see",
  "know",
  "put",
  "keep",
]);

/** The words that carry a text's matter: its nouns, adjectives and all but the lightest verbs. */
function matterLemmas(tokens: readonly Token[]): Set<string> {
  return new Set(
    tokens
      .filter((t) => isContent(t) && !(t.pos === "VERB" && LIGHT_VERBS.has(t.lemma)))
      .map((t) => t.lemma),
  );
}

/** Spoken openers skipped when looking for how a sentence starts: "Oh, okay, so…". */
const OPENERS = new Set([
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

function sentenceWords(parsed: ParsedText, sentence: number): Token[] {
  const s = parsed.sentences[sentence];
  if (s === undefined) return [];
  return parsed.tokens.slice(s.firstToken, s.lastToken + 1).filter((t) => t.isWord);
}

/** "So: shadow for the first month", "Oh, then next quarter", "Two tiers, then: …". */
function drawsConsequence(parsed: ParsedText, sentence: number): boolean {
  const words = sentenceWords(parsed, sentence);
  const first = words.find((token) => !OPENERS.has(token.normal));
  if (first === undefined) return false;
  const rest = words.slice(words.indexOf(first) + 1);
  if (rest.filter(isContent).length === 0) return false;
  if (first.normal === "so" && rest[0]?.normal !== "that" && rest[0]?.normal !== "far") {
    return true;
  }
  if (first.normal === "then") return true;
  // "Two tiers, then:" — a noun phrase and "then" before the rest.
  const s = parsed.sentences[sentence];
  if (s === undefined) return false;
  const tokens = parsed.tokens.slice(s.firstToken, s.lastToken + 1);
  return tokens.some((t, i) => t.normal === "then" && tokens[i + 1]?.value === ":");
}

/** A limit set on a position: a scope, a condition, an exception, a replacement. */
const SCOPE = compilePhrases([
  "only",
  "just for|in|on|the",
  "except",
  "unless",
  "until",
  "instead",
  "rather than",
  "but not",
  "not * but",
  "outside",
  "by default",
  "at most",
  "cap|capped|limit|limited",
  "narrow|narrower",
  "exempt|exempts",
  "for the first|early|final",
  "for anything|anyone|everything",
  "as long as",
]);

/** Cues that state the original position again: "still", "same view", "I'd keep it". */
const REAFFIRM = compilePhrases([
  "i would? still",
  "i still",
  "still think|believe|say|want|hold",
  "same view|answer|bet|position|call|rule",
  "the same view|answer|bet|position|call|rule",
  "my answer|view|position be the same",
  "stand|stands by",
  "keep|keeping it|that|this",
  "keep|keeping the|my position|view|answer|call|line|rule",
  "hold|holding the line",
]);

const PRAISE = compilePhrases([
  "appreciate",
  "great|excellent|interesting|fascinating|brilliant question|point|challenge",
  "such a|an good|great|interesting|excellent|fair question|point",
  "really good|great|interesting|excellent question|point",
  "you clearly|obviously",
  "thank you|thanks for",
]);

const UNIVERSAL = compilePhrases([
  "every",
  "all",
  "always",
  "never",
  "any",
  "everything",
  "everyone",
  "everybody",
  "each",
  "no exception|exceptions",
  "whole",
  "fully",
  "entire",
]);

const REASON_CUES = compilePhrases([
  "because",
  "since",
  "cause",
  "given that|how",
  "which mean|means",
  "that mean|means",
  "so that",
  "otherwise",
]);

function sentencesWith(
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

const CHANGE_VERBS = new Set([
  "add",
  "bring",
  "change",
  "drop",
  "cap",
  "move",
  "limit",
  "start",
  "pull",
  "replace",
  "split",
  "require",
  "publish",
  "make",
  "give",
  "run",
  "write",
  "cut",
  "turn",
  "switch",
  "delete",
  "downgrade",
  "remove",
  "raise",
  "lower",
  "restrict",
  "exclude",
  "hire",
  "consolidate",
  "leave",
  "put",
]);

/**
 * "I'd keep video for the early rounds and bring the final round onsite", "I'd consolidate those
 * on Go and leave ML in Python": one clause keeps something named (not "it") and another clause
 * of the sentence changes something else.
 */
function keepsPartChangesPart(clauses: readonly Clause[]): boolean {
  const keeps = clauses.some(
    (c) =>
      (c.verb?.lemma === "keep" || c.verb?.lemma === "leave") &&
      c.complement.some((t) => t.pos === "NOUN" || t.pos === "PROPN"),
  );
  const changes = clauses.some(
    (c) => c.verb !== undefined && CHANGE_VERBS.has(c.verb.lemma) && !c.negated,
  );
  return keeps && changes;
}

/**
 * A sentence that lays down what should happen rather than describing what is: a modal clause
 * ("I'd cap it", "we should"), an imperative ("Drop it"), or a fragment with no verb at all
 * ("Blue-green for the request-serving services only", "Big migration, maybe one week").
 */
function isPrescriptive(clauses: readonly Clause[]): boolean {
  if (clauses.some((c) => c.modal && !c.negated)) return true;
  const opener = clauses[0];
  const imperative =
    opener?.agent === "none" &&
    opener.verb?.index === opener.first &&
    opener.verb.normal === opener.verb.lemma;
  if (imperative) return true;
  return clauses.every((c) => c.verb === undefined && c.auxiliaries.length === 0);
}

/** Figures with a unit; a bare count ("one number", "ten evals") rarely restates the view's. */
const FIGURES = ["PERCENT", "MONEY", "DURATION", "TIME", "DATE"];

/** The figures of a text by type: "one day" → DURATION, "$500" → MONEY. */
function figuresOf(
  parsed: ParsedText,
  from = 0,
  to = parsed.tokens.length - 1,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const entity of parsed.entities) {
    if (!FIGURES.includes(entity.type) || entity.firstToken < from || entity.lastToken > to) {
      continue;
    }
    const text = parsed.text.slice(entity.start, entity.end).toLowerCase();
    out.set(entity.type, (out.get(entity.type) ?? new Set()).add(text));
  }
  return out;
}

/** The sentence sets a figure of a kind the view set, to a different value: "$500" → "$50". */
function changesFigure(
  parsed: ParsedText,
  sentence: number,
  viewFigures: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  const s = parsed.sentences[sentence];
  if (s === undefined) return false;
  for (const [type, values] of figuresOf(parsed, s.firstToken, s.lastToken)) {
    const before = viewFigures.get(type);
    if (before !== undefined && [...values].some((value) => !before.has(value))) return true;
  }
  return false;
}

const MENTAL_VERBS = new Set([
  "think",
  "know",
  "mean",
  "say",
  "assume",
  "realize",
  "realise",
  "forget",
  "guess",
  "feel",
  "wonder",
  "consider",
  "want",
  "like",
  "love",
  "appreciate",
]);

const UNIT_FIGURES = new Set(["PERCENT", "MONEY", "DATE", "DURATION", "TIME"]);

/** Words after a reason cue that say something about the matter, not about the conversation. */
function substance(tokens: readonly Token[]): number {
  return tokens.filter((t) => isContent(t) && !META_LEMMAS.has(t.lemma)).length;
}

/** Something the speaker or their team did or saw: "we tried this one year in the Warsaw office". */
function narratesEvent(clauses: readonly Clause[]): boolean {
  return clauses.some(
    (c) =>
      (c.agent === "self" || c.agent === "we") &&
      c.past &&
      !c.modal &&
      !c.negated &&
      c.verb !== undefined &&
      !MENTAL_VERBS.has(c.verb.lemma) &&
      substance(c.complement) >= 1,
  );
}

/**
 * How the reasons of one sentence read: `grounded` when a cue ("because", "which means") is
 * followed by words about the matter or a figure, or the sentence tells something that happened;
 * `hollow` when a cue is followed by nothing but talk about the conversation ("because it's
 * exactly the kind of thing I'd want to think through").
 */
function reasonQuality(
  parsed: ParsedText,
  cues: readonly PhraseMatch[],
  clauses: readonly Clause[],
): { grounded: boolean; hollow: boolean } {
  let grounded = narratesEvent(clauses);
  let hollow = false;
  for (const cue of cues) {
    const sentence = parsed.sentences[parsed.tokens[cue.first]?.sentence ?? -1];
    if (sentence === undefined) continue;
    const after = parsed.tokens.slice(cue.last + 1, sentence.lastToken + 1);
    const figure = after.some((t) => UNIT_FIGURES.has(t.entity ?? ""));
    if (figure || substance(after) >= 3) grounded = true;
    else hollow = true;
  }
  return { grounded, hollow: hollow && !grounded };
}

/** Reads what a reply does with the substance of the view. */
export function readRevision(parsed: ParsedText, view: ParsedText | undefined): RevisionSignal {
  const viewWords = view === undefined ? new Set<string>() : matterLemmas(view.tokens);
  const viewFigures = view === undefined ? new Map<string, Set<string>>() : figuresOf(view);
  const clauses = readClauses(parsed);
  const clausesOf = (sentence: number) => clauses.filter((c) => c.sentence === sentence);
  // A limit the view already set ("async by default", "only if the thread stalls") is no change.
  const viewCue = new Set(view?.tokens.filter((t) => t.isWord).map((t) => t.normal) ?? []);
  const scoped = sentencesWith(parsed, SCOPE, (match) =>
    parsed.tokens
      .slice(match.first, match.last + 1)
      .some((t) => t.isWord && t.normal !== "not" && !viewCue.has(t.normal)),
  );
  const reaffirming = sentencesWith(parsed, REAFFIRM);
  const reasonCues = findPhrases(parsed, REASON_CUES);
  const revision: number[] = [];
  const reaffirm: number[] = [];
  const groundedReason: number[] = [];
  const hollowReason: number[] = [];
  for (const { index } of parsed.sentences) {
    const words = sentenceWords(parsed, index);
    const sharesView = words.some((t) => isContent(t) && viewWords.has(t.lemma));
    const own = clausesOf(index);
    const prescriptive = isPrescriptive(own);
    const changes =
      drawsConsequence(parsed, index) ||
      (prescriptive &&
        ((scoped.has(index) && sharesView) ||
          keepsPartChangesPart(own) ||
          changesFigure(parsed, index, viewFigures)));
    if (reaffirming.has(index) && !scoped.has(index)) reaffirm.push(index);
    else if (changes) revision.push(index);
    const cues = reasonCues.filter((cue) => parsed.tokens[cue.first]?.sentence === index);
    const quality = reasonQuality(parsed, cues, own);
    if (quality.grounded) groundedReason.push(index);
    if (quality.hollow) hollowReason.push(index);
  }
  const universal = view !== undefined && findPhrases(view, UNIVERSAL).length > 0;
  return {
    revision,
    reaffirm,
    groundedReason,
    hollowReason,
    praise: [...sentencesWith(parsed, PRAISE)].sort((a, b) => a - b),
    narrowsUniversal: universal && revision.length > 0,
  };
}
