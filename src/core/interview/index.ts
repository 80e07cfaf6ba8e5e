/** The mock interviewer's engine: plans a round, probes each answer's gaps, pushes back, reports. */
export {
  analysisInputFor,
  followUpReadings,
  turnInputsFor,
  type TurnInputs,
  answerTurn,
  askProbe,
  recordAnswer,
  startInterview,
  toInterviewTurn,
  transcriptOf,
  type AnswerContextInput,
  type TranscriptEntry,
  type AnswerOutcome,
  type InterviewError,
  type StartInterviewInput,
} from "./engine.ts";
export { DEFAULT_KNOWN_WORKS, findKnownWorks, judgeWhyCompany } from "./known-works.ts";
export { fixesFirst, type FixFirst, type FixTopic } from "./fixes.ts";
export { interruption, phrasings } from "./phrasing.ts";
export {
  BANK_ROUND,
  DEFAULT_QUESTION_COUNT,
  invitesPushback,
  isWhyCompanyQuestion,
  planRound,
  type Opening,
  type PlanError,
  type PlanInput,
} from "./plan.ts";
export { questionShape, missingAreas, missingPieces, type QuestionShape } from "./coverage.ts";
export {
  currentThread,
  DEEP_DIVE_ASPECTS,
  INTERRUPT_AFTER_WORDS,
  MAX_LADDER,
  planNextProbe,
} from "./probe.ts";
export {
  buildInterviewReport,
  type AnswerHighlight,
  type DeepDiveSummary,
  type InterviewReport,
  type QuestionReport,
  type StorySuggestion,
} from "./report.ts";
export {
  INTERVIEW_ROUNDS,
  MAX_OWN_QUESTION_LENGTH,
  OWN_QUESTION_ID,
  OWN_QUESTION_KINDS,
  type AnsweredText,
  type DeepDiveAspect,
  type DeepDiveEdge,
  type InterviewRound,
  type InterviewState,
  type InterviewTurn,
  type KnownWork,
  type NextProbe,
  type OwnQuestion,
  type OwnQuestionKind,
  type PlannedQuestion,
  type ProbeStep,
  type PushbackOutcome,
  type PushbackRecord,
  type PushbackStance,
  type RanOutNote,
  type DesignArea,
  type RecordedTurn,
  type StoryRef,
  type WhyCompanyVerdict,
} from "./types.ts";
