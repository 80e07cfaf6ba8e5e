import { analyzeAnswer, type AnalyzeInput, type AnalyzeResult } from "../../core/analysis/index.ts";
import { reviewDesign, type DesignReview } from "../../core/design/review-design.ts";
import type { DesignReviewInput } from "./analysis-pool.ts";

/** One pool task: the analysis of each input, in order. */
export default function analyseInWorker(inputs: readonly AnalyzeInput[]): AnalyzeResult[] {
  return inputs.map((input) => analyzeAnswer(input));
}

/** One pool task: the review of a system-design answer. */
export function review(input: DesignReviewInput): DesignReview {
  return reviewDesign(input.text, input.question, input.diagram);
}
