/** The offline answer analyzer: scores, flags with quoted evidence, suggestions. */
export { analyzeAnswer } from "./analyze-answer.ts";
export {
  DIMENSIONS,
  FLAG_CODES,
  MAX_ANSWER_CHARS,
  type Analysis,
  type AnalysisKind,
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
  type Stance,
  type StanceVerdict,
} from "./types.ts";
