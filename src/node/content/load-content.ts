import type { Assessment } from "../../core/assessments/parse-assessment.ts";
import type { ContentProblem } from "../../core/content/content-problem.ts";
import type { Pack } from "../../core/content/parse-pack.ts";
import { checkProblemLinks } from "../../core/content/problem-links.ts";
import type { ProblemMeta } from "../../core/problems/schema.ts";
import { err, ok, type Result } from "../../core/result.ts";
import type { WorkSample } from "../../core/work-samples/parse-work-sample.ts";
import { loadAssessments } from "./load-assessments.ts";
import { loadPacks } from "./load-packs.ts";
import { loadProblemList, loadProblems } from "./load-problems.ts";
import { loadWorkSamples } from "./load-work-samples.ts";

/** Every kind of content, validated: what `candor start` serves and `content check` reports. */
export interface LoadedContent {
  packs: Pack[];
  /** The coding problems' metadata; whole problems are read when asked for (their tests are big). */
  problems: ProblemMeta[];
  assessments: Assessment[];
  workSamples: WorkSample[];
}

/**
 * Validates every coding problem in full (statement, tests, starters, solutions) and returns what
 * is wrong. Reading every tests file takes seconds, so the server runs this off its main thread.
 */
export type ProblemCheck = (
  contentDir: string,
  themes: ReadonlySet<string> | undefined,
) => Promise<ContentProblem[]>;

/** The full problem check on the calling thread, as `candor content check` runs it. */
export const checkProblemsHere: ProblemCheck = async (contentDir, themes) => {
  const loaded = await loadProblems(contentDir, themes);
  return loaded.ok ? [] : loaded.error;
};

/**
 * Reads and validates everything under `contentDir`: the packs, every coding problem, every timed
 * assessment and every work sample (problems and assessments against the packs' themes), and the
 * links from coding questions to what practises them. Every problem found is returned, each
 * naming its file and field, so one run reports all of them.
 */
export async function loadContent(
  contentDir: string,
  checkProblems: ProblemCheck = checkProblemsHere,
): Promise<Result<LoadedContent, ContentProblem[]>> {
  const packs = await loadPacks(contentDir);
  // Without valid packs there is no theme vocabulary: the packs' problems are reported, and the
  // other kinds are checked for everything but their themes.
  const themes = packs.ok
    ? new Set(packs.value.flatMap((pack) => pack.manifest.themes))
    : undefined;
  const [problemList, problemProblems, assessments, workSamples] = await Promise.all([
    loadProblemList(contentDir),
    checkProblems(contentDir, themes),
    loadAssessments(contentDir, themes),
    loadWorkSamples(contentDir),
  ]);
  const found: ContentProblem[] = [
    ...(packs.ok ? [] : packs.error),
    ...(problemList.ok ? [] : problemList.error),
    ...problemProblems,
    ...(assessments.ok ? [] : assessments.error),
    ...(workSamples.ok ? [] : workSamples.error),
  ];
  if (packs.ok && problemList.ok && assessments.ok) {
    const practiceIds = new Set([
      ...problemList.value.map((problem) => problem.id),
      ...assessments.value.map((assessment) => assessment.meta.id),
    ]);
    found.push(...checkProblemLinks(packs.value.flatMap((pack) => pack.questions), practiceIds));
  }
  if (found.length > 0 || !packs.ok || !problemList.ok || !assessments.ok || !workSamples.ok) {
    return err(dedupe(found));
  }
  return ok({
    packs: packs.value,
    problems: problemList.value,
    assessments: assessments.value,
    workSamples: workSamples.value,
  });
}

/** The metadata check and the full check both see a broken problem.yaml: report it once. */
function dedupe(problems: readonly ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}\u0000${problem.field}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
