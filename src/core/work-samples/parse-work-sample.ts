import { folderReader } from "../content/content-folder.ts";
import { problemsFromZod, type ContentProblem } from "../content/content-problem.ts";
import { parseYamlText } from "../content/parse-yaml.ts";
import { definesEntry, parseCaseGroups } from "../problems/parse-problem.ts";
import type { Language } from "../problems/schema.ts";
import { err, ok, type Result } from "../result.ts";
import type { TestCase } from "../runner/types.ts";
import { bundleWorkSample, type SampleFile } from "./bundle.ts";
import {
  reviewIssuesSchema,
  samplePathSchema,
  workSampleMetaSchema,
  type ReviewIssue,
  type WorkSampleMeta,
} from "./schema.ts";
import { issueLocations } from "./review-grader.ts";
import { checkStructure } from "./structure-rules.ts";
import { applyFileDiff, parseUnifiedDiff, type FileDiff } from "./unified-diff.ts";

/** The files of one work-sample folder, before validation. */
export interface WorkSampleSources {
  /** The folder as messages name it, such as `content/work-samples/invoice-rounding`. */
  dir: string;
  /** Every file under the folder by its path inside it: `sample.yaml`, `files/src/a.js`, … */
  files: ReadonlyMap<string, string>;
}

/** A review sample's change and the problems seeded in it. */
export interface WorkSampleReview {
  /** The patch as written, shown to the candidate. */
  diff: string;
  changes: FileDiff[];
  /** The codebase once the patch is applied. */
  after: SampleFile[];
  issues: ReviewIssue[];
}

/** A validated work sample (docs/work-samples.md). */
export interface WorkSample {
  meta: WorkSampleMeta;
  brief: string;
  /** The codebase the candidate starts from, sorted by path. */
  files: SampleFile[];
  /** The reference fix, refactor or extension: the files it changes or adds (none for review). */
  solution: SampleFile[];
  /** Cases against the entry module's export (none for review). */
  tests: { visible: TestCase[]; hidden: TestCase[] };
  /** The names of the cases that test the feature an extend sample asks for. */
  newCases: string[];
  review?: WorkSampleReview;
}

/** The file names in a work-sample folder. */
export const WORK_SAMPLE_FILES = {
  meta: "sample.yaml",
  brief: "brief.md",
  tests: "tests.yaml",
  diff: "diff.patch",
  issues: "issues.yaml",
  codebase: "files/",
  solution: "solution/",
} as const;

/** How many files a codebase holds: small enough to read in an interview, big enough to navigate. */
export const MIN_CODEBASE_FILES = 3;
export const MAX_CODEBASE_FILES = 6;

const EXTENSIONS: Record<Language, string> = { js: ".js", ts: ".ts", py: ".py" };

/**
 * Parses and validates one work-sample folder: metadata, brief, the codebase, and what its kind
 * needs — tests and a reference solution for debug, refactor and extend (the extension's new cases
 * marked), the structural rule for refactor (which the codebase must break and the reference must
 * meet), and for review a diff that applies to the codebase and issues on lines it shows. Every
 * problem found is returned with its file and field.
 */
export function parseWorkSample(sources: WorkSampleSources): Result<WorkSample, ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const { fileOf, read } = folderReader(sources, problems);

  const meta = parseMeta(
    sources.dir,
    read(WORK_SAMPLE_FILES.meta),
    fileOf(WORK_SAMPLE_FILES.meta),
    problems,
  );
  const brief = read(WORK_SAMPLE_FILES.brief);
  const files = codebaseUnder(sources, WORK_SAMPLE_FILES.codebase);
  if (meta === undefined || brief === undefined) return err(problems);

  checkCodebase(files, meta, fileOf(WORK_SAMPLE_FILES.codebase), problems);
  const solution = codebaseUnder(sources, WORK_SAMPLE_FILES.solution);
  const isReview = meta.kind === "review";
  if (isReview && solution.length > 0) {
    problems.push({
      file: fileOf("solution"),
      field: "(folder)",
      message: "a review has no solution",
    });
  }
  if (!isReview && solution.length === 0) {
    problems.push({
      file: fileOf("solution"),
      field: "(folder)",
      message: `a ${meta.kind} sample needs its reference ${meta.kind === "debug" ? "fix" : meta.kind} under solution/`,
    });
  }
  const reference = overlay(files, solution);
  for (const file of solution) {
    if (!file.path.endsWith(EXTENSIONS[meta.language])) {
      problems.push({
        file: fileOf(`solution/${file.path}`),
        field: "(file)",
        message: `must be a ${EXTENSIONS[meta.language]} file`,
      });
    }
  }
  if (!isReview) {
    // Only the reference's own files: a problem in an unchanged file is reported under files/.
    const changed = new Set(solution.map((file) => file.path));
    checkBundles(
      reference,
      meta,
      (path) => (changed.has(path) ? fileOf(`solution/${path}`) : undefined),
      problems,
    );
  }

  const testsText = read(WORK_SAMPLE_FILES.tests, !isReview);
  if (isReview && testsText !== undefined) {
    problems.push({
      file: fileOf(WORK_SAMPLE_FILES.tests),
      field: "(file)",
      message: "a review has no tests",
    });
  }
  const tests =
    testsText === undefined || isReview
      ? { visible: [], hidden: [], newCases: [] }
      : parseTests(testsText, meta, fileOf(WORK_SAMPLE_FILES.tests), problems);

  if (meta.kind === "refactor" && meta.structure !== undefined) {
    const metaFile = fileOf(WORK_SAMPLE_FILES.meta);
    if (checkStructure(files, meta.language, meta.structure).ok) {
      problems.push({
        file: metaFile,
        field: "structure",
        message: "the codebase already meets the rule",
      });
    }
    for (const violation of checkStructure(reference, meta.language, meta.structure).violations) {
      problems.push({
        file: fileOf(`solution/${violation.file}`),
        field: `line ${String(violation.line)}`,
        message: `the reference breaks the rule: ${violation.message}`,
      });
    }
  }

  const review = isReview
    ? parseReview(
        read(WORK_SAMPLE_FILES.diff),
        read(WORK_SAMPLE_FILES.issues),
        files,
        fileOf,
        problems,
      )
    : undefined;
  if (problems.length > 0 || tests === undefined) return err(problems);
  return ok({
    meta,
    brief: brief.trim(),
    files,
    solution,
    tests: { visible: tests.visible, hidden: tests.hidden },
    newCases: tests.newCases,
    ...(review === undefined ? {} : { review }),
  });
}

/** The codebase with the reference's files laid over it (changed files replaced, new ones added). */
export function overlay(
  files: readonly SampleFile[],
  changes: readonly SampleFile[],
): SampleFile[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  for (const change of changes) byPath.set(change.path, change);
  return [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
}

function codebaseUnder(sources: WorkSampleSources, prefix: string): SampleFile[] {
  return [...sources.files.entries()]
    .filter(([name]) => name.startsWith(prefix))
    .map(([name, content]) => ({ path: name.slice(prefix.length), content }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

function checkCodebase(
  files: readonly SampleFile[],
  meta: WorkSampleMeta,
  folder: string,
  problems: ContentProblem[],
): void {
  if (files.length < MIN_CODEBASE_FILES || files.length > MAX_CODEBASE_FILES) {
    problems.push({
      file: folder,
      field: "(folder)",
      message: `holds ${String(files.length)} files; a codebase has ${String(MIN_CODEBASE_FILES)} to ${String(MAX_CODEBASE_FILES)}`,
    });
  }
  for (const file of files) {
    const path = samplePathSchema.safeParse(file.path);
    if (!path.success || !file.path.endsWith(EXTENSIONS[meta.language])) {
      problems.push({
        file: `${folder}${file.path}`,
        field: "(file)",
        message: `must be a ${EXTENSIONS[meta.language]} file with a plain relative path`,
      });
    }
  }
  const entry = files.find((file) => file.path === meta.entryModule);
  if (entry === undefined) {
    problems.push({
      file: `${folder}${meta.entryModule}`,
      field: "(file)",
      message: "the entry module (sample.yaml entryModule) is missing",
    });
  } else if (meta.kind !== "review" && !definesEntry(entry.content, meta.language, meta.entry)) {
    problems.push({
      file: `${folder}${meta.entryModule}`,
      field: "(code)",
      message:
        meta.language === "py"
          ? `does not define ${meta.entry} at module level`
          : `does not export ${meta.entry} by name`,
    });
  }
  if (meta.kind !== "review") checkBundles(files, meta, (path) => `${folder}${path}`, problems);
}

/** JavaScript and TypeScript must bundle (parse, and import only files that exist). */
function checkBundles(
  files: readonly SampleFile[],
  meta: WorkSampleMeta,
  report: (path: string) => string | undefined,
  problems: ContentProblem[],
): void {
  if (meta.language === "py" || !files.some((file) => file.path === meta.entryModule)) return;
  const bundle = bundleWorkSample({ ...meta, files });
  if (bundle.ok) return;
  const { file, line, column, message } = bundle.error;
  const where = report(file);
  if (where !== undefined) {
    problems.push({ file: where, field: `line ${String(line)}:${String(column)}`, message });
  }
}

function parseMeta(
  dir: string,
  text: string | undefined,
  file: string,
  problems: ContentProblem[],
): WorkSampleMeta | undefined {
  if (text === undefined) return undefined;
  const before = problems.length;
  const data = parseYamlText(text, file, problems);
  // Broken YAML is reported once, as such, not again as a document of the wrong shape.
  if (problems.length > before) return undefined;
  const parsed = workSampleMetaSchema.safeParse(data);
  if (!parsed.success) {
    problems.push(...problemsFromZod(file, parsed.error.issues));
    return undefined;
  }
  const meta = parsed.data;
  const folder = dir.split("/").pop();
  if (meta.id !== folder) {
    problems.push({
      file,
      field: "id",
      message: `"${meta.id}" must equal the folder's name "${folder ?? ""}"`,
    });
  }
  if ((meta.kind === "refactor") !== (meta.structure !== undefined)) {
    problems.push({
      file,
      field: "structure",
      message:
        meta.kind === "refactor"
          ? "a refactor states its structural rule"
          : "only a refactor has a structural rule",
    });
  }
  if (!meta.entryModule.endsWith(EXTENSIONS[meta.language])) {
    problems.push({
      file,
      field: "entryModule",
      message: `must be a ${EXTENSIONS[meta.language]} file`,
    });
  }
  return meta;
}

function parseTests(
  text: string,
  meta: WorkSampleMeta,
  file: string,
  problems: ContentProblem[],
): { visible: TestCase[]; hidden: TestCase[]; newCases: string[] } | undefined {
  const data = parseYamlText(text, file, problems);
  if (data === undefined) return undefined;
  const before = problems.length;
  const marked = new Set<unknown>();
  const cases = parseCaseGroups(data, {
    kind: meta.entryKind,
    entry: meta.entry,
    file,
    problems,
    // `new: true` marks a case of the feature an extend sample asks for; the rest is a case.
    takeOwnFields: ({ new: isNew, ...rest }, field) => {
      if (isNew !== undefined && isNew !== true) {
        problems.push({ file, field: `${field}.new`, message: "is true or left out" });
      }
      if (isNew === true && meta.kind !== "extend") {
        problems.push({
          file,
          field: `${field}.new`,
          message: "only an extend sample marks new cases",
        });
      }
      if (isNew === true) marked.add(rest["name"]);
      return rest;
    },
  });
  const newCases = [...cases.visible, ...cases.hidden]
    .map((testCase) => testCase.name)
    .filter((name) => marked.has(name));
  const tests = { ...cases, newCases };
  if (meta.kind === "extend" && newCases.length === 0) {
    problems.push({
      file,
      field: "(cases)",
      message: "an extend sample marks its feature's cases with new: true",
    });
  }
  return problems.length > before ? undefined : tests;
}

function parseReview(
  diff: string | undefined,
  issuesText: string | undefined,
  files: readonly SampleFile[],
  fileOf: (name: string) => string,
  problems: ContentProblem[],
): WorkSampleReview | undefined {
  if (diff === undefined || issuesText === undefined) return undefined;
  const diffFile = fileOf(WORK_SAMPLE_FILES.diff);
  const changes = parseUnifiedDiff(diff);
  if (!changes.ok) {
    problems.push({
      file: diffFile,
      field: `line ${String(changes.error.line)}`,
      message: changes.error.message,
    });
    return undefined;
  }
  const after = new Map(files.map((file) => [file.path, file.content]));
  for (const change of changes.value) {
    const path = change.oldPath ?? change.newPath ?? "";
    const applied = applyFileDiff(change.oldPath === null ? undefined : after.get(path), change);
    if (!applied.ok || (change.oldPath !== null && !after.has(path))) {
      problems.push({
        file: diffFile,
        field: path,
        message: applied.ok ? "changes a file the codebase does not have" : applied.error,
      });
      continue;
    }
    if (change.oldPath !== null) after.delete(change.oldPath);
    if (change.newPath !== null && applied.value !== undefined)
      after.set(change.newPath, applied.value);
  }
  const issuesFile = fileOf(WORK_SAMPLE_FILES.issues);
  const before = problems.length;
  const data = parseYamlText(issuesText, issuesFile, problems);
  if (problems.length > before) return undefined;
  const parsed = reviewIssuesSchema.safeParse(data);
  if (!parsed.success) {
    problems.push(...problemsFromZod(issuesFile, parsed.error.issues));
    return undefined;
  }
  const ids = new Set<string>();
  parsed.data.issues.forEach((issue, index) => {
    const field = `issues[${String(index)}]`;
    if (ids.has(issue.id))
      problems.push({
        file: issuesFile,
        field: `${field}.id`,
        message: `"${issue.id}" is used twice`,
      });
    ids.add(issue.id);
    for (const at of issueLocations(issue)) {
      const shown = changes.value
        .filter((change) => change.newPath === at.file)
        .flatMap((change) => change.hunks.flatMap((hunk) => hunk.lines))
        .some(
          (line) =>
            line.newLine !== undefined &&
            line.newLine >= at.lines[0] &&
            line.newLine <= at.lines[1],
        );
      if (!shown) {
        problems.push({
          file: issuesFile,
          field: `${field}.lines`,
          message: `lines ${String(at.lines[0])}–${String(at.lines[1])} of ${at.file} are not in the diff`,
        });
      }
    }
  });
  const sortedAfter = [...after.entries()]
    .map(([path, content]) => ({ path, content }))
    .sort((a, b) => a.path.localeCompare(b.path));
  return { diff, changes: changes.value, after: sortedAfter, issues: parsed.data.issues };
}

/** Every case of a sample, visible first, then hidden: what "submit" runs. */
export function allSampleCases(sample: Pick<WorkSample, "tests">): TestCase[] {
  return [...sample.tests.visible, ...sample.tests.hidden];
}
