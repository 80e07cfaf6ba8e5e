import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentProblem } from "../../core/content/content-problem.ts";
import { err, ok, type Result } from "../../core/result.ts";
import { parseWorkSample, type WorkSample } from "../../core/work-samples/parse-work-sample.ts";
import { filesUnder } from "./files-under.ts";

/** Where work samples live under the content folder. */
export const WORK_SAMPLES_FOLDER = "work-samples";

/**
 * Reads and validates every work sample under `<contentDir>/work-samples` (docs/work-samples.md),
 * sorted by id; problems name file and field. A content folder without work samples has none.
 */
export async function loadWorkSamples(
  contentDir: string,
): Promise<Result<WorkSample[], ContentProblem[]>> {
  const root = path.join(contentDir, WORK_SAMPLES_FOLDER);
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const results = await Promise.all(
    folders.map((folder) => readWorkSample(path.join(root, folder), contentDir)),
  );
  const problems = results.flatMap((result) => (result.ok ? [] : result.error));
  if (problems.length > 0) return err(problems);
  return ok(results.flatMap((result) => (result.ok ? [result.value] : [])));
}

async function readWorkSample(
  dir: string,
  contentDir: string,
): Promise<Result<WorkSample, ContentProblem[]>> {
  const names = await filesUnder(dir);
  const files = new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(dir, name), "utf8")] as const),
    ),
  );
  const relative = path.relative(path.dirname(contentDir), dir).split(path.sep).join("/");
  return parseWorkSample({ dir: relative, files });
}
