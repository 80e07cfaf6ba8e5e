import type { ContentProblem } from "../content/content-problem.ts";
import { checkThemes, folderReader } from "../content/content-folder.ts";
import { problemsFromZod } from "../content/content-problem.ts";
import { parseYamlText } from "../content/parse-yaml.ts";
import { parseTests, readCodeFiles } from "../problems/parse-problem.ts";
import type { Language } from "../problems/schema.ts";
import { err, ok, type Result } from "../result.ts";
import type { RunnableProblem, TestCase } from "../runner/types.ts";
import { assessmentMetaSchema, type AssessmentLevel, type AssessmentMeta } from "./schema.ts";

/** The files of one assessment folder, before validation. */
export interface AssessmentSources {
  /** The folder as messages name it, such as `content/assessments/bank-system`; its last part is the id. */
  dir: string;
  /** The folder's files by path inside it (`assessment.yaml`, `tests/level-1.yaml`, …). */
  files: ReadonlyMap<string, string>;
}

/** One level with its specification and tests. */
export interface AssessmentLevelContent extends AssessmentLevel {
  /** The level's specification (Markdown). */
  spec: string;
  tests: { visible: TestCase[]; hidden: TestCase[] };
}

/** A validated timed progressive assessment (its folder under `content/assessments/`). */
export interface Assessment {
  meta: AssessmentMeta;
  levels: AssessmentLevelContent[];
  starters: Record<Language, string>;
  solutions: Record<Language, string>;
}

/** The file names every assessment folder holds. */
export const ASSESSMENT_FILES = {
  meta: "assessment.yaml",
  spec: (level: number) => `level-${String(level)}.md`,
  tests: (level: number) => `tests/level-${String(level)}.yaml`,
  starter: (language: Language) => `starter.${language}`,
  solution: (language: Language) => `solution.${language}`,
} as const;

/**
 * Parses and validates one assessment folder: its metadata, each level's specification and tests
 * (checked against the kind and entry), and a starter and a reference solution in every language,
 * each defining the entry. Every problem found is returned with its file and field. With `themes`,
 * each theme must be one of them (the packs' theme vocabulary).
 */
export function parseAssessment(
  sources: AssessmentSources,
  themes?: ReadonlySet<string>,
): Result<Assessment, ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const { fileOf, read } = folderReader(sources, problems);

  const meta = parseMeta(sources.dir, read(ASSESSMENT_FILES.meta), problems);
  if (meta !== undefined) checkThemes(meta.themes, themes, fileOf(ASSESSMENT_FILES.meta), problems);

  const levels: AssessmentLevelContent[] = [];
  for (const level of meta?.levels ?? []) {
    const spec = read(ASSESSMENT_FILES.spec(level.level));
    const testsName = ASSESSMENT_FILES.tests(level.level);
    const testsText = read(testsName);
    const tests =
      testsText === undefined || meta === undefined
        ? undefined
        : parseTests(testsText, meta, fileOf(testsName), problems);
    if (spec !== undefined && tests !== undefined) {
      levels.push({ ...level, spec: spec.trim(), tests });
    }
  }
  if (meta !== undefined) reportExtraLevelFiles(sources, meta, problems);

  const { starters, solutions } = readCodeFiles(
    read,
    fileOf,
    ASSESSMENT_FILES,
    meta?.entry,
    problems,
  );

  if (problems.length > 0 || meta === undefined) return err(problems);
  return ok({
    meta,
    levels,
    starters: starters as Record<Language, string>,
    solutions: solutions as Record<Language, string>,
  });
}

/**
 * Parses and validates only an assessment's `assessment.yaml` (its id must be the folder's name):
 * enough to list assessments.
 */
export function parseAssessmentMeta(
  dir: string,
  text: string | undefined,
): Result<AssessmentMeta, ContentProblem[]> {
  const problems: ContentProblem[] = [];
  if (text === undefined) {
    const file = `${dir}/${ASSESSMENT_FILES.meta}`;
    return err([{ file, field: "(file)", message: `missing ${ASSESSMENT_FILES.meta}` }]);
  }
  const meta = parseMeta(dir, text, problems);
  return meta === undefined || problems.length > 0 ? err(problems) : ok(meta);
}

/** What the runner needs of an assessment: the same for every level. */
export function toRunnableAssessment(meta: AssessmentMeta): RunnableProblem {
  const { id, kind, entry, comparison, timeLimitMs } = meta;
  return { id, kind, entry, comparison, timeLimitMs };
}

/** One level's cases: its visible ones ("run"), or visible then hidden ("submit"). */
export function levelCases(
  assessment: Assessment,
  level: number,
  which: "visible" | "all",
): TestCase[] {
  const found = assessment.levels.find((entry) => entry.level === level);
  if (found === undefined) return [];
  return which === "visible"
    ? [...found.tests.visible]
    : [...found.tests.visible, ...found.tests.hidden];
}

/**
 * Every case of levels 1 to `level`, visible and hidden, each name prefixed with its level
 * ("level 2: worked example"): levels reuse case names, and one run lists them all.
 */
export function casesThroughLevel(assessment: Assessment, level: number): TestCase[] {
  return assessment.levels
    .filter((entry) => entry.level <= level)
    .flatMap((entry) =>
      [...entry.tests.visible, ...entry.tests.hidden].map((testCase) => ({
        ...testCase,
        name: `level ${String(entry.level)}: ${testCase.name}`,
      })),
    );
}

function parseMeta(
  dir: string,
  text: string | undefined,
  problems: ContentProblem[],
): AssessmentMeta | undefined {
  if (text === undefined) return undefined;
  const file = `${dir}/${ASSESSMENT_FILES.meta}`;
  const data = parseYamlText(text, file, problems);
  if (data === undefined) return undefined;
  const parsed = assessmentMetaSchema.safeParse(data);
  if (!parsed.success) {
    problems.push(...problemsFromZod(file, parsed.error.issues));
    return undefined;
  }
  const folder = dir.split("/").pop();
  if (parsed.data.id !== folder) {
    problems.push({
      file,
      field: "id",
      message: `"${parsed.data.id}" must equal the folder's name "${folder ?? ""}"`,
    });
  }
  return parsed.data;
}

/** A spec or tests file for a level `assessment.yaml` does not list is a mistake, not a draft. */
function reportExtraLevelFiles(
  sources: AssessmentSources,
  meta: AssessmentMeta,
  problems: ContentProblem[],
): void {
  for (const name of sources.files.keys()) {
    const match = /^(?:tests\/)?level-(\d+)\.(?:md|yaml)$/.exec(name);
    if (match === null) continue;
    const level = Number(match[1]);
    if (!meta.levels.some((entry) => entry.level === level)) {
      problems.push({
        file: `${sources.dir}/${name}`,
        field: "(file)",
        message: `level ${String(level)} is not among assessment.yaml's levels`,
      });
    }
  }
}
