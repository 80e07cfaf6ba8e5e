import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  parseAssessment,
  type Assessment,
} from "../../core/assessments/parse-assessment.ts";
import type { ContentProblem } from "../../core/content/content-problem.ts";
import { err, ok, type Result } from "../../core/result.ts";

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Reads and validates every timed assessment under `<contentDir>/assessments`; problems name file
 * and field. With `themes`, each assessment's themes must come from that vocabulary.
 */
export async function loadAssessments(
  contentDir: string,
  themes?: ReadonlySet<string>,
): Promise<Result<Assessment[], ContentProblem[]>> {
  const assessmentsDir = path.join(contentDir, "assessments");
  const entries = await readdir(assessmentsDir, { withFileTypes: true }).catch(() => undefined);
  if (entries === undefined) {
    const file = relative(contentDir, assessmentsDir);
    return err([{ file, field: "(folder)", message: "the assessments folder is missing" }]);
  }
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(assessmentsDir, entry.name))
    .sort();
  const results = await Promise.all(
    folders.map((dir) => readAssessment(dir, contentDir, themes)),
  );
  const problems = results.flatMap((result) => (result.ok ? [] : result.error));
  if (problems.length > 0) return err(problems);
  return ok(results.flatMap((result) => (result.ok ? [result.value] : [])));
}

/** Reads and validates one assessment by id; `undefined` when there is no such folder. */
export async function loadAssessment(
  id: string,
  contentDir: string,
): Promise<Result<Assessment, ContentProblem[]> | undefined> {
  if (!ID.test(id)) return undefined;
  const dir = path.join(contentDir, "assessments", id);
  const exists = await readdir(dir).then(
    () => true,
    () => false,
  );
  return exists ? readAssessment(dir, contentDir) : undefined;
}

async function readAssessment(
  dir: string,
  contentDir: string,
  themes?: ReadonlySet<string>,
): Promise<Result<Assessment, ContentProblem[]>> {
  const names = await listFiles(dir);
  const files = new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(dir, name), "utf8")] as const),
    ),
  );
  return parseAssessment({ dir: relative(contentDir, dir), files }, themes);
}

/** The folder's files and those of its `tests/` folder, as paths inside the folder. */
async function listFiles(dir: string): Promise<string[]> {
  const top = await readdir(dir, { withFileTypes: true });
  const tests = top.some((entry) => entry.isDirectory() && entry.name === "tests")
    ? (await readdir(path.join(dir, "tests"), { withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => `tests/${entry.name}`)
    : [];
  return [...top.filter((entry) => entry.isFile()).map((entry) => entry.name), ...tests];
}

/** Paths in messages start at the content folder's parent: `content/assessments/bank-system`. */
function relative(contentDir: string, file: string): string {
  return path.relative(path.dirname(contentDir), file).split(path.sep).join("/");
}
