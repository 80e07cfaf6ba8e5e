import { casesThroughLevel, toRunnableAssessment } from "../../core/assessments/index.ts";
import type { ContentProblem } from "../../core/content/content-problem.ts";
import { allCases, toRunnable, type Problem } from "../../core/problems/parse-problem.ts";
import type { ProblemMeta } from "../../core/problems/schema.ts";
import { ok, type Result } from "../../core/result.ts";
import type { RunnableProblem, TestCase } from "../../core/runner/types.ts";
import { loadAssessment } from "../../node/content/load-assessments.ts";
import { loadProblem } from "../../node/content/load-problems.ts";
import { UsageError } from "../usage.ts";

/** What the terminal report of a run needs: a name, how cases compare, and the cases that ran. */
export interface RunSubject {
  meta: Pick<ProblemMeta, "id" | "kind" | "entry" | "comparison">;
  tests: Problem["tests"];
}

/** What `candor run` runs: a coding problem's cases, or an assessment's levels 1 to N. */
export interface RunTarget {
  subject: RunSubject;
  runnable: RunnableProblem;
  cases: TestCase[];
}

/**
 * Finds the problem or assessment called `id`. A problem takes no level; an assessment runs the
 * tests (visible and hidden) of levels 1 to `level`, or of every level when `level` is absent.
 * `undefined` when neither exists; a level that does not fit is a usage error.
 */
export async function loadRunTarget(
  id: string,
  level: number | undefined,
  contentDir: string,
): Promise<Result<RunTarget, ContentProblem[]> | undefined> {
  const problem = await loadProblem(id, contentDir);
  if (problem !== undefined) {
    if (!problem.ok) return problem;
    if (level !== undefined) {
      throw new UsageError(`this problem has no levels: ${id} takes no --level`);
    }
    const { meta } = problem.value;
    return ok({
      subject: problem.value,
      runnable: toRunnable(meta),
      cases: allCases(problem.value),
    });
  }
  const assessment = await loadAssessment(id, contentDir);
  if (assessment === undefined) return undefined;
  if (!assessment.ok) return assessment;
  const { meta, levels } = assessment.value;
  const through = level ?? levels.length;
  if (through > levels.length) {
    throw new UsageError(
      `${id} has ${String(levels.length)} levels: --level must be 1 to ${String(levels.length)} ` +
        `(got ${String(through)})`,
    );
  }
  const cases = casesThroughLevel(assessment.value, through);
  const label = through === 1 ? `${id}, level 1` : `${id}, levels 1–${String(through)}`;
  return ok({
    subject: { meta: { ...meta, id: label }, tests: { visible: cases, hidden: [] } },
    runnable: toRunnableAssessment(meta),
    cases,
  });
}
