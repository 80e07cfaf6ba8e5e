/** The offline answer analyzer: scores, flags with quoted evidence, suggestions. */
export { analyzeAnswer } from "./analyze-answer.ts";
export {
  DIMENSIONS,
  FLAG_CODES,
  MAX_ANSWER_CHARS,
  type Analysis,
  type AnalysisError,
  type AnalysisStats,
  type AnalyzeInput,
  type AnalyzeResult,
  type AnswerKind,
  type Dimension,
  type Evidence,
  type Flag,
  type FlagCode,
  type ReadsAs,
  type Score,
} from "./types.ts";
