import { DIMENSIONS, type Dimension, FLAG_CODES, type FlagCode } from "../analysis/index.ts";
import {
  CAVED_ADVICE,
  DIMENSION_ADVICE,
  EDGE_ADVICE,
  FLAG_ADVICE,
  FLAG_SEVERITY,
} from "./fix-advice.ts";
import type { DesignStep } from "../design/steps.ts";
import { firstSentenceOf, shortQuote } from "./quotes.ts";
import type { QuestionReport } from "./report.ts";
import type { AnsweredText, InterviewState } from "./types.ts";

/** Where a thing to fix comes from. */
export type FixTopic =
  | { kind: "flag"; code: FlagCode }
  | { kind: "pushback" }
  | { kind: "deep-dive-edge" }
  | { kind: "dimension"; dimension: Dimension }
  | { kind: "design-step"; step: DesignStep };

/** One of the things to fix first, with the candidate's words that show it. */
export interface FixFirst {
  topic: FixTopic;
  advice: string;
  /** How many answers showed it. */
  count: number;
  quote: string;
  questionId: string;
}

const FIX_COUNT = 3;

type Answered = QuestionReport & { answer: AnsweredText };

interface Sighting {
  quote: string;
  questionId: string;
  overall: number;
}

function flagFixes(reports: QuestionReport[]): FixFirst[] {
  const sightings = new Map<FlagCode, Sighting[]>();
  for (const report of reports) {
    const answers = [report.answer, ...report.followUps.map((f) => f.answer)];
    for (const answer of answers) {
      if (answer === undefined) continue;
      for (const flag of answer.analysis.flags) {
        const quote = flag.evidence.find((item) => item.quote.trim() !== "")?.quote;
        const list = sightings.get(flag.code) ?? [];
        list.push({
          quote: shortQuote(quote ?? firstSentenceOf(answer.text)),
          questionId: report.questionId,
          overall: answer.analysis.overall,
        });
        sightings.set(flag.code, list);
      }
    }
  }
  const ranked = [...sightings]
    .map(([code, list]) => ({ code, list, weight: list.length * FLAG_SEVERITY[code] }))
    .sort((a, b) => b.weight - a.weight || FLAG_CODES.indexOf(a.code) - FLAG_CODES.indexOf(b.code));
  const used = new Set<string>();
  return ranked.map(({ code, list }) => {
    // Quote the weakest answer that shows the flag, as plainly as possible, and a different
    // passage for each fix where the answers allow it.
    const byWeakness = [...list].sort((a, b) => a.overall - b.overall);
    const pick = byWeakness.find((s) => !used.has(s.quote)) ?? byWeakness[0];
    if (pick !== undefined) used.add(pick.quote);
    return {
      topic: { kind: "flag", code },
      advice: FLAG_ADVICE[code],
      count: list.length,
      quote: pick?.quote ?? "",
      questionId: pick?.questionId ?? "",
    };
  });
}

/** Fixes for when the flags name fewer than three: caving, the deep dive's edge, weak dimensions. */
function otherFixes(state: InterviewState, answered: Answered[]): FixFirst[] {
  const fixes: FixFirst[] = [];
  const caved = state.pushbacks.filter((record) => record.outcome === "caved");
  const firstCave = caved[0];
  if (firstCave !== undefined) {
    fixes.push({
      topic: { kind: "pushback" },
      advice: CAVED_ADVICE,
      count: caved.length,
      quote: shortQuote(firstCave.quotes[0] ?? firstCave.response),
      questionId: firstCave.questionId,
    });
  }
  const edge = state.edges[0];
  if (edge !== undefined) {
    fixes.push({
      topic: { kind: "deep-dive-edge" },
      advice: EDGE_ADVICE,
      count: state.edges.length,
      quote: edge.quote,
      questionId: edge.questionId,
    });
  }
  const dimensions = DIMENSIONS.map((dimension) => {
    const weakest = [...answered].sort(
      (a, b) => a.answer.analysis.dimensions[dimension] - b.answer.analysis.dimensions[dimension],
    )[0];
    const mean =
      answered.reduce((sum, r) => sum + r.answer.analysis.dimensions[dimension], 0) /
      Math.max(answered.length, 1);
    return { dimension, weakest, mean };
  }).sort((a, b) => a.mean - b.mean);
  for (const { dimension, weakest } of dimensions) {
    if (weakest === undefined) continue;
    fixes.push({
      topic: { kind: "dimension", dimension },
      advice: DIMENSION_ADVICE[dimension],
      count: answered.filter((r) => r.answer.analysis.dimensions[dimension] <= 3).length,
      quote: firstSentenceOf(weakest.answer.text),
      questionId: weakest.questionId,
    });
  }
  return fixes;
}

/**
 * The three things to fix first: the flags that cost most across the interview (count times
 * severity), then caving under pushback, the deep dive's edge and the weakest dimensions when the
 * flags name fewer than three. Each comes with the candidate's own words.
 */
export function fixesFirst(state: InterviewState, questions: QuestionReport[]): FixFirst[] {
  // A design is judged on its steps: its answers' candor flags say nothing about the design.
  const told = questions.filter((q) => q.design === undefined);
  const answered = told.filter((q): q is Answered => q.answer !== undefined);
  return [...designFixes(questions), ...flagFixes(told), ...otherFixes(state, answered)].slice(
    0,
    FIX_COUNT,
  );
}

/**
 * The weakest steps of the designs, lowest score first: the step's first missing point as the
 * advice, with the first sentence of the answer it was missing from.
 */
function designFixes(questions: readonly QuestionReport[]): FixFirst[] {
  const gaps = questions.flatMap((report) =>
    (report.design?.steps ?? [])
      .filter((step) => step.missing.length > 0)
      .map((step) => ({ report, step })),
  );
  gaps.sort((a, b) => a.step.score - b.step.score);
  const seen = new Set<DesignStep>();
  const fixes: FixFirst[] = [];
  for (const { report, step } of gaps) {
    if (seen.has(step.step)) continue;
    seen.add(step.step);
    fixes.push({
      topic: { kind: "design-step", step: step.step },
      advice: step.missing[0] ?? "",
      count: gaps.filter((gap) => gap.step.step === step.step).length,
      quote: firstSentenceOf(report.answer?.text ?? ""),
      questionId: report.questionId,
    });
  }
  return fixes;
}
