import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentProblem } from "../../core/content/content-problem.ts";
import { parsePack, type Pack, type SourceFile } from "../../core/content/parse-pack.ts";
import { err, ok, type Result } from "../../core/result.ts";

/** Reads and validates every pack under `<contentDir>/packs`; problems name file and field. */
export async function loadPacks(
  contentDir: string,
): Promise<Result<Pack[], ContentProblem[]>> {
  const packsDir = path.join(contentDir, "packs");
  const entries = await readdir(packsDir, { withFileTypes: true }).catch(() => undefined);
  if (entries === undefined) {
    return err([{ file: packsDir, field: "(folder)", message: "the packs folder is missing" }]);
  }
  const packs: Pack[] = [];
  const problems: ContentProblem[] = [];
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const folder of folders.sort()) {
    const result = await loadPack(path.join(packsDir, folder), contentDir);
    if (result.ok) packs.push(result.value);
    else problems.push(...result.error);
  }
  return problems.length > 0 ? err(problems) : ok(packs);
}

/** Reads and validates one pack folder. */
export async function loadPack(
  packDir: string,
  relativeTo: string = packDir,
): Promise<Result<Pack, ContentProblem[]>> {
  const read = async (file: string): Promise<SourceFile> => ({
    path: path.relative(path.dirname(relativeTo), file),
    text: await readFile(file, "utf8"),
  });
  const manifestPath = path.join(packDir, "pack.yaml");
  const manifest = await read(manifestPath).catch(() => undefined);
  if (manifest === undefined) {
    return err([
      { file: path.relative(path.dirname(relativeTo), manifestPath), field: "(file)", message: "missing pack.yaml" },
    ]);
  }
  const guide = await Promise.all((await listFiles(path.join(packDir, "guide"), ".md")).map(read));
  const questions = await Promise.all(
    (await listFiles(path.join(packDir, "questions"), ".yaml")).map(read),
  );
  const references = await Promise.all(
    (await listFiles(path.join(packDir, "reference-designs"), ".md")).map(read),
  );
  return parsePack({ manifest, guide, questions, references });
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  return entries
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => path.join(dir, name));
}
