// A language model's second opinion on a system design: judged step by step against the same
// template, every quote checked against the design's text, and compared with the offline review.
import { z } from "zod";
import type { Evidence } from "../analysis/evidence.ts";
import { quoteChecker } from "../analysis/second-opinion.ts";
import type { DesignReview } from "./review-design.ts";
import { DESIGN_STEPS, type DesignStep } from "./steps.ts";

/** How the model judges one step. */
export const STEP_VERDICTS = ["strong", "thin", "missing"] as const;
export type StepVerdict = (typeof STEP_VERDICTS)[number];

/** What the model is asked to return; its quotes are claims about the design's words. */
export const rawDesignOpinionSchema = z.object({
  overall: z.number().int().min(1).max(5),
  overallQuotes: z.array(z.string()).max(6),
  steps: z
    .array(
      z.object({
        step: z.enum(DESIGN_STEPS),
        verdict: z.enum(STEP_VERDICTS),
        comment: z.string().max(400),
        quotes: z.array(z.string()).max(3),
      }),
    )
    .max(DESIGN_STEPS.length),
});

export type RawDesignOpinion = z.infer<typeof rawDesignOpinionSchema>;

/** One step as the model judged it, with its quotes verified. */
export interface DesignOpinionStep {
  readonly step: DesignStep;
  readonly verdict: StepVerdict;
  readonly comment: string;
  readonly evidence: readonly Evidence[];
}

/** The second opinion as shown: no score and no "strong" or "thin" without a quote behind it. */
export interface DesignOpinion {
  readonly overall?: 1 | 2 | 3 | 4 | 5;
  readonly overallEvidence: readonly Evidence[];
  readonly steps: readonly DesignOpinionStep[];
  /** Quotes the model offered that are not in the design, dropped. */
  readonly droppedQuotes: number;
}

/** Where the offline review and the model agree on a step. */
export interface DesignStepComparison {
  readonly step: DesignStep;
  /** The offline review's score, 0 (absent) to 3. */
  readonly offline: number;
  readonly second: StepVerdict | undefined;
  readonly agrees: boolean | undefined;
}

/**
 * Keeps what is verifiable. A step judged strong or thin rests on the design's words, so it needs
 * a quote that is there; a step judged missing claims an absence and needs none. The overall is
 * kept only with a verified quote.
 */
export function verifyDesignOpinion(raw: RawDesignOpinion, text: string): DesignOpinion {
  const { verify, dropped } = quoteChecker(text);
  const seen = new Set<DesignStep>();
  const steps: DesignOpinionStep[] = [];
  for (const judged of raw.steps) {
    if (seen.has(judged.step)) continue;
    const evidence = verify(judged.quotes);
    if (judged.verdict !== "missing" && evidence.length === 0) continue;
    seen.add(judged.step);
    steps.push({ step: judged.step, verdict: judged.verdict, comment: judged.comment, evidence });
  }
  const overallEvidence = verify(raw.overallQuotes);
  return {
    ...(overallEvidence.length > 0 ? { overall: raw.overall as DesignOpinion["overall"] } : {}),
    overallEvidence,
    steps: DESIGN_STEPS.flatMap((step) => steps.filter((s) => s.step === step)),
    droppedQuotes: dropped(),
  };
}

/** The verdict an offline step score corresponds to: 2 or 3 strong, 1 thin, 0 missing. */
function offlineVerdict(score: number): StepVerdict {
  return score >= 2 ? "strong" : score === 1 ? "thin" : "missing";
}

/** Step by step, whether the two readers agree (undefined where the model said nothing). */
export function compareDesignOpinions(
  offline: DesignReview,
  second: DesignOpinion,
): DesignStepComparison[] {
  return offline.steps.map((step) => {
    const judged = second.steps.find((s) => s.step === step.step)?.verdict;
    return {
      step: step.step,
      offline: step.score,
      second: judged,
      agrees: judged === undefined ? undefined : judged === offlineVerdict(step.score),
    };
  });
}
