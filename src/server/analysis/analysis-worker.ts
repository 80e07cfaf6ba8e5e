import { analyzeAnswer, type AnalyzeInput, type AnalyzeResult } from "../../core/analysis/index.ts";

/** One pool task: the analysis of each input, in order. */
export default function analyseInWorker(inputs: readonly AnalyzeInput[]): AnalyzeResult[] {
  return inputs.map((input) => analyzeAnswer(input));
}
