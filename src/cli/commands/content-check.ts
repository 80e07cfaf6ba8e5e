import { describeProblem } from "../../core/content/content-problem.ts";
import { checkProblemLinks } from "../../core/content/problem-links.ts";
import { loadAssessments } from "../../node/content/load-assessments.ts";
import { loadPacks } from "../../node/content/load-packs.ts";
import { loadProblems } from "../../node/content/load-problems.ts";
import { loadWorkSamples } from "../../node/content/load-work-samples.ts";
import type { Io } from "../usage.ts";

/**
 * `candor content check`: validates every pack, every coding problem and every timed assessment
 * (against the packs' theme vocabulary), and every work sample; exit code 1 when any problem is
 * found.
 */
export async function contentCheck(io: Io, contentDir?: string): Promise<number> {
  const packs = await loadPacks(contentDir);
  const themes = packs.ok
    ? new Set(packs.value.flatMap((pack) => pack.manifest.themes))
    : undefined;
  const problems = await loadProblems(contentDir, themes);
  const assessments = await loadAssessments(contentDir, themes);
  const workSamples = await loadWorkSamples(contentDir);
  const found = [
    ...(packs.ok ? [] : packs.error),
    ...(problems.ok ? [] : problems.error),
    ...(assessments.ok ? [] : assessments.error),
    ...(workSamples.ok ? [] : workSamples.error),
  ];
  if (packs.ok && problems.ok && assessments.ok) {
    const practiceIds = new Set([
      ...problems.value.map((problem) => problem.meta.id),
      ...assessments.value.map((assessment) => assessment.meta.id),
    ]);
    found.push(
      ...checkProblemLinks(
        packs.value.flatMap((pack) => pack.questions),
        practiceIds,
      ),
    );
  }
  if (found.length > 0) {
    for (const problem of found) io.err(`${describeProblem(problem)}\n`);
    io.err(`content check failed: ${found.length} problem(s)\n`);
    return 1;
  }
  for (const pack of packs.ok ? packs.value : []) {
    io.out(
      `${pack.manifest.id}: ${pack.questions.length} questions, ` +
        `${pack.guide.length} guide sections — ok\n`,
    );
  }
  const count = problems.ok ? problems.value.length : 0;
  io.out(`problems: ${count} coding problems, each with tests and js, ts and py solutions — ok\n`);
  for (const assessment of assessments.ok ? assessments.value : []) {
    io.out(
      `assessment ${assessment.meta.id}: ${String(assessment.levels.length)} levels, ` +
        `each with a spec and tests, and js, ts and py solutions — ok\n`,
    );
  }
  const sampleCount = workSamples.ok ? workSamples.value.length : 0;
  io.out(
    `work samples: ${String(sampleCount)}, each with a brief, a codebase and its tests or review — ok\n`,
  );
  return 0;
}
