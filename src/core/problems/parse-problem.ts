import { checkThemes, folderReader } from "../content/content-folder.ts";
import type { z } from "zod";
import { problemsFromZod, type ContentProblem } from "../content/content-problem.ts";
import { parseYamlText } from "../content/parse-yaml.ts";
import { err, ok, type Result } from "../result.ts";
import type { RunnableProblem, TestCase } from "../runner/types.ts";
import {
  classCaseSchema,
  functionCaseSchema,
  LANGUAGES,
  problemMetaSchema,
  problemTestsSchema,
  type Language,
  type ProblemMeta,
} from "./schema.ts";

/** The files of one problem folder, before validation. */
export interface ProblemSources {
  /** The folder as messages name it, such as `problems/word-break`; its last part is the id. */
  dir: string;
  /** The folder's files by name (`problem.yaml`, `solution.py`, …); a missing file is absent. */
  files: ReadonlyMap<string, string>;
}

/** A validated coding problem (docs/problems.md). */
export interface Problem {
  meta: ProblemMeta;
  statement: string;
  tests: { visible: TestCase[]; hidden: TestCase[] };
  starters: Record<Language, string>;
  solutions: Record<Language, string>;
}

/** The file names every problem folder holds. */
export const PROBLEM_FILES = {
  meta: "problem.yaml",
  statement: "statement.md",
  tests: "tests.yaml",
  starter: (language: Language) => `starter.${language}`,
  solution: (language: Language) => `solution.${language}`,
} as const;

/**
 * Parses and validates one problem folder: its metadata, statement, tests (checked against the
 * problem's kind), and a starter and a reference solution in every language, each defining the
 * entry. Every problem found is returned with its file and field. With `themes`, each of the
 * problem's themes must be one of them (the packs' theme vocabulary).
 */
export function parseProblem(
  sources: ProblemSources,
  themes?: ReadonlySet<string>,
): Result<Problem, ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const { fileOf, read } = folderReader(sources, problems);

  const meta = parseMeta(sources, read(PROBLEM_FILES.meta), fileOf(PROBLEM_FILES.meta), problems);
  if (meta !== undefined) checkThemes(meta.themes, themes, fileOf(PROBLEM_FILES.meta), problems);
  const statement = read(PROBLEM_FILES.statement);
  const testsText = read(PROBLEM_FILES.tests);
  const tests =
    testsText === undefined || meta === undefined
      ? undefined
      : parseTests(testsText, meta, fileOf(PROBLEM_FILES.tests), problems);

  const { starters, solutions } = readCodeFiles(read, fileOf, PROBLEM_FILES, meta?.entry, problems);

  if (problems.length > 0 || meta === undefined || statement === undefined || tests === undefined) {
    return err(problems);
  }
  return ok({
    meta,
    statement: statement.trim(),
    tests,
    starters: starters as Record<Language, string>,
    solutions: solutions as Record<Language, string>,
  });
}

/**
 * Parses and validates only a problem's `problem.yaml` (its id must be the folder's name): enough
 * to list problems without reading their tests.
 */
export function parseProblemMeta(
  dir: string,
  text: string | undefined,
): Result<ProblemMeta, ContentProblem[]> {
  const file = `${dir}/${PROBLEM_FILES.meta}`;
  if (text === undefined)
    return err([{ file, field: "(file)", message: `missing ${PROBLEM_FILES.meta}` }]);
  const problems: ContentProblem[] = [];
  const meta = parseMeta({ dir, files: new Map() }, text, file, problems);
  return meta === undefined || problems.length > 0 ? err(problems) : ok(meta);
}

/** What the runner needs of a problem. */
export function toRunnable(meta: ProblemMeta): RunnableProblem {
  const { id, kind, entry, comparison, timeLimitMs } = meta;
  return { id, kind, entry, comparison, timeLimitMs };
}

/** Every case of a problem, visible first, then hidden: what `candor run` and "submit" use. */
export function allCases(problem: Pick<Problem, "tests">): TestCase[] {
  return [...problem.tests.visible, ...problem.tests.hidden];
}

function parseMeta(
  sources: ProblemSources,
  text: string | undefined,
  file: string,
  problems: ContentProblem[],
): ProblemMeta | undefined {
  if (text === undefined) return undefined;
  const data = parseYamlText(text, file, problems);
  if (data === undefined) return undefined;
  const parsed = problemMetaSchema.safeParse(data);
  if (!parsed.success) {
    problems.push(...problemsFromZod(file, parsed.error.issues));
    return undefined;
  }
  const folder = sources.dir.split("/").pop();
  if (parsed.data.id !== folder) {
    problems.push({
      file,
      field: "id",
      message: `"${parsed.data.id}" must equal the folder's name "${folder ?? ""}"`,
    });
  }
  return parsed.data;
}

/**
 * Parses a tests file (`visible` and `hidden` cases, checked against the kind and entry); problems
 * are appended to `problems`, naming the file and field. Also used for an assessment's levels.
 */
export function parseTests(
  text: string,
  meta: Pick<ProblemMeta, "kind" | "entry">,
  file: string,
  problems: ContentProblem[],
): Problem["tests"] | undefined {
  const data = parseYamlText(text, file, problems);
  if (data === undefined) return undefined;
  const parsed = problemTestsSchema.safeParse(data);
  if (!parsed.success) {
    problems.push(...problemsFromZod(file, parsed.error.issues));
    return undefined;
  }
  const before = problems.length;
  const tests = parseCaseGroups(parsed.data, {
    kind: meta.kind,
    entry: meta.entry,
    file,
    problems,
  });
  return problems.length > before ? undefined : tests;
}

/** How a tests file's caller reads its cases: the entry they call, and any fields of its own. */
export interface CaseGroupOptions {
  kind: "function" | "class";
  entry: string;
  file: string;
  problems: ContentProblem[];
  /**
   * Takes the caller's own fields off a raw case before it is checked (a work sample's `new`
   * mark), and returns the rest; it may record problems under the case's field.
   */
  takeOwnFields?: (raw: Record<string, unknown>, field: string) => Record<string, unknown>;
}

/**
 * Checks the `visible` and `hidden` cases of a tests file against the entry: each group holds at
 * least one case, each case's shape, names unique across both groups, and a class case's first
 * operation constructing the class. Problems are appended in file order, each naming the file and
 * the case's field; a bad case or group is left out, and the other group is still checked.
 */
export function parseCaseGroups(
  groups: unknown,
  options: CaseGroupOptions,
): { visible: TestCase[]; hidden: TestCase[] } {
  const { file, problems, entry } = options;
  const caseSchema: z.ZodType<TestCase> =
    options.kind === "class" ? classCaseSchema : functionCaseSchema;
  const names = new Map<string, string>();
  const parseGroup = (group: "visible" | "hidden"): TestCase[] => {
    const entries: unknown =
      typeof groups === "object" && groups !== null
        ? (groups as Record<string, unknown>)[group]
        : undefined;
    if (!Array.isArray(entries) || entries.length === 0) {
      problems.push({ file, field: group, message: `needs at least one ${group} case` });
      return [];
    }
    return entries.flatMap((raw: unknown, index) => {
      const field = `${group}[${String(index)}]`;
      const own =
        options.takeOwnFields === undefined
          ? raw
          : options.takeOwnFields((raw ?? {}) as Record<string, unknown>, field);
      const result = caseSchema.safeParse(own);
      if (!result.success) {
        problems.push(
          ...problemsFromZod(file, result.error.issues).map((problem) => ({
            ...problem,
            field: problem.field === "(root)" ? field : `${field}.${problem.field}`,
          })),
        );
        return [];
      }
      const testCase = result.data;
      const first = names.get(testCase.name);
      if (first !== undefined) {
        problems.push({
          file,
          field: `${field}.name`,
          message: `"${testCase.name}" is also ${first}`,
        });
      }
      names.set(testCase.name, field);
      if ("ops" in testCase && testCase.ops[0] !== entry) {
        problems.push({ file, field: `${field}.ops[0]`, message: `must be the class "${entry}"` });
      }
      return [testCase];
    });
  };
  return { visible: parseGroup("visible"), hidden: parseGroup("hidden") };
}

/**
 * Whether the code defines the entry the way the runner looks it up: exported by name in
 * JavaScript and TypeScript, at module level in Python (a LeetCode `class Solution` method also
 * counts). A cheap textual check that catches a misnamed entry before anything runs.
 */
/**
 * Reads a starter and a reference solution in every language, and records each that is missing,
 * empty, or does not define the entry (when the entry is known).
 */
export function readCodeFiles(
  read: (name: string) => string | undefined,
  fileOf: (name: string) => string,
  names: { starter: (language: Language) => string; solution: (language: Language) => string },
  entry: string | undefined,
  problems: ContentProblem[],
): {
  starters: Partial<Record<Language, string>>;
  solutions: Partial<Record<Language, string>>;
} {
  const starters: Partial<Record<Language, string>> = {};
  const solutions: Partial<Record<Language, string>> = {};
  for (const language of LANGUAGES) {
    for (const [name, into] of [
      [names.starter(language), starters],
      [names.solution(language), solutions],
    ] as const) {
      const code = read(name);
      if (code === undefined) continue;
      into[language] = code;
      if (entry !== undefined && !definesEntry(code, language, entry)) {
        problems.push({
          file: fileOf(name),
          field: "(code)",
          message:
            language === "py"
              ? `does not define ${entry} at module level`
              : `does not export ${entry} by name`,
        });
      }
    }
  }
  return { starters, solutions };
}

export function definesEntry(code: string, language: Language, entry: string): boolean {
  const name = entry.replace(/\$/g, "\\$");
  const patterns =
    language === "py"
      ? [
          new RegExp(`^(?:async\\s+)?(?:def|class)\\s+${name}\\b`, "m"),
          new RegExp(`^${name}\\s*=`, "m"),
          new RegExp(`^\\s+def\\s+${name}\\s*\\(\\s*self\\b`, "m"),
        ]
      : [
          new RegExp(
            `\\bexport\\s+(?:async\\s+)?(?:function\\*?|class|const|let|var)\\s+${name}\\b`,
          ),
          new RegExp(`\\bexport\\s*\\{[^}]*\\b${name}\\b[^}]*\\}`),
        ];
  return patterns.some((pattern) => pattern.test(code));
}
