import { type Clause, clausesBySentence } from "../clauses.ts";
import { type ParsedText, sentenceRange, sentenceTokens, type Token } from "../nlp.ts";
import { compilePhrases, findPhrases } from "../phrases.ts";
import {
  compareWithView,
  meaningsOf,
  saysNot,
  splitsCount,
  viewCounts,
  viewLimitWords,
} from "./stance-meaning.ts";
import { actionLemmas, type MitigationSignal, readMitigation } from "./stance-mitigation.ts";
import {
  deniesLimit,
  isFragment,
  isPrescriptive,
  isQuestion,
  laysDownRule,
} from "./stance-rules.ts";
import { isContent, LIGHT_VERBS, OPENERS, sentenceWords, UNIT_FIGURES } from "./stance-words.ts";

/**
 * What a pushback reply does with the substance of the view it defended, rather than with its
 * manner: whether it states the position again with a changed scope, condition or proposal, or
 * states the original position again unchanged.
 */
export interface RevisionSignal extends MitigationSignal {
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
   * Sentences that say the view again in other words, with nothing of the matter added or taken
   * away: "one experienced engineer over two new ones" for "one senior rather than two juniors".
   * They are also among `reaffirm`.
   */
  readonly restatement: readonly number[];
  /**
   * Conclusions that act on the view again in the candidate's voice: "So I'd post them" for
   * "salary ranges should be posted". They keep the view, and are also among `reaffirm`.
   */
  readonly concluded: readonly number[];
  /** The view claims every case ("every", "always", "all", "never") and the reply limits it. */
  readonly narrowsUniversal: boolean;
}

/** Verbs too common to tie a sentence to the view: the light ones, and those that frame a reply. */
const COMMON_VERBS = new Set([...LIGHT_VERBS, "let", "say", "think", "put"]);

/** The words that carry a text's matter: its nouns, adjectives and all but the lightest verbs. */
function matterLemmas(tokens: readonly Token[]): Set<string> {
  return new Set(
    tokens
      .filter((t) => isContent(t) && !(t.pos === "VERB" && COMMON_VERBS.has(t.lemma)))
      .map((t) => t.lemma),
  );
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
  const tokens = sentenceTokens(parsed, sentence);
  // "Two tiers, then: …", "A week, then, with the same four hours". The phrase before "then" is
  // short: `i` counts from the sentence's first token, so the bound holds in every sentence.
  return tokens.some(
    (t, i) =>
      t.normal === "then" &&
      tokens[i - 1]?.value === "," &&
      [":", ","].includes(tokens[i + 1]?.value ?? "") &&
      i <= 6,
  );
}

/** Verbs that keep what they take: "so I'd keep one", "so we stick with it". */
const KEEPING_VERBS = new Set(["keep", "stick", "stay"]);
/** What a kept thing is called once it has been named: "keep one", "post them". */
const NAMED_BEFORE = new Set(["it", "them", "one", "that", "this", "those", "these"]);
/** A conclusion says its act in a few words: "So I'd post them." */
const SHORT_CONCLUSION = 4;

/**
 * A conclusion that acts on the view again, in the candidate's voice: "So I'd post them" for
 * "salary ranges should be posted", "So I'd keep one" for an attention check. It draws a
 * consequence, as a revision does, but the act is the view's own and nothing new is added.
 */
function concludesOnView(
  parsed: ParsedText,
  sentence: number,
  own: readonly Clause[],
  viewActions: ReadonlySet<string>,
): boolean {
  if (!drawsConsequence(parsed, sentence)) return false;
  if (sentenceWords(parsed, sentence).filter(isContent).length > SHORT_CONCLUSION) return false;
  return own.some((clause) => {
    const verb = clause.verb;
    if (verb === undefined || clause.negated) return false;
    if (clause.agent !== "self" && clause.agent !== "we") return false;
    if (viewActions.has(verb.lemma)) return true;
    const object = parsed.tokens.slice(verb.index + 1, clause.last + 1).find((t) => t.isWord);
    return KEEPING_VERBS.has(verb.lemma) && NAMED_BEFORE.has(object?.normal ?? "");
  });
}

const PAST_SETTING = new Set(["last", "previous", "former", "old"]);

const SCOPE_PREPOSITIONS = new Set(["for", "on", "in", "with", "under", "outside", "within"]);

/**
 * A sentence that opens on the cases it is about, then a comma: "For sev-1 and sev-2, the full
 * postmortem", "On a team that small, no, the manager has to write some".
 */
function opensOnCases(parsed: ParsedText, sentence: number): boolean {
  const tokens = sentenceTokens(parsed, sentence).filter((t) => t.isWord || t.value === ",");
  const start = tokens.findIndex((t) => !OPENERS.has(t.normal) && t.value !== ",");
  if (!SCOPE_PREPOSITIONS.has(tokens[start]?.normal ?? "")) return false;
  const comma = tokens.findIndex((t, i) => i > start && t.value === ",");
  if (comma === -1 || comma - start > 8) return false;
  const phrase = tokens.slice(start + 1, comma);
  // "In my last team," sets the scene of a story, not the cases of a rule.
  if (phrase.some((t) => PAST_SETTING.has(t.normal))) return false;
  return phrase.some((t) => t.pos === "NOUN" || t.pos === "PROPN");
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
  "the rest",
  "rest of",
  "everything|everyone|anything|anyone else",
  "other than",
  "apart from",
  "no more than",
  "at least",
  "under|over|beyond that|this",
]);

/** The words that turn a sentence against what it has just said. */
const TURNS = new Set(["but", "though", "although", "except"]);

/** Cues that state the original position again: "still", "same view", "I'd keep it". */
const REAFFIRM = compilePhrases([
  "stay|stick with my|the answer|view|position|opinion",
  "keep|keeping my opinion|answer|view|position",
  "i would? still",
  "i would probably|likely|definitely still",
  "#VERB it|this|that|them anyway|regardless",
  "keep|keeping the date|plan|timeline|deadline|launch",
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

type Figures = Map<string, Set<string>>;

/**
 * The figures with a unit of a text by type, for the whole text and for each sentence: "one day"
 * → DURATION, "$500" → MONEY. A bare count ("one number", "ten evals") rarely restates the view's.
 */
function figuresOf(parsed: ParsedText): { all: Figures; bySentence: Figures[] } {
  const all: Figures = new Map();
  const bySentence = parsed.sentences.map((): Figures => new Map());
  for (const entity of parsed.entities) {
    if (!UNIT_FIGURES.has(entity.type)) continue;
    const text = parsed.text.slice(entity.start, entity.end).toLowerCase();
    all.set(entity.type, (all.get(entity.type) ?? new Set()).add(text));
    // An entity counts for a sentence only when it lies wholly inside it.
    const sentence = parsed.tokens[entity.firstToken]?.sentence;
    const own = sentence === undefined ? undefined : parsed.sentences[sentence];
    if (own === undefined || entity.lastToken > own.lastToken) continue;
    const figures = bySentence[own.index];
    figures?.set(entity.type, (figures.get(entity.type) ?? new Set()).add(text));
  }
  return { all, bySentence };
}

/** The sentence sets a figure of a kind the view set, to a different value: "$500" → "$50". */
function changesFigure(
  sentenceFigures: ReadonlyMap<string, ReadonlySet<string>> | undefined,
  viewFigures: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  for (const [type, values] of sentenceFigures ?? []) {
    const before = viewFigures.get(type);
    if (before === undefined) continue;
    if ([...values].some((value) => ![...before].some((b) => sameFigure(value, b)))) return true;
  }
  return false;
}

/** Words that point at a figure without changing it: "this Friday", "Friday night" are Friday. */
const FIGURE_FRAME = new Set(["this", "the", "a", "an", "on", "at", "by", "night", "morning"]);

/** "Friday" or "Friday night" for the view's "this Friday": every word of it the view's own. */
function sameFigure(value: string, viewValue: string): boolean {
  const words = (text: string) => text.split(/\s+/).filter((w) => w && !FIGURE_FRAME.has(w));
  const before = new Set(words(viewValue));
  return words(value).every((w) => before.has(w));
}

/** A restatement shares at least this many meanings with the view and adds at most this many. */
const RESTATED_SHARED = 2;
const RESTATED_ADDED = 1;
/** …and at least this part of the view's: "give them their three weeks" keeps too little of
 * "cut the red-team phase from three weeks to one" to say it again. */
const RESTATED_SHARE = 0.3;

/** Reads what a reply does with the substance of the view. */
export function readRevision(
  parsed: ParsedText,
  view: ParsedText | undefined,
  clauses: readonly Clause[],
): RevisionSignal {
  const viewWords = view === undefined ? new Set<string>() : matterLemmas(view.tokens);
  const viewFigures: Figures =
    view === undefined ? new Map<string, Set<string>>() : figuresOf(view).all;
  const replyFigures = figuresOf(parsed).bySentence;
  const clausesOf = clausesBySentence(parsed, clauses);
  // A limit the view already set ("async by default", "only if the thread stalls") is no change.
  const viewCue = viewLimitWords(view);
  const scopeMatches = findPhrases(parsed, SCOPE).filter((match) =>
    parsed.tokens
      .slice(match.first, match.last + 1)
      .some((t) => t.isWord && t.normal !== "not" && !viewCue.has(t.normal)),
  );
  const scoped = new Set<number>();
  for (const match of scopeMatches) {
    const sentence = parsed.tokens[match.first]?.sentence;
    if (sentence !== undefined) scoped.add(sentence);
  }
  for (const { index } of parsed.sentences) if (opensOnCases(parsed, index)) scoped.add(index);
  // A limit on the view itself: the scope cue sits in a clause that names the view's matter, or
  // the sentence opens on its cases. "I'd spend a week documenting them instead" limits nothing.
  // A limit on the view itself: the cue sits in a clause that lays down a rule and names the
  // view's matter (or the whole sentence is a verbless policy), or the sentence opens on its
  // cases. "I'd spend a week documenting them instead" limits nothing of the view.
  const limitsView = (sentence: number) => {
    if (opensOnCases(parsed, sentence)) return true;
    const own = clausesOf[sentence] ?? [];
    const fragment = own.length > 0 && own.every(isFragment);
    return scopeMatches.some((match) => {
      // "but not …": the coordinator itself belongs to no clause; the cue's last word does.
      const clause = own.find((c) => match.last >= c.first && match.first <= c.last);
      if (clause === undefined || !laysDownRule(parsed, clause, own)) return false;
      if (deniesLimit(parsed, clause, Math.max(match.first, clause.first))) return false;
      // A verbless clause carries on the one before it ("I'd still release it, but not in that
      // state"): the view's words may sit anywhere in the sentence. A verbless policy needs none
      // ("Engineering and design only").
      const span =
        clause.verb === undefined ? sentenceRange(parsed, sentence) : [clause.first, clause.last];
      // A participle with no subject is said of the view's own thing: "Collapsed by default, one
      // click to open" limits the view however few of its words it repeats.
      const saidOfView = isFragment(clause) && clause.verb !== undefined;
      return (
        fragment ||
        saidOfView ||
        parsed.tokens
          .slice(span[0], (span[1] ?? -1) + 1)
          .some((t) => isContent(t) && viewWords.has(t.lemma))
      );
    });
  };
  // "I'd still want broad access, but through an API, with the weights open only to a few": the
  // view kept in words, then limited after a turn in the same sentence, is kept only in part.
  const reaffirmMatches = findPhrases(parsed, REAFFIRM);
  const keepsButLimits = (sentence: number) => {
    const kept = reaffirmMatches.find((match) => parsed.tokens[match.first]?.sentence === sentence);
    if (kept === undefined) return false;
    const last = sentenceRange(parsed, sentence)[1];
    const turn = parsed.tokens.slice(kept.last + 1, last + 1).find((t) => TURNS.has(t.normal));
    return (
      turn !== undefined &&
      scopeMatches.some(
        (match) => parsed.tokens[match.first]?.sentence === sentence && match.first > turn.index,
      )
    );
  };
  const mitigationSignal = readMitigation(parsed, view, clausesOf, viewWords, limitsView);
  const mitigating = new Set(mitigationSignal.mitigation);
  const reaffirming = new Set(
    reaffirmMatches.flatMap((match) => parsed.tokens[match.first]?.sentence ?? []),
  );
  // "So Postgres, still.": the view named again with "still" after it.
  for (const { index } of parsed.sentences) {
    if (sentenceWords(parsed, index).at(-1)?.normal === "still") reaffirming.add(index);
  }
  const viewMeanings = view === undefined ? new Set<string>() : meaningsOf(view.tokens);
  const viewSaysNot = view !== undefined && saysNot(view.tokens);
  const counts = viewCounts(view);
  const viewActions = actionLemmas(view);
  const revision: number[] = [];
  const reaffirm: number[] = [];
  const restatement: number[] = [];
  const concluded: number[] = [];
  for (const { index } of parsed.sentences) {
    // The view's matter again, with at most one word of its own, no new limit and the same
    // polarity: a paraphrase, however it is announced.
    const { shared, added } = compareWithView(parsed, index, viewMeanings);
    if (
      shared >= Math.max(RESTATED_SHARED, RESTATED_SHARE * viewMeanings.size) &&
      added <= RESTATED_ADDED &&
      !scoped.has(index) &&
      saysNot(sentenceTokens(parsed, index)) === viewSaysNot &&
      !changesFigure(replyFigures[index], viewFigures)
    ) {
      restatement.push(index);
      reaffirm.push(index);
      continue;
    }
    const own = clausesOf[index] ?? [];
    if (!scoped.has(index) && concludesOnView(parsed, index, own, viewActions)) {
      concluded.push(index);
      reaffirm.push(index);
      continue;
    }
    const prescriptive = isPrescriptive(parsed, index, own);
    // A question asks; it revises nothing: "Can I ask what one accident would cost the company?"
    // puts the challenge's cost beside another, on the way to keeping the view.
    const changes =
      !isQuestion(parsed, index) &&
      (drawsConsequence(parsed, index) ||
        (prescriptive &&
          (limitsView(index) ||
            keepsPartChangesPart(own) ||
            changesFigure(replyFigures[index], viewFigures) ||
            splitsCount(sentenceTokens(parsed, index), counts))));
    if (reaffirming.has(index) && !scoped.has(index)) reaffirm.push(index);
    else if (
      (changes || (reaffirming.has(index) && keepsButLimits(index))) &&
      !mitigating.has(index)
    )
      revision.push(index);
  }
  const universal = view !== undefined && findPhrases(view, UNIVERSAL).length > 0;
  return {
    ...mitigationSignal,
    revision,
    reaffirm,
    restatement,
    concluded,
    narrowsUniversal: universal && revision.length > 0,
  };
}
