import {
  type Evidence,
  closingEvidence,
  sentenceEvidence,
  tidyEvidence,
  tokenEvidence,
} from "./evidence.ts";
import { type ParsedText, sentenceAtOffset, tokenAtOffset } from "./nlp.ts";
import { missingParts } from "./signals/belief-change.ts";
import {
  type AnswerContext,
  performedPer100,
  performedWeight,
  type Signals,
} from "./signals/index.ts";
import { TOO_LONG_WORDS } from "./signals/length.ts";
import { contradictions, missedAsks, missesAskFirmly, reversedActs } from "./signals/relevance.ts";
import { isConcrete, unattachedClaims } from "./signals/substance.ts";
import { FLAG_CODES, type Flag, type FlagCode } from "./types.ts";

/** Thresholds the flags use; docs/rubric.md explains each. */
export const FLAG_THRESHOLDS = {
  /** alignment-signaling: at least this many performed words... */
  performedWords: 3,
  /** ...making up at least this many per 100 words... */
  performedPer100: 5,
  /** ...in at least this many sentences with no concrete detail, unless denser than... */
  emptySentences: 2,
  /** ...this many per 100 words, which no detail can carry. */
  saturatedPer100: 8,
  /** we-not-i: group or passive actions needed before the share of "I" actions is judged. */
  hiddenActions: 2,
  /** we-not-i: fires when fewer than this share of actions are the candidate's own. */
  selfShare: 0.4,
  /** vague: fewer weighted details than this always reads as vague... */
  minimumDetails: 2,
  /** ...and so does fewer than `fewDetails` at under this many details per 100 words. */
  fewDetails: 4,
  detailsPer100: 1.5,
  /** ...unless a view names particular things in this many words per 100... */
  particularsPer100: 20,
  /** ...over at least this many words, with an event or an argued critique behind it. */
  arguedViewWords: 60,
  /** hollow: at least this many claims that attach to nothing... */
  unattachedClaims: 3,
  /** ...making up at least this share of all claims; */
  unattachedShare: 0.5,
  /** or this many claims in an answer that narrates at most one event. */
  claimsWithoutStory: 4,
} as const;

/** A rule's verdict in words: what it found and the spans that show it. */
export interface Finding {
  readonly message: string;
  readonly evidence: readonly Evidence[];
}

interface Rule {
  readonly applies: (context: AnswerContext) => boolean;
  readonly detect: (
    signals: Signals,
    parsed: ParsedText,
    context: AnswerContext,
  ) => Finding | undefined;
}

const always = () => true;

function quoted(list: readonly Evidence[], limit = 3): string {
  return list
    .slice(0, limit)
    .map((item) => `"${item.quote}"`)
    .join(", ");
}

function detectAlignment(
  signals: Signals,
  _parsed: ParsedText,
  context: AnswerContext,
): Finding | undefined {
  const { performance, critique, emotion } = signals;
  const performed = performedWeight(signals);
  const per100 = performedPer100(signals);
  const enough =
    performed >= FLAG_THRESHOLDS.performedWords && per100 >= FLAG_THRESHOLDS.performedPer100;
  // Names dropped beside the slogans do not anchor them: the words must sit in empty sentences,
  // unless they are so dense that nothing could.
  const empty =
    performance.emptySentences.length >= FLAG_THRESHOLDS.emptySentences ||
    per100 >= FLAG_THRESHOLDS.saturatedPer100;
  // A considered criticism answers "why us" honestly; in a story, it does not excuse the slogans.
  const view = context.kind === "why" || context.kind === "opinion";
  const criticised = view && critique.considered.length > 0;
  if (!enough || !empty || criticised) return undefined;
  const words = [...performance.missionEcho, ...performance.valuesWords, ...performance.buzzwords];
  return {
    message: `${performed} mission, values or enthusiasm words (${quoted(words)}) with little concrete behind them and no considered criticism.`,
    evidence: tidyEvidence([...critique.compliments, ...emotion.stock, ...words], 6),
  };
}

function detectNoFeelings(signals: Signals, parsed: ParsedText): Finding | undefined {
  // A feeling counts when it belongs to something that happened in the story.
  const felt = signals.substance.claims.filter((c) => c.kind === "feeling" && c.attached);
  if (felt.length > 0) return undefined;
  const stand = [...signals.emotion.stock, ...signals.emotion.denied];
  const evidence = tidyEvidence([...stand, ...signals.conflict.slice(0, 2)], 4);
  const why = stand.length > 0 ? ` (${quoted(stand, 2)} does not say how it felt)` : "";
  return {
    message: `A story of conflict or of being wrong that never says how you felt${why}.`,
    evidence: evidence.length > 0 ? evidence : closingEvidence(parsed, 1),
  };
}

function detectWeNotI(signals: Signals): Finding | undefined {
  const { selfActions, groupActions, hiddenPassives } = signals.agency;
  const hidden = groupActions.length + hiddenPassives.length;
  if (hidden < FLAG_THRESHOLDS.hiddenActions) return undefined;
  const share = selfActions.length / (selfActions.length + hidden);
  if (share >= FLAG_THRESHOLDS.selfShare) return undefined;
  return {
    message: `${hidden} actions are told as "we", "the team" or in the passive against ${selfActions.length} as "I": it is unclear what you did.`,
    evidence: tidyEvidence([...groupActions, ...hiddenPassives], 4),
  };
}

function detectNoOutcome(
  signals: Signals,
  parsed: ParsedText,
  context: AnswerContext,
): Finding | undefined {
  const { closers, results, measured } = signals.outcome;
  // An ending counts when the story grounds it: "efficiency improved 37%" after no event is not one.
  const grounded = [...closers, ...results, ...measured].filter((item) =>
    signals.substance.groundedSentences.has(sentenceAtOffset(parsed, item.start)),
  );
  // A change of mind ends in the new belief and what the candidate does now.
  const revised = context.changedMind ? signals.beliefChange.revised : [];
  if (grounded.length + revised.length > 0) return undefined;
  return {
    message: "The story never says what happened in the end.",
    evidence: closingEvidence(parsed, 2),
  };
}

function detectNoReflection(
  signals: Signals,
  parsed: ParsedText,
  context: AnswerContext,
): Finding | undefined {
  // A lesson counts when it is about the story; a platitude is not one.
  const lessons = signals.substance.claims.filter((c) => c.kind === "lesson" && c.attached);
  const weak = signals.reflection.weak.length + signals.reflection.admissions.length;
  if (lessons.length > 0 || weak >= 2) return undefined;
  if (context.changedMind && signals.beliefChange.revised.length > 0) return undefined;
  return {
    message: "No lesson, nothing you would do differently, nothing that changed in you.",
    evidence: closingEvidence(parsed, 2),
  };
}

const PART_NAMES = {
  prior: "what you believed before",
  mover: "what moved you",
  revised: "what you believe now",
};

function detectNoGenuineChange(signals: Signals, parsed: ParsedText): Finding | undefined {
  const missing = missingParts(signals.beliefChange);
  if (missing.length === 0) return undefined;
  const { prior, mover, revised } = signals.beliefChange;
  const present = tidyEvidence([...prior, ...mover, ...revised], 3);
  return {
    message: `A change of mind needs ${missing.map((part) => PART_NAMES[part]).join(", ")}; the answer does not say it.`,
    evidence: present.length > 0 ? present : closingEvidence(parsed, 2),
  };
}

function detectNoCritique(signals: Signals, parsed: ParsedText): Finding | undefined {
  const { considered, unreasoned, compliments } = signals.critique;
  if (considered.length > 0) return undefined;
  const empty = signals.performance.emptySentences.map((s) => sentenceEvidence(parsed, s));
  const evidence = tidyEvidence([...compliments, ...unreasoned, ...empty], 3);
  const detail =
    compliments.length > 0
      ? ` ${quoted(compliments, 1)} is praise, not criticism.`
      : unreasoned.length > 0
        ? ` ${quoted(unreasoned, 1)} gives no reason.`
        : "";
  return {
    message: `No considered criticism or reservation.${detail}`,
    evidence: evidence.length > 0 ? evidence : closingEvidence(parsed, 2),
  };
}

/**
 * A view carries its specifics in what it argues from, not in figures and names: one word in five
 * names something particular ("a precommitment with a cost attached", "the technical annexes"),
 * and something stands behind it, an event told as the example it rests on ("I saw this when I
 * worked at the ministry during the negotiations") or a critique made as an argument or a pointed
 * question. Generalities ("collaboration", "the mission", "impact") name nothing particular, and
 * a claim of ownership or impact that rests on nothing (`hollow`) disqualifies the view.
 */
function arguedFromParticulars(
  signals: Signals,
  parsed: ParsedText,
  context: AnswerContext,
): boolean {
  const { words } = signals.length;
  if (context.isStory || words < FLAG_THRESHOLDS.arguedViewWords) return false;
  if (unattachedClaims(signals.substance).some((claim) => claim.kind !== "number")) return false;
  const { arguments: argued, questions } = signals.critique;
  const backed =
    signals.substance.eventSentences.length > 0 || argued.length + questions.length > 0;
  if (!backed) return false;
  const particulars = new Set(parsed.tokens.filter(isConcrete).map((token) => token.lemma));
  return (particulars.size / words) * 100 >= FLAG_THRESHOLDS.particularsPer100;
}

function detectVague(
  signals: Signals,
  parsed: ParsedText,
  context: AnswerContext,
): Finding | undefined {
  const { genericSentences, bareSentences } = signals.specifics;
  // A figure that measures nothing named ("efficiency rose 37%") is not a specific.
  const looseFigures = signals.substance.claims.filter((c) => c.kind === "number" && !c.attached);
  const weight = Math.max(0, signals.specifics.weight - looseFigures.length);
  const per100 = (weight / Math.max(signals.length.words, 1)) * 100;
  const thin = weight < FLAG_THRESHOLDS.fewDetails && per100 < FLAG_THRESHOLDS.detailsPer100;
  if (weight >= FLAG_THRESHOLDS.minimumDetails && !thin) return undefined;
  if (arguedFromParticulars(signals, parsed, context)) return undefined;
  const generic = genericSentences.map((s) => sentenceEvidence(parsed, s));
  const bare = bareSentences
    .map((s) => sentenceEvidence(parsed, s))
    .sort((a, b) => b.quote.length - a.quote.length);
  // Details spread thin over sentences that each hold one: the longest of them show the gap.
  const longest = parsed.sentences
    .map((sentence) => sentenceEvidence(parsed, sentence.index))
    .sort((a, b) => b.quote.length - a.quote.length);
  const found = tidyEvidence([...generic, ...bare], 3);
  return {
    message: "No concrete specifics: no numbers, time frames, named systems, people or events.",
    evidence: found.length > 0 ? found : tidyEvidence(longest.slice(0, 1), 1),
  };
}

function detectFramework(signals: Signals): Finding | undefined {
  const { labels, distinct, named } = signals.framework;
  if (distinct < 2 && !(named.length > 0 && labels.length > 0)) return undefined;
  return {
    message: `Recites framework labels (${quoted(labels, 4)}) instead of telling the story.`,
    evidence: tidyEvidence([...named, ...labels], 6),
  };
}

function detectTooLong(signals: Signals): Finding | undefined {
  const { words, minutesSpoken, pastLimit } = signals.length;
  if (words <= TOO_LONG_WORDS) return undefined;
  return {
    message: `${words} words, about ${minutesSpoken} minutes spoken: past the three minutes an answer should take.`,
    evidence: pastLimit === undefined ? [] : [pastLimit],
  };
}

const CLAIM_NAMES = {
  feeling: "feeling",
  lesson: "a lesson",
  ownership: "ownership",
  impact: "impact",
  number: "a figure",
} as const;

function detectHollow(signals: Signals, parsed: ParsedText): Finding | undefined {
  const { claims, eventSentences } = signals.substance;
  const loose = unattachedClaims(signals.substance);
  const share = loose.length / Math.max(claims.length, 1);
  const stuffed =
    loose.length >= FLAG_THRESHOLDS.unattachedClaims && share >= FLAG_THRESHOLDS.unattachedShare;
  const storyless =
    claims.length >= FLAG_THRESHOLDS.claimsWithoutStory &&
    eventSentences.length <= 1 &&
    loose.length >= 2;
  if (!stuffed && !storyless) return undefined;
  return hollowFinding(signals, parsed);
}

function hollowFinding(signals: Signals, parsed: ParsedText): Finding {
  const loose = unattachedClaims(signals.substance);
  const kinds = [...new Set(loose.map((claim) => CLAIM_NAMES[claim.kind]))].join(", ");
  const evidence = tidyEvidence(looseClaimEvidence(signals, parsed), 6);
  const events = signals.substance.eventSentences.length;
  return {
    message: `${loose.length} claim${loose.length === 1 ? "" : "s"} (${kinds || "of candor"}: ${quoted(evidence)}) attach to nothing that happens in the answer; it narrates ${events === 0 ? "no event" : events === 1 ? "one event" : `${events} events`} they could rest on.`,
    evidence: evidence.length > 0 ? evidence : closingEvidence(parsed, 2),
  };
}

/**
 * What each claim that attaches to nothing quotes. A figure is quoted with its clause: "four" alone
 * says nothing; "it cut tickets by four" does.
 */
function looseClaimEvidence(signals: Signals, parsed: ParsedText): Evidence[] {
  return unattachedClaims(signals.substance).map((claim) =>
    claim.kind === "number" ? clauseAround(signals, parsed, claim.evidence) : claim.evidence,
  );
}

/** The clause that holds a piece of evidence, or the evidence itself when none does. */
function clauseAround(signals: Signals, parsed: ParsedText, evidence: Evidence): Evidence {
  const token = tokenAtOffset(parsed, evidence.start);
  const clause =
    token === undefined
      ? undefined
      : signals.clauses.find((c) => c.first <= token.index && token.index <= c.last);
  return clause === undefined ? evidence : tokenEvidence(parsed, clause.first, clause.last);
}

function detectOffTopic(signals: Signals, parsed: ParsedText): Finding | undefined {
  return missedAsks(signals.relevance).length > 0 ? offTopicFinding(signals, parsed) : undefined;
}

function offTopicFinding(signals: Signals, parsed: ParsedText): Finding {
  const { ask, opening } = signals.relevance;
  const missed = missedAsks(signals.relevance);
  // A close call is said as one: the flag is advice then, and caps no score.
  const hedge = missesAskFirmly(signals.relevance) ? "" : "This may not answer the question. ";
  const asker = ask?.followUp === true ? "follow-up" : "question";
  const asked = ask === undefined ? "" : `${hedge}The ${asker} asks "${ask.text.trim()}"; `;
  const why =
    missed.length > 0 ? `the answer: ${missed.join("; ")}` : "the answer is about something else";
  // A story told the other way round is shown by the words that turn it (an apology or a request
  // for help the other way round by that act); a missing kind of story by its opening.
  const turned = tidyEvidence(
    [
      ...signals.relevance.swaps,
      ...signals.relevance.preventions,
      ...signals.relevance.thingConflicts,
      ...contradictions(signals.relevance).flatMap((verdict) => verdict.evidence),
      ...reversedActs(signals.relevance),
      ...signals.relevance.othersActInstead,
      ...signals.relevance.plentyOfData,
      ...signals.relevance.reversedByOthers,
      ...signals.relevance.sameTeamOnly,
    ],
    4,
  );
  const evidence =
    turned.length > 0 ? turned : opening === undefined ? closingEvidence(parsed, 1) : [opening];
  return { message: `${asked}${why}.`, evidence };
}

const RULES: Record<FlagCode, Rule> = {
  "alignment-signaling": { applies: always, detect: detectAlignment },
  "no-feelings": { applies: (c) => c.conflictStory, detect: detectNoFeelings },
  "we-not-i": { applies: always, detect: detectWeNotI },
  "no-outcome": { applies: (c) => c.isStory, detect: detectNoOutcome },
  "no-reflection": { applies: (c) => c.isStory, detect: detectNoReflection },
  "no-genuine-change": { applies: (c) => c.changedMind, detect: detectNoGenuineChange },
  "no-critique": {
    applies: (c) => c.kind === "why" || c.kind === "opinion",
    detect: detectNoCritique,
  },
  vague: { applies: always, detect: detectVague },
  "framework-recital": { applies: always, detect: detectFramework },
  "too-long": { applies: always, detect: detectTooLong },
  hollow: { applies: always, detect: detectHollow },
  "off-topic": { applies: (c) => c.ask !== undefined, detect: detectOffTopic },
};

/**
 * The flags that check a first answer against the whole story checklist; a reply to a follow-up
 * is held only to the ones the follow-up asked about.
 */
const CHECKLIST_FLAGS: ReadonlySet<FlagCode> = new Set([
  "no-feelings",
  "we-not-i",
  "no-outcome",
  "no-reflection",
  "no-genuine-change",
  "no-critique",
  "vague",
]);

/** True when a flag can be raised at all for answers in this context. */
export function flagApplies(code: FlagCode, context: AnswerContext): boolean {
  const targets = context.followUpTargets;
  if (targets !== undefined && CHECKLIST_FLAGS.has(code) && !targets.has(code)) return false;
  return RULES[code].applies(context);
}

/** The rule's finding for every flag that applies to the context: undefined where it stays quiet. */
export function readFindings(
  signals: Signals,
  parsed: ParsedText,
  context: AnswerContext,
): Map<FlagCode, Finding | undefined> {
  const findings = new Map<FlagCode, Finding | undefined>();
  for (const code of FLAG_CODES) {
    if (flagApplies(code, context))
      findings.set(code, RULES[code].detect(signals, parsed, context));
  }
  return findings;
}

/** What each flag says when the learned weights raise it and its own rule found no words. */
const EXPLANATIONS: Readonly<Record<FlagCode, string>> = {
  "alignment-signaling":
    "Mission, values or enthusiasm words carry more of the answer than anything concrete.",
  "no-feelings": "The story never says plainly how it felt to you.",
  "we-not-i": "It is hard to tell what you yourself did.",
  "no-outcome": "The story never says clearly what happened in the end.",
  "no-reflection": "The answer never says what you took from it.",
  "no-genuine-change":
    "The change of mind lacks what you believed before, what moved you or what you believe now.",
  "no-critique": "No considered criticism or reservation with a reason behind it.",
  vague: "Too few concrete specifics: numbers, time frames, named systems, people or events.",
  "framework-recital": "The answer reads as framework labels rather than a story.",
  "too-long": "The answer runs past three minutes of speech.",
  hollow: "Claims of feeling, learning, ownership or impact outnumber the events they rest on.",
  "off-topic": "The answer does not answer what the question asks.",
};

function explanationEvidence(code: FlagCode, signals: Signals, parsed: ParsedText): Evidence[] {
  const performed = [
    ...signals.performance.missionEcho,
    ...signals.performance.valuesWords,
    ...signals.performance.buzzwords,
  ];
  const candidates: Partial<Record<FlagCode, readonly Evidence[]>> = {
    "alignment-signaling": performed,
    "no-feelings": signals.conflict,
    "we-not-i": [...signals.agency.groupActions, ...signals.agency.hiddenPassives],
    "no-critique": [...signals.critique.compliments, ...signals.critique.unreasoned],
    vague: signals.specifics.genericSentences.map((s) => sentenceEvidence(parsed, s)),
    hollow: looseClaimEvidence(signals, parsed),
    "off-topic": signals.relevance.opening === undefined ? [] : [signals.relevance.opening],
  };
  const found = tidyEvidence(candidates[code] ?? [], 4);
  return found.length > 0 ? found : closingEvidence(parsed, 2);
}

/** The finding for a flag: the rule's words when it found them, a plain explanation otherwise. */
export function explainFlag(
  code: FlagCode,
  finding: Finding | undefined,
  signals: Signals,
  parsed: ParsedText,
): Flag {
  if (finding !== undefined) return { code, ...finding };
  return {
    code,
    message: EXPLANATIONS[code],
    evidence: explanationEvidence(code, signals, parsed),
  };
}

/** Raises every flag whose rule fires (the analyzer lets learned weights decide instead). */
export function raiseFlags(signals: Signals, parsed: ParsedText, context: AnswerContext): Flag[] {
  const flags: Flag[] = [];
  for (const [code, finding] of readFindings(signals, parsed, context)) {
    if (finding !== undefined) flags.push({ code, ...finding });
  }
  return flags;
}
