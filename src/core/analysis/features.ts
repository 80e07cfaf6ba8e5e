import { type ParsedText, sentenceAtOffset } from "./nlp.ts";
import { missingParts } from "./signals/belief-change.ts";
import {
  type AnswerContext,
  performedPer100,
  performedWeight,
  type Signals,
} from "./signals/index.ts";
import { unattachedClaims } from "./signals/substance.ts";
import { type Dimension, DIMENSIONS, FLAG_CODES, type FlagCode, type Score } from "./types.ts";

const FLAG_CODE_SET: ReadonlySet<FlagCode> = new Set(FLAG_CODES);

/**
 * The numbers a learned weight can multiply: for each flag, its rule's verdict and the few
 * signals the rule reads, so a weight can soften or sharpen the rule but never reach for
 * something unrelated. Names are stable: the committed weights refer to them.
 */
export type FeatureRow = Readonly<Record<string, number>>;

/** What the feature readers need: the signals, the context and which rules fired. */
export interface FeatureInput {
  readonly parsed: ParsedText;
  readonly signals: Signals;
  readonly context: AnswerContext;
  readonly ruleFired: ReadonlySet<FlagCode>;
}

const log1p = (value: number) => Math.log(1 + Math.max(0, value));
const flag = (input: FeatureInput, code: FlagCode) => (input.ruleFired.has(code) ? 1 : 0);

function per100(count: number, signals: Signals): number {
  return (count / Math.max(signals.length.words, 1)) * 100;
}

function attachedCount(signals: Signals, kind: string): number {
  return signals.substance.claims.filter((claim) => claim.kind === kind && claim.attached).length;
}

const READERS: Readonly<Record<FlagCode, (input: FeatureInput) => FeatureRow>> = {
  "alignment-signaling": (input) => {
    const { signals } = input;
    return {
      rule: flag(input, "alignment-signaling"),
      performedPer100: performedPer100(signals),
      performed: log1p(performedWeight(signals)),
      emptySentences: signals.performance.emptySentences.length,
      considered: signals.critique.considered.length,
      detailsPer100: per100(signals.specifics.weight, signals),
      stock: signals.emotion.stock.length,
      view: input.context.isStory ? 0 : 1,
    };
  },
  "no-feelings": (input) => {
    const { emotion } = input.signals;
    return {
      rule: flag(input, "no-feelings"),
      felt: log1p(attachedCount(input.signals, "feeling")),
      looseFelt: log1p(
        emotion.felt.length + emotion.shared.length - attachedCount(input.signals, "feeling"),
      ),
      denied: emotion.denied.length,
      stock: emotion.stock.length,
    };
  },
  "we-not-i": (input) => {
    const { selfActions, groupActions, hiddenPassives } = input.signals.agency;
    const hidden = groupActions.length + hiddenPassives.length;
    return {
      rule: flag(input, "we-not-i"),
      self: log1p(selfActions.length),
      group: log1p(groupActions.length),
      passive: log1p(hiddenPassives.length),
      selfShare: selfActions.length / Math.max(selfActions.length + hidden, 1),
    };
  },
  "no-outcome": (input) => {
    const { closers, results, measured } = input.signals.outcome;
    const { groundedSentences } = input.signals.substance;
    const all = [...closers, ...results, ...measured];
    const grounded = all.filter((item) =>
      groundedSentences.has(sentenceAtOffset(input.parsed, item.start)),
    ).length;
    return {
      rule: flag(input, "no-outcome"),
      endings: log1p(grounded),
      looseEndings: log1p(all.length - grounded),
    };
  },
  "no-reflection": (input) => {
    const { reflection, substance } = input.signals;
    return {
      rule: flag(input, "no-reflection"),
      lessons: log1p(attachedCount(input.signals, "lesson")),
      weak: log1p(reflection.weak.length + reflection.admissions.length),
      platitudes: substance.platitudes.length,
    };
  },
  "no-genuine-change": (input) => ({
    rule: flag(input, "no-genuine-change"),
    parts: 3 - missingParts(input.signals.beliefChange).length,
    events: log1p(input.signals.substance.eventSentences.length),
  }),
  "no-critique": (input) => {
    const { critique } = input.signals;
    return {
      rule: flag(input, "no-critique"),
      considered: log1p(critique.considered.length),
      arguments: log1p(critique.arguments.length),
      questions: log1p(critique.questions.length),
      unreasoned: log1p(critique.unreasoned.length),
      compliments: critique.compliments.length,
      performedPer100: performedPer100(input.signals),
    };
  },
  // Length is not read: a short answer that names what happened is specific, and weights that
  // leaned on length called a 34-word view with a named policy and its reason vague.
  vague: (input) => {
    const { specifics, substance } = input.signals;
    const looseNumbers = substance.claims.filter((c) => c.kind === "number" && !c.attached);
    return {
      rule: flag(input, "vague"),
      details: log1p(specifics.weight),
      strong: log1p(specifics.strong),
      detailsPer100: per100(specifics.weight, input.signals),
      looseNumbers: looseNumbers.length,
      events: log1p(substance.eventSentences.length),
    };
  },
  "framework-recital": (input) => ({
    rule: flag(input, "framework-recital"),
    labels: input.signals.framework.distinct,
  }),
  "too-long": (input) => ({
    rule: flag(input, "too-long"),
  }),
  hollow: (input) => {
    const { substance } = input.signals;
    // Numbers are details, not claims of candor; a loose one is counted on its own.
    const markers = substance.claims.filter((claim) => claim.kind !== "number");
    const loose = unattachedClaims(substance);
    const looseMarkers = loose.filter((claim) => claim.kind !== "number").length;
    return {
      rule: flag(input, "hollow"),
      looseMarkers: log1p(looseMarkers),
      looseShare: looseMarkers / Math.max(markers.length, 1),
      looseNumbers: log1p(loose.length - looseMarkers),
      markersPer100: per100(markers.length, input.signals),
      // Stock phrases that rest on nothing: "I took full ownership", "communication is key".
      stock: log1p(
        substance.platitudes.length +
          loose.filter((c) => c.kind === "ownership" || c.kind === "impact").length,
      ),
      eventsPer100: per100(substance.eventSentences.length, input.signals),
      cohesion: log1p(substance.cohesion),
    };
  },
  "off-topic": (input) => {
    const { relevance } = input.signals;
    const ask = relevance.ask;
    return {
      rule: flag(input, "off-topic"),
      personMissing: ask?.person === true ? 1 / (1 + relevance.people) : 0,
      mistakeMissing: ask?.mistake === true ? 1 / (1 + relevance.setbacks) : 0,
      pushbackMissing: ask?.pushback === true ? 1 / (1 + relevance.disagreements) : 0,
      companyMissing: ask?.company === true ? 1 / (1 + relevance.companyMentions) : 0,
      lossMissing: ask?.loss === true ? 1 / (1 + relevance.losses) : 0,
      topicOverlap: relevance.topicOverlap,
      exchanges: log1p(relevance.exchanges),
    };
  },
};

/**
 * Which way each feature may push its flag: +1 toward raising it, -1 away from it, 0 either way.
 * Training drops a feature whose fitted weight points the wrong way, so a weight never says, for
 * instance, that a named feeling makes "no-feelings" more likely.
 */
export const FEATURE_SIGNS: Readonly<Record<FlagCode, Readonly<Record<string, -1 | 0 | 1>>>> = {
  "alignment-signaling": {
    rule: 1,
    performedPer100: 1,
    performed: 1,
    emptySentences: 1,
    considered: -1,
    detailsPer100: -1,
    stock: 1,
    view: 0,
  },
  "no-feelings": {
    rule: 1,
    felt: -1,
    // A feeling claim tied to no event neither shows a reaction nor rules one out.
    looseFelt: 0,
    denied: 1,
    stock: 1,
  },
  "we-not-i": { rule: 1, self: -1, group: 1, passive: 1, selfShare: -1 },
  "no-outcome": { rule: 1, endings: -1, looseEndings: 0 },
  "no-reflection": { rule: 1, lessons: -1, weak: -1, platitudes: 1 },
  "no-genuine-change": { rule: 1, parts: -1, events: -1 },
  "no-critique": {
    rule: 1,
    considered: -1,
    arguments: -1,
    questions: -1,
    unreasoned: 0,
    compliments: 1,
    performedPer100: 1,
  },
  vague: {
    rule: 1,
    details: -1,
    strong: -1,
    detailsPer100: -1,
    looseNumbers: 1,
    events: -1,
  },
  "framework-recital": { rule: 1, labels: 1 },
  "too-long": { rule: 1 },
  hollow: {
    rule: 1,
    looseMarkers: 1,
    looseShare: 1,
    looseNumbers: 1,
    markersPer100: 1,
    stock: 1,
    eventsPer100: -1,
    cohesion: -1,
  },
  "off-topic": {
    rule: 1,
    personMissing: 1,
    mistakeMissing: 1,
    pushbackMissing: 1,
    companyMissing: 1,
    lossMissing: 1,
    topicOverlap: -1,
    exchanges: 0,
  },
};

/** The overall score's feature for `off-topic` raised on a close call. */
const OFF_TOPIC_CLOSE_CALL = "off-topic-close-call";

/**
 * Which way each feature of the overall score may push it: a better dimension never lowers the
 * score and a raised flag never lifts it; whether the answer is a view may go either way.
 */
export function overallFeatureSign(name: string): -1 | 0 | 1 {
  if (name === "view") return 0;
  if (name === "askMissing" || name === OFF_TOPIC_CLOSE_CALL) return -1;
  return (FLAG_CODE_SET as ReadonlySet<string>).has(name) ? -1 : 1;
}

/** The feature row the learned weights of one flag read. */
export function flagFeatures(code: FlagCode, input: FeatureInput): FeatureRow {
  return READERS[code](input);
}

/**
 * How far the answer lacks what the question asks for, 0 (it is there) to 1 (nothing of it): the
 * person, the setback, the disagreement, the company or the loss the off-topic rule looks for,
 * whichever is scarcest. The rule raises `off-topic` only when the lack is plain; the overall
 * score weighs the lack itself, so a story that barely touches the ask ranks below one built on
 * it without the cap a false alarm would cost.
 */
export function askMissing(relevance: Signals["relevance"]): number {
  const ask = relevance.ask;
  if (ask === undefined) return 0;
  const lacks = [
    ask.person ? 1 / (1 + relevance.people) : 0,
    ask.mistake ? 1 / (1 + relevance.setbacks) : 0,
    ask.pushback ? 1 / (1 + relevance.disagreements) : 0,
    ask.company ? 1 / (1 + relevance.companyMentions) : 0,
    ask.loss ? 1 / (1 + relevance.losses) : 0,
  ];
  return Math.max(...lacks);
}

/** The dimension that measures what a follow-up aimed at a flag asks for. */
const DIMENSION_ASKED: Readonly<Partial<Record<FlagCode, Dimension>>> = {
  "we-not-i": "ownership",
  "no-feelings": "honesty",
  "no-outcome": "structure",
  "no-reflection": "reflection",
  "no-genuine-change": "reflection",
  "no-critique": "reflection",
  vague: "specificity",
};

/**
 * The dimensions as a follow-up asked for them. A follow-up asks for one thing ("what was your
 * own part?"), and an answer that gives it is not short of a lesson or an ending it was never
 * asked for: each dimension the follow-up did not aim at counts at least as much as the ones it
 * did. An answer that misses what was asked keeps its own scores, and the flag it leaves raised.
 */
export function asTheFollowUpAsked(
  dimensions: Readonly<Record<Dimension, Score>>,
  targets: ReadonlySet<FlagCode> | undefined,
  raised: ReadonlySet<FlagCode>,
): Readonly<Record<Dimension, Score>> {
  if (targets === undefined || [...targets].some((code) => raised.has(code))) return dimensions;
  const asked = new Set(
    [...targets].flatMap((code) => {
      const dimension = DIMENSION_ASKED[code];
      return dimension === undefined ? [] : [dimension];
    }),
  );
  if (asked.size === 0) return dimensions;
  const answered = Math.min(...[...asked].map((dimension) => dimensions[dimension])) as Score;
  return Object.fromEntries(
    DIMENSIONS.map((dimension) => [
      dimension,
      asked.has(dimension) ? dimensions[dimension] : Math.max(dimensions[dimension], answered),
    ]),
  ) as Record<Dimension, Score>;
}

/**
 * The feature row of the overall score: the dimensions, the flags raised, and, where the answer
 * replies to a question (not a follow-up), how far it lacks what was asked. `off-topic` raised on
 * a close call (`tentative`) is a feature of its own, so a doubtful miss weighs what doubtful
 * misses turned out to be worth, not what plain ones are.
 */
export function overallFeatures(
  dimensions: Readonly<Record<Dimension, Score>>,
  raised: ReadonlySet<FlagCode>,
  context: AnswerContext,
  relevance: Signals["relevance"] | undefined,
  tentative: ReadonlySet<FlagCode> = new Set(),
): FeatureRow {
  const row: Record<string, number> = {
    ...asTheFollowUpAsked(dimensions, context.followUpTargets, raised),
    view: context.isStory ? 0 : 1,
    askMissing: relevance === undefined ? 0 : askMissing(relevance),
  };
  for (const code of [
    "alignment-signaling",
    "no-feelings",
    "we-not-i",
    "no-outcome",
    "no-reflection",
    "no-genuine-change",
    "no-critique",
    "vague",
    "framework-recital",
    "too-long",
    "hollow",
  ] as const) {
    row[code] = raised.has(code) ? 1 : 0;
  }
  const offTopic = raised.has("off-topic");
  const closeCall = offTopic && tentative.has("off-topic");
  row["off-topic"] = offTopic && !closeCall ? 1 : 0;
  row[OFF_TOPIC_CLOSE_CALL] = closeCall ? 1 : 0;
  return row;
}
