/** Work-sample exercises: the format, the bundler that runs a codebase, and the graders. */
export {
  bundleWorkSample,
  type Bundle,
  type BundledFile,
  type BundleError,
  type BundleInput,
} from "./bundle.ts";
export {
  bundleFailureResult,
  describeLocatedCompileError,
  locateLine,
  locateRunResult,
  type LocatedCompileError,
  type WorkSampleRunResult,
} from "./locate-run-result.ts";
export {
  allSampleCases,
  overlay,
  parseWorkSample,
  WORK_SAMPLE_FILES,
  type WorkSample,
  type WorkSampleReview,
  type WorkSampleSources,
} from "./parse-work-sample.ts";
export {
  gradeReview,
  issueLocations,
  namesIssue,
  pointsAtIssue,
  type FalsePositive,
  type FoundIssue,
  type GradedIssue,
  type GradedReview,
} from "./review-grader.ts";
export {
  runWorkSample,
  toRunnableSample,
  type RunFunction,
  type RunnableSampleMeta,
} from "./run-work-sample.ts";
export type { SampleFile } from "./sample-files.ts";
export {
  MAX_FINDING_CHARS,
  MAX_FINDINGS,
  reviewFindingSchema,
  samplePathSchema,
  WORK_SAMPLE_KINDS,
  type ReviewFinding,
  type ReviewIssue,
  type StructureRule,
  type WorkSampleKind,
  type WorkSampleMeta,
} from "./schema.ts";
export {
  checkStructure,
  findDuplicateBlocks,
  findFunctions,
  type StructureReport,
  type StructureViolation,
} from "./structure-rules.ts";
export {
  applyFileDiff,
  parseUnifiedDiff,
  type DiffHunk,
  type DiffLine,
  type FileDiff,
} from "./unified-diff.ts";
