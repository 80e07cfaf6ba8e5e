import { missingParts } from "./signals/belief-change.ts";
import { type AnswerContext, performedPer100, type Signals } from "./signals/index.ts";
import { TOO_LONG_WORDS } from "./signals/length.ts";
import { type ClaimKind, unattachedClaims } from "./signals/substance.ts";
import type { Evidence } from "./evidence.ts";
import { FLAG_THRESHOLDS } from "./flags.ts";
import type { Dimension, Flag, FlagCode, ReadsAs, Score } from "./types.ts";
import { capitalise } from "../text.ts";

/** A dimension's score and the sentence that explains it. */
export interface Scored {
  readonly score: Score;
  readonly reason: string;
}

/** Clamps and rounds a raw score onto 1..5. */
export function toScore(raw: number): Score {
  return Math.min(5, Math.max(1, Math.round(raw))) as Score;
}

const REASON_QUOTE = 60;

/** The first quote of a list, shortened to sit inside a one-line reason. */
function first(list: readonly { quote: string }[]): string {
  const quote = list[0]?.quote.replace(/\s+/g, " ").trim();
  if (quote === undefined || quote === "") return "";
  const short = quote.length <= REASON_QUOTE ? quote : `${quote.slice(0, REASON_QUOTE - 1)}…`;
  return ` ("${short}")`;
}

/** The claims of one kind that rest on an event of the story, as evidence. */
function attached(signals: Signals, kind: ClaimKind): Evidence[] {
  return signals.substance.claims
    .filter((claim) => claim.kind === kind && claim.attached)
    .map((claim) => claim.evidence);
}

/** The evidence with every span that overlaps an earlier one left out, in text order. */
function withoutOverlaps(evidence: readonly Evidence[]): Evidence[] {
  const kept: Evidence[] = [];
  for (const item of [...evidence].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept.at(-1);
    if (last !== undefined && item.start < last.end) continue;
    kept.push(item);
  }
  return kept;
}

/** Honesty: named feelings, owned mistakes and real criticism up; performed words down. */
export function scoreHonesty(signals: Signals, context: AnswerContext): Scored {
  const { emotion, reflection, critique } = signals;
  const notes: string[] = [];
  let raw = 3;
  const felt = attached(signals, "feeling");
  const loose = unattachedClaims(signals.substance);
  if (felt.length > 0 && emotion.felt.length > 0) {
    raw += 1;
    notes.push(`names a felt reaction${first(felt)}`);
  } else if (emotion.felt.length > 0) {
    notes.push(`names a feeling that nothing in the story explains${first(emotion.felt)}`);
  } else if (emotion.shared.length > 0) {
    raw += 0.5;
    notes.push(`names a shared reaction${first(emotion.shared)}`);
  } else if (context.conflictStory) {
    raw -= 0.5;
    notes.push("never says how it felt");
  }
  if (reflection.admissions.length > 0) {
    raw += 1;
    notes.push(`owns a mistake${first(reflection.admissions)}`);
  }
  if (critique.considered.length > 0) {
    raw += 1;
    notes.push(`gives a reasoned criticism${first(critique.considered)}`);
  }
  const density = performedPer100(signals);
  if (density >= 6) raw -= 2;
  else if (density >= 3) raw -= 1;
  if (density >= 3)
    notes.push(`performs mission or enthusiasm words (${density.toFixed(1)} per 100 words)`);
  if (emotion.stock.length > 0) {
    raw -= emotion.stock.length > 1 ? 1 : 0.5;
    notes.push(`stock enthusiasm${first(emotion.stock)}`);
  }
  if (critique.compliments.length > 0) {
    raw -= 1;
    notes.push(`praise dressed as criticism${first(critique.compliments)}`);
  }
  if (loose.length >= 3) {
    raw -= loose.length >= 5 ? 2 : 1;
    notes.push(`${loose.length} claims rest on nothing told${first(loose.map((c) => c.evidence))}`);
  }
  const reason = notes.length > 0 ? notes.join("; ") : "plain, neither candid nor performed";
  return { score: toScore(raw), reason: capitalise(reason) };
}

function shareScore(share: number): number {
  if (share >= 0.75) return 5;
  if (share >= 0.55) return 4;
  if (share >= 0.4) return 3;
  if (share >= 0.2) return 2;
  return 1;
}

/** Ownership: the share of the narrated actions that are the candidate's own. */
export function scoreOwnership(signals: Signals): Scored {
  const { selfActions, groupActions, hiddenPassives } = signals.agency;
  const hidden = groupActions.length + hiddenPassives.length;
  const total = selfActions.length + hidden;
  const admits = signals.reflection.admissions.length > 0;
  if (total === 0) {
    return {
      score: admits ? 4 : 3,
      reason: admits
        ? "No actions narrated, but owns a mistake"
        : "No actions narrated to attribute",
    };
  }
  const raw = shareScore(selfActions.length / total) + (admits ? 1 : 0);
  const told = total === 1 ? "action is" : "actions are";
  const reason = `${selfActions.length} of ${total} ${told} told as "I"${
    hidden > 0
      ? `; ${hidden} as "we", "the team" or passive${first([...groupActions, ...hiddenPassives])}`
      : ""
  }${admits ? "; owns a mistake" : ""}`;
  return { score: toScore(raw), reason };
}

/** Reflection: lessons, counterfactuals and change; for views, reasoned reservations. */
export function scoreReflection(signals: Signals, context: AnswerContext): Scored {
  const { reflection, critique, beliefChange } = signals;
  // A lesson counts when it names something from the story; "communication is key" does not.
  // Cues that overlap are one lesson: "Now I treat a load test as part of the date" is matched
  // by a cue and by the practice reader, and once said it counts once.
  const lessons = withoutOverlaps(attached(signals, "lesson"));
  // A plan for a hypothetical that says what it turns on, branch by branch, has weighed it.
  const weighed =
    context.hypothetical && reflection.conditions.length >= 2 ? reflection.conditions : [];
  const strong = context.isStory ? lessons.length : reflection.strong.length + weighed.length;
  const weak = reflection.weak.length + reflection.admissions.length;
  let raw =
    strong >= 3 ? 5 : strong === 2 ? 4 : strong === 1 ? 3 : weak >= 2 ? 3 : weak === 1 ? 2 : 1;
  const notes = [
    strong > 0
      ? `${strong} clear reflection cue${strong > 1 ? "s" : ""}${first(context.isStory ? lessons : reflection.strong)}`
      : reflection.strong.length > 0
        ? `lessons that name nothing from the story${first(reflection.strong)}`
        : "no lesson or counterfactual",
  ];
  if (weighed.length > 0) notes.push(`${weighed.length} conditions weighed${first(weighed)}`);
  if (context.changedMind) {
    const parts = 3 - missingParts(beliefChange).length;
    raw = Math.max(raw, 1 + parts + (strong > 0 ? 1 : 0));
    notes.push(`${parts} of 3 parts of a change of mind`);
  }
  if (!context.isStory) {
    raw = Math.max(
      raw,
      critique.considered.length >= 2 ? 5 : critique.considered.length === 1 ? 4 : raw,
    );
    if (critique.compliments.length > 0) raw -= 1;
    notes.push(
      `${critique.considered.length} reasoned reservation${critique.considered.length === 1 ? "" : "s"}`,
    );
  }
  return { score: toScore(raw), reason: capitalise(notes.join("; ")) };
}

function stepUp(value: number, steps: readonly number[]): number {
  return 1 + steps.filter((step) => value >= step).length;
}

/** Specificity: how many concrete details the answer carries, and not spread too thin. */
export function scoreSpecificity(signals: Signals): Scored {
  const { weight, items } = signals.specifics;
  const per100 = (weight / Math.max(signals.length.words, 1)) * 100;
  // The count decides; a long answer that spreads a few details thin loses a point.
  const raw = stepUp(weight, [1.5, 3, 5, 8]) - (per100 < 1.5 ? 1 : 0);
  const examples = [...new Set(items.map((item) => `"${item.evidence.quote}"`))]
    .slice(0, 3)
    .join(", ");
  const reason =
    items.length === 0
      ? "No numbers, time frames, names, roles or events"
      : `${weight} weighted detail${weight === 1 ? "" : "s"} (${per100.toFixed(1)} per 100 words), e.g. ${examples}`;
  return { score: toScore(raw), reason };
}

/** Structure: length, a story that ends, no recited labels, sentences a listener can follow. */
export function scoreStructure(
  signals: Signals,
  context: AnswerContext,
  raised: ReadonlySet<FlagCode>,
): Scored {
  const { words, sentences } = signals.length;
  const notes: string[] = [];
  let raw = 5;
  if (words > TOO_LONG_WORDS * 1.35) raw -= 2;
  else if (words > TOO_LONG_WORDS) raw -= 1;
  if (words > TOO_LONG_WORDS) notes.push(`${words} words is over three minutes`);
  const short = context.isStory ? 60 : 40;
  if (words < short / 2) raw -= 2;
  else if (words < short) raw -= 1;
  if (words < short) notes.push(`${words} words is too short to tell it`);
  if (raised.has("framework-recital")) {
    raw -= 1;
    notes.push("recites framework labels");
  }
  if (raised.has("no-outcome")) {
    raw -= 1;
    notes.push("no ending");
  }
  const perSentence = words / Math.max(sentences, 1);
  if (perSentence > 35) {
    raw -= 1;
    notes.push(`${Math.round(perSentence)} words per sentence`);
  }
  const reason = notes.length > 0 ? notes.join("; ") : `${words} words in ${sentences} sentences`;
  return { score: toScore(raw), reason: capitalise(reason) };
}

/** Weights of the dimensions in the overall score: stories weigh ownership more than views do. */
export const OVERALL_WEIGHTS: Readonly<
  Record<"story" | "view", Readonly<Record<Dimension, number>>>
> = {
  story: { honesty: 0.25, ownership: 0.2, reflection: 0.2, specificity: 0.2, structure: 0.15 },
  view: { honesty: 0.3, ownership: 0.1, reflection: 0.25, specificity: 0.2, structure: 0.15 },
};

/** Each flag takes this much off the weighted mean, up to `FLAG_PENALTY_CAP`. */
export const FLAG_PENALTY = 0.4;
export const FLAG_PENALTY_CAP = 1.5;

/** The overall score: the weighted mean of the dimensions, less a penalty per flag. */
export function scoreOverall(
  dimensions: Readonly<Record<Dimension, Score>>,
  flags: readonly Flag[],
  context: AnswerContext,
  tentative: ReadonlySet<FlagCode> = new Set(),
): Score {
  const weights = OVERALL_WEIGHTS[context.isStory ? "story" : "view"];
  let mean = 0;
  for (const [dimension, weight] of Object.entries(weights) as [Dimension, number][]) {
    mean += dimensions[dimension] * weight;
  }
  const penalty = Math.min(FLAG_PENALTY_CAP, flags.length * FLAG_PENALTY);
  return capOverall(toScore(mean - penalty), flags, tentative);
}

/**
 * An answer to another question, claims with no story under them, or performed alignment is not
 * a good answer however well it is told: with one of those flags the overall is at most 2. A flag
 * raised on a close call (`tentative`) is advice and caps nothing: a false alarm that took a good
 * answer down to 2 would be the coach's worst error.
 */
export function capOverall(
  score: Score,
  flags: readonly Flag[],
  tentative: ReadonlySet<FlagCode> = new Set(),
): Score {
  const disqualified = flags.some(
    (flag) => DISQUALIFYING.has(flag.code) && !tentative.has(flag.code),
  );
  return disqualified ? (Math.min(score, 2) as Score) : score;
}

const DISQUALIFYING: ReadonlySet<FlagCode> = new Set([
  "off-topic",
  "hollow",
  "alignment-signaling",
]);

const GUARDED_FLAGS: ReadonlySet<FlagCode> = new Set(["we-not-i", "framework-recital"]);

/**
 * How the answer reads: alignment-signaling when that flag is raised; mixed when something is
 * performed (3+ performed words per 100, stock enthusiasm twice, praise dressed as criticism),
 * when the candidate hides behind "we" or a framework, or when honesty scores 2 or less;
 * genuine otherwise.
 */
export function judgeReadsAs(
  signals: Signals,
  dimensions: Readonly<Record<Dimension, Score>>,
  flags: readonly Flag[],
  overall: Score,
): ReadsAs {
  if (flags.some((flag) => flag.code === "alignment-signaling")) return "alignment-signaling";
  // The verdict and the score tell one story: nothing at 1 reads as genuine, and a 5 is.
  if (overall === 1) return "mixed";
  if (overall === 5) return "genuine";
  if (flags.some((flag) => flag.code === "hollow")) return "mixed";
  // Mission words inside concrete sentences are an argument that uses them ("the mission
  // statement talks about safety, but what convinced me was that you delayed a launch"); they
  // read as performed when some sentence holds nothing else, or when nothing could carry them.
  const density = performedPer100(signals);
  const sloganed =
    density >= 3 &&
    (signals.performance.emptySentences.length > 0 || density >= FLAG_THRESHOLDS.saturatedPer100);
  const performed =
    sloganed || signals.emotion.stock.length > 1 || signals.critique.compliments.length > 0;
  // Hiding behind "we" or reciting a framework keeps the candidate out of their own story.
  const guarded = flags.some((flag) => GUARDED_FLAGS.has(flag.code));
  return performed || guarded || dimensions.honesty <= 2 ? "mixed" : "genuine";
}

/** Every dimension's score and reason, given the flags raised. */
export function scoreDimensions(
  signals: Signals,
  context: AnswerContext,
  raised: ReadonlySet<FlagCode>,
): Readonly<Record<Dimension, Score>> {
  return mapDimensions(scoreEachDimension(signals, context, raised), (s) => s.score);
}

/** Every dimension scored, with its reason. */
export function scoreEachDimension(
  signals: Signals,
  context: AnswerContext,
  raised: ReadonlySet<FlagCode>,
): Record<Dimension, Scored> {
  return {
    honesty: scoreHonesty(signals, context),
    ownership: scoreOwnership(signals),
    reflection: scoreReflection(signals, context),
    specificity: scoreSpecificity(signals),
    structure: scoreStructure(signals, context, raised),
  };
}

/** Applies `f` to each dimension's value. */
export function mapDimensions<T, U>(
  record: Readonly<Record<Dimension, T>>,
  f: (value: T) => U,
): Record<Dimension, U> {
  return {
    honesty: f(record.honesty),
    ownership: f(record.ownership),
    reflection: f(record.reflection),
    specificity: f(record.specificity),
    structure: f(record.structure),
  };
}
