import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentSnapshot } from "./content-snapshot.ts";
import type { LoadedContent } from "./load-content.ts";

describe("contentSnapshot", () => {
  let root: string;
  let contentDir: string;
  let codeDir: string;
  let record: string;
  const content: LoadedContent = { packs: [], problems: [], assessments: [], workSamples: [] };

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "candor-snapshot-"));
    contentDir = path.join(root, "content");
    codeDir = path.join(root, "code");
    record = path.join(root, "data", "content.json");
    await mkdir(path.join(contentDir, "packs", "values"), { recursive: true });
    await mkdir(codeDir, { recursive: true });
    await writeFile(path.join(contentDir, "packs", "values", "questions.yaml"), "- id: one\n");
    await writeFile(path.join(codeDir, "schema.ts"), "export const a = 1;\n");
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** One start's snapshot: a new one over the same record, as a new process would make. */
  const snapshot = () => contentSnapshot(contentDir, record, [codeDir]);

  it("keeps nothing until content is written, then gives it back while nothing changed", async () => {
    expect(await snapshot().read()).toBeUndefined();
    await snapshot().write(content);
    expect(await snapshot().read()).toEqual(content);
    expect(await snapshot().read()).toEqual(content);
  });

  it("reads the files again when a content file is edited, added or removed", async () => {
    const questions = path.join(contentDir, "packs", "values", "questions.yaml");
    await snapshot().write(content);
    await writeFile(questions, "- id: two\n");
    expect(await snapshot().read()).toBeUndefined();

    await snapshot().write(content);
    await writeFile(path.join(contentDir, "packs", "values", "extra.yaml"), "");
    expect(await snapshot().read()).toBeUndefined();

    await snapshot().write(content);
    await rm(path.join(contentDir, "packs", "values", "extra.yaml"));
    expect(await snapshot().read()).toBeUndefined();

    // The same size, saved again: only the modification time tells.
    await snapshot().write(content);
    await utimes(questions, new Date(), new Date(Date.now() + 5_000));
    expect(await snapshot().read()).toBeUndefined();
  });

  it("reads the files again when the code that reads them changed", async () => {
    await snapshot().write(content);
    await writeFile(path.join(codeDir, "schema.ts"), "export const a = 2;\n");
    expect(await snapshot().read()).toBeUndefined();
  });

  it("takes a stamp from before the content was read, so an edit made meanwhile is not hidden", async () => {
    const start = snapshot();
    expect(await start.read()).toBeUndefined();
    // The content is being read when the author saves a file...
    await writeFile(path.join(contentDir, "packs", "values", "questions.yaml"), "- id: three\n");
    // ...and what was read is kept under the stamp taken before.
    await start.write(content);
    expect(await snapshot().read()).toBeUndefined();
  });

  it("ignores a record it cannot use: broken, of another layout, or missing a kind", async () => {
    await snapshot().write(content);
    const kept = JSON.parse(await readFile(record, "utf8")) as Record<string, unknown>;
    for (const broken of [
      "{",
      JSON.stringify({ ...kept, format: 0 }),
      JSON.stringify({ ...kept, content: { ...content, workSamples: undefined } }),
      "null",
    ]) {
      await writeFile(record, broken);
      expect(await snapshot().read()).toBeUndefined();
    }
  });
});
