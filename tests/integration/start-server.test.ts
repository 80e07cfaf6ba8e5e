import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/server/config.ts";
import {
  CONTENT_SNAPSHOT_FILE,
  PROBLEM_CHECK_RECORD,
  startServer,
} from "../../src/server/start-server.ts";
import { StartupError } from "../../src/server/startup-errors.ts";
import { SHIPPED_CONTENT_DIR } from "../../src/node/content/content-dir.ts";

describe("startServer", () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "candor-start-"));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("refuses broken content, and leaves the data folder it opened meanwhile free", async () => {
    const contentDir = path.join(root, "content");
    await cp(SHIPPED_CONTENT_DIR, contentDir, { recursive: true });
    // A coding problem, which the server used to read only when a page asked for it.
    const tests = path.join(contentDir, "problems", "word-break", "tests.yaml");
    await writeFile(tests, "visible: 3\nhidden: []\n");
    const config = loadConfig({ CANDOR_DATA_DIR: path.join(root, "data"), PORT: "0" }, root);

    const refused = startServer({ config, version: "test", contentDir });
    await expect(refused).rejects.toThrow(StartupError);
    await expect(refused).rejects.toThrow(
      `The content in ${contentDir} has 2 problem(s); fix them (\`npm run content:check\` lists ` +
        "the same) and start again:\n" +
        "  content/problems/word-break/tests.yaml: visible: Invalid input: expected array, received number\n" +
        "  content/problems/word-break/tests.yaml: hidden: needs at least one hidden case",
    );
    // The database was opened beside the content; it was closed again, so the folder is not held.
    const started = await startServer({ config, version: "test", contentDir: SHIPPED_CONTENT_DIR });
    try {
      const health = await fetch(`${started.url}/api/health`);
      expect(health.status).toBe(200);
      // The clean check is remembered in the data folder, so the next start skips the parse.
      expect(existsSync(path.join(root, "data", PROBLEM_CHECK_RECORD))).toBe(true);
    } finally {
      await started.close();
    }
  }, 120_000);

  it("keeps the validated content for the next start, and reads an edited file again", async () => {
    const contentDir = path.join(root, "content");
    await cp(SHIPPED_CONTENT_DIR, contentDir, { recursive: true });
    const config = loadConfig({ CANDOR_DATA_DIR: path.join(root, "data"), PORT: "0" }, root);
    const id = "behavioral-project-end-to-end";
    const promptOf = async (url: string) => {
      const response = await fetch(`${url}/api/questions/${id}`);
      return ((await response.json()) as { prompt: string }).prompt;
    };
    const startAndRead = async () => {
      const started = await startServer({ config, version: "test", contentDir });
      try {
        return await promptOf(started.url);
      } finally {
        await started.close();
      }
    };

    const first = await startAndRead();
    const snapshot = path.join(root, "data", CONTENT_SNAPSHOT_FILE);
    expect(existsSync(snapshot)).toBe(true);
    // An unchanged folder is served from the snapshot: the same question as read from the files.
    expect(await startAndRead()).toBe(first);

    const questions = path.join(contentDir, "packs", "anthropic", "questions", "behavioral.yaml");
    const text = await readFile(questions, "utf8");
    await writeFile(questions, text.replace(first, "Tell me about a project you owned."));
    expect(await startAndRead()).toBe("Tell me about a project you owned.");

    // A broken edit is refused, although a snapshot of the content before it exists.
    await writeFile(questions, text.replace(`id: ${id}`, "id: [broken"));
    await expect(startServer({ config, version: "test", contentDir })).rejects.toThrow(
      StartupError,
    );
  }, 120_000);
});
