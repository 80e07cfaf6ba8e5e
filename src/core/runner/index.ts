/** The code runner's protocol and the pieces every host shares (Node worker, browser worker). */
export { canonicalJson, FLOAT_TOLERANCE, toJsonValue, valuesMatch } from "./compare.ts";
export { OutputLimiter, SharedOutput } from "./output.ts";
export { PYTHON_HARNESS } from "./python-harness.ts";
export { describeOperation, describeThrown, gradeCase, roundMs, runCases } from "./run-cases.ts";
export { formatCompileError, RunSession } from "./run-session.ts";
export { positionOf, prepareJavaScript } from "./transpile.ts";
export {
  OUTPUT_LIMIT,
  OUTPUT_TRUNCATED_NOTE,
  SOURCE_NAMES,
  VERDICTS,
  type CaseOutcome,
  type CaseResult,
  type CompileError,
  type RunnableProblem,
  type RunnerMessage,
  type RunRequest,
  type RunResult,
  type TestCase,
  type Verdict,
} from "./types.ts";
