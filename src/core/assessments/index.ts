/** Timed progressive assessments: content, level gating, scoring and pacing (browser-safe). */
export {
  ASSESSMENT_FILES,
  casesThroughLevel,
  levelCases,
  parseAssessment,
  parseAssessmentMeta,
  toRunnableAssessment,
  type Assessment,
  type AssessmentLevelContent,
  type AssessmentSources,
} from "./parse-assessment.ts";
export {
  analysePacing,
  formatMinutes,
  OVER_PACE_FACTOR,
  type LevelPace,
  type PacingReport,
} from "./pacing.ts";
export {
  highestUnlockedLevel,
  isLevelUnlocked,
  levelPassed,
  recordSubmission,
  type LevelProgress,
  type LevelSubmission,
  type SubmissionError,
} from "./progress.ts";
export {
  assessmentLevelSchema,
  assessmentMetaSchema,
  type AssessmentLevel,
  type AssessmentMeta,
} from "./schema.ts";
export { scoreAssessment, type AssessmentScore, type LevelScore } from "./scoring.ts";
export {
  buildAssessmentReport,
  buildSessionView,
  elapsedSinceStart,
  remainingMs,
  sessionStatus,
  summarizeAssessment,
  summarizeSession,
  timeUsed,
  type AssessmentReport,
  type AssessmentSummary,
  type LevelView,
  type LockedLevelView,
  type SessionRecord,
  type SessionStatus,
  type SessionSummary,
  type SessionView,
  type UnlockedLevelView,
} from "./session-view.ts";
