import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentProblem } from "../../core/content/content-problem.ts";
import {
  parseProblem,
  parseProblemMeta,
  PROBLEM_FILES,
  type Problem,
} from "../../core/problems/parse-problem.ts";
import type { ProblemMeta } from "../../core/problems/schema.ts";
import { err, ok, type Result } from "../../core/result.ts";

/**
 * Reads and validates every problem under `<contentDir>/problems` (docs/problems.md); problems name
 * file and field. With `themes`, each problem's themes must come from that vocabulary.
 */
export async function loadProblems(
  contentDir: string,
  themes?: ReadonlySet<string>,
): Promise<Result<Problem[], ContentProblem[]>> {
  const folders = await listProblemFolders(contentDir);
  if (!folders.ok) return folders;
  const results = await Promise.all(
    folders.value.map((dir) => readProblem(dir, contentDir, themes)),
  );
  const problems = results.flatMap((result) => (result.ok ? [] : result.error));
  if (problems.length > 0) return err(problems);
  return ok(results.flatMap((result) => (result.ok ? [result.value] : [])));
}

/**
 * Reads and validates every problem's `problem.yaml` only — what a listing needs. Much faster than
 * {@link loadProblems}: the tests files, some of them hundreds of kilobytes, are not parsed.
 */
export async function loadProblemList(
  contentDir: string,
): Promise<Result<ProblemMeta[], ContentProblem[]>> {
  const folders = await listProblemFolders(contentDir);
  if (!folders.ok) return folders;
  const results = await Promise.all(
    folders.value.map(async (dir) => {
      const text = await readFile(path.join(dir, PROBLEM_FILES.meta), "utf8").catch(() => undefined);
      return parseProblemMeta(relative(contentDir, dir), text);
    }),
  );
  const problems = results.flatMap((result) => (result.ok ? [] : result.error));
  if (problems.length > 0) return err(problems);
  return ok(results.flatMap((result) => (result.ok ? [result.value] : [])));
}

/** Reads and validates one problem by id; `undefined` when there is no such folder. */
export async function loadProblem(
  id: string,
  contentDir: string,
): Promise<Result<Problem, ContentProblem[]> | undefined> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return undefined;
  const dir = path.join(contentDir, "problems", id);
  const exists = await readdir(dir).then(
    () => true,
    () => false,
  );
  return exists ? readProblem(dir, contentDir) : undefined;
}

/** The problem folders under `<contentDir>/problems`, sorted by id. */
async function listProblemFolders(contentDir: string): Promise<Result<string[], ContentProblem[]>> {
  const problemsDir = path.join(contentDir, "problems");
  const entries = await readdir(problemsDir, { withFileTypes: true }).catch(() => undefined);
  if (entries === undefined) {
    const file = relative(contentDir, problemsDir);
    return err([{ file, field: "(folder)", message: "the problems folder is missing" }]);
  }
  return ok(
    entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(problemsDir, entry.name))
      .sort(),
  );
}

async function readProblem(
  dir: string,
  contentDir: string,
  themes?: ReadonlySet<string>,
): Promise<Result<Problem, ContentProblem[]>> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
  const files = new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(dir, name), "utf8")] as const),
    ),
  );
  return parseProblem({ dir: relative(contentDir, dir), files }, themes);
}

/** Paths in messages start at the content folder's parent: `content/problems/word-break`. */
function relative(contentDir: string, file: string): string {
  return path.relative(path.dirname(contentDir), file).split(path.sep).join("/");
}
