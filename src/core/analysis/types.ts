import type { AnswerKind } from "../content/schema.ts";
import type { Evidence } from "./evidence.ts";
import type { Stance } from "./stance.ts";

export type { AnswerKind } from "../content/schema.ts";
export type { Evidence } from "./evidence.ts";
export type { Stance, StanceVerdict } from "./stance.ts";

/** What can be analysed: an answer to a kind of question, or a reply to the interviewer's pushback. */
export type AnalysisKind = AnswerKind | "pushback";

/** Every flag the analyzer can raise, in the order they are reported (see DESIGN.md). */
export const FLAG_CODES = [
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
  "off-topic",
] as const;

/** One of the flag codes of the analysis contract. */
export type FlagCode = (typeof FLAG_CODES)[number];

/** The five dimensions every answer is scored on. */
export const DIMENSIONS = [
  "honesty",
  "ownership",
  "reflection",
  "specificity",
  "structure",
] as const;

/** One of the five scored dimensions. */
export type Dimension = (typeof DIMENSIONS)[number];

/** A score from 1 (weak) to 5 (strong). */
export type Score = 1 | 2 | 3 | 4 | 5;

/** How the answer reads to an interviewer who penalises performed enthusiasm. */
export type ReadsAs = "genuine" | "mixed" | "alignment-signaling";

/** A problem found in the answer, with the words that raised it. */
export interface Flag {
  readonly code: FlagCode;
  readonly message: string;
  readonly evidence: readonly Evidence[];
}

/** Counts about the answer. */
export interface AnalysisStats {
  readonly words: number;
  readonly sentences: number;
  readonly firstPersonSingular: number;
  readonly firstPersonPlural: number;
  /** At 150 words a minute. */
  readonly minutesSpoken: number;
}

/** The answer analysis of DESIGN.md, plus a reason beside each dimension's score. */
export interface Analysis {
  readonly overall: Score;
  readonly readsAs: ReadsAs;
  readonly dimensions: Readonly<Record<Dimension, Score>>;
  /** Why each dimension got its score, in a sentence. */
  readonly reasons: Readonly<Record<Dimension, string>>;
  readonly flags: readonly Flag[];
  readonly suggestions: readonly string[];
  readonly stats: AnalysisStats;
  /** Only for `kind: "pushback"`: what the reply did with the view it defended. */
  readonly stance?: Stance;
}

/** What to analyse: the answer, the kind of question, and optionally the question itself. */
export interface AnalyzeInput {
  readonly text: string;
  readonly kind: AnalysisKind;
  readonly question?: string;
  /** Whether the question asks for a changed mind; read from the question when left out. */
  readonly changedMind?: boolean;
  /**
   * Set when the answer replies to a follow-up rather than to the question: it is judged on what
   * the follow-up asked (the flags in `targets`), not on the whole story again.
   */
  readonly followUp?: { readonly question: string; readonly targets: readonly FlagCode[] };
  /** For `kind: "pushback"`: the view the candidate stated, which the challenge disputes. */
  readonly view?: string;
  /** For `kind: "pushback"`: what the interviewer said against the view. */
  readonly challenge?: string;
}

/** Why an answer could not be analysed. */
export interface AnalysisError {
  readonly code: "empty-answer" | "answer-too-long";
  readonly message: string;
}

/** The analysis, or the expected reason there is none. */
export type AnalyzeResult =
  | { readonly ok: true; readonly value: Analysis }
  | { readonly ok: false; readonly error: AnalysisError };

/** Longer answers are refused: no spoken answer comes near, and parsing time grows with length. */
export const MAX_ANSWER_CHARS = 60_000;
