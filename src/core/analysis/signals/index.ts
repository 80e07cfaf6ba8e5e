import type { AnswerKind } from "../../content/schema.ts";
import { type Clause, readClauses } from "../clauses.ts";
import type { Evidence } from "../evidence.ts";
import { readNarrativeTense } from "../narrative-tense.ts";
import type { ParsedText } from "../nlp.ts";
import { type AgencySignal, readAgency } from "./agency.ts";
import { type BeliefChangeSignal, missingParts, readBeliefChange } from "./belief-change.ts";
import { type CritiqueSignal, readCritique } from "./critique.ts";
import { distressOf, type EmotionSignal, readEmotion } from "./emotion.ts";
import { type FrameworkSignal, readFramework } from "./framework.ts";
import { type LengthSignal, readLength } from "./length.ts";
import { type OutcomeSignal, readOutcome } from "./outcome.ts";
import { type PerformanceSignal, performedCount, readPerformance } from "./performance.ts";
import { type ReflectionSignal, readReflection } from "./reflection.ts";
import { type SpecificKind, type SpecificsSignal, readSpecifics } from "./specifics.ts";
import { readSubstance, type SubstanceSignal } from "./substance.ts";
import {
  type QuestionAsk,
  readAsk,
  readFollowUpAsk,
  readRelevance,
  type RelevanceSignal,
} from "./relevance.ts";
import type { FlagCode } from "../types.ts";
import { asksHypothetical, conflictEvidence, isConflictStory } from "./story-context.ts";

/** What the question asks for, as far as the analysis needs to know. */
export interface AnswerContext {
  readonly kind: AnswerKind;
  /** The question asks what the candidate would do ("How would you handle..."). */
  readonly hypothetical: boolean;
  /**
   * values and behavioral questions ask for a story, unless they are hypothetical; why and opinion
   * ask for a view.
   */
  readonly isStory: boolean;
  readonly changedMind: boolean;
  /** A story of conflict, loss or being wrong, where a felt reaction belongs. */
  readonly conflictStory: boolean;
  /** What the question asks for, when there is a question. */
  readonly ask: QuestionAsk | undefined;
  /** For a reply to a follow-up: the gaps the follow-up probed; undefined for a first answer. */
  readonly followUpTargets: ReadonlySet<FlagCode> | undefined;
}

/** Everything the analyzer reads from an answer, before any judgement. */
export interface Signals {
  /** The answer's clauses, read once and kept for the readers that run after the signals. */
  readonly clauses: readonly Clause[];
  readonly length: LengthSignal;
  readonly agency: AgencySignal;
  readonly emotion: EmotionSignal;
  readonly specifics: SpecificsSignal;
  readonly outcome: OutcomeSignal;
  readonly reflection: ReflectionSignal;
  readonly beliefChange: BeliefChangeSignal;
  readonly critique: CritiqueSignal;
  readonly performance: PerformanceSignal;
  readonly framework: FrameworkSignal;
  /** The events the answer narrates and whether its markers rest on them. */
  readonly substance: SubstanceSignal;
  /** How the answer meets what the question asks. */
  readonly relevance: RelevanceSignal;
  /** Sentences that carry a conflict, loss or being-wrong cue. */
  readonly conflict: readonly Evidence[];
}

/**
 * How much the answer performs: mission, values and buzzwords, plus each stock-enthusiasm phrase
 * once more and each compliment dressed as criticism twice, since those are the surest tells.
 */
export function performedWeight(signals: Signals): number {
  const { performance, emotion, critique } = signals;
  return performedCount(performance) + emotion.stock.length + critique.compliments.length * 2;
}

/** The performed weight per 100 words. */
export function performedPer100(signals: Signals): number {
  return (performedWeight(signals) / Math.max(signals.length.words, 1)) * 100;
}

/** Works out the context of an answer from its kind, its question and the answer itself. */
export function readContext(
  answer: ParsedText,
  kind: AnswerKind,
  question: ParsedText | undefined,
  changedMind: boolean,
  followUpTargets?: readonly FlagCode[],
  followUpQuestion?: ParsedText,
): AnswerContext {
  const hypothetical = question !== undefined && asksHypothetical(question);
  const isStory = (kind === "values" || kind === "behavioral") && !hypothetical;
  // A values question asks, by design, about a moment of tension; a behavioral one may not.
  const tense = kind === "values" || changedMind || isConflictStory(answer, question);
  return {
    kind,
    hypothetical,
    isStory,
    changedMind,
    conflictStory: isStory && tense,
    // A reply to a follow-up answers the follow-up, not the question's ask: it is asked for no
    // kind of story, so only an announced swap can miss it.
    ask:
      followUpTargets === undefined
        ? readAsk(question, kind, isStory)
        : readFollowUpAsk(question === undefined ? undefined : (followUpQuestion ?? question)),
    followUpTargets: followUpTargets === undefined ? undefined : new Set(followUpTargets),
  };
}

const WEAK_KINDS: ReadonlySet<SpecificKind> = new Set(["role", "event", "example"]);

/** Reads every signal from a parsed answer. */
export function readSignals(parsed: ParsedText, context: AnswerContext): Signals {
  const written = readClauses(parsed);
  // A story told in the present is read as the past it tells; a view keeps its tenses.
  const clauses = context.isStory ? readNarrativeTense(parsed, written) : written;
  const specifics = readSpecifics(parsed);
  // Roles, events and compound nouns are too common to anchor a sentence on their own.
  const concreteSentences = new Set(
    specifics.items.filter((item) => !WEAK_KINDS.has(item.kind)).map((i) => i.sentence),
  );
  const performance = readPerformance(parsed, concreteSentences);
  const emotion = readEmotion(parsed, clauses);
  const outcome = readOutcome(parsed, clauses);
  const reflection = readReflection(parsed, clauses);
  const beliefChange = readBeliefChange(parsed, clauses);
  const changedMind =
    missingParts(beliefChange).length === 0
      ? [...beliefChange.prior, ...beliefChange.mover, ...beliefChange.revised]
      : [];
  return {
    clauses,
    length: readLength(parsed),
    agency: readAgency(parsed, clauses, !context.isStory),
    emotion,
    specifics,
    outcome,
    reflection,
    beliefChange,
    critique: readCritique(
      parsed,
      concreteSentences,
      new Set(performance.emptySentences),
      !context.isStory,
    ),
    performance,
    framework: readFramework(parsed),
    substance: readSubstance(
      parsed,
      clauses,
      { emotion, reflection, outcome, specifics },
      context.isStory,
    ),
    relevance: readRelevance(parsed, clauses, context.ask, {
      admissions: reflection.admissions,
      distress: distressOf(emotion),
      changedMind,
    }),
    conflict: conflictEvidence(parsed),
  };
}
