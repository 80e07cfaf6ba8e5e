import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/server/config.ts";
import { startServer } from "../../src/server/start-server.ts";
import { SHIPPED_CONTENT_DIR } from "../../src/node/content/content-dir.ts";

describe("data survives a restart", () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "candor-persist-"));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("keeps the local user and a star across stop and start", async () => {
    const config = loadConfig({
      CANDOR_DATA_DIR: dataDir,
      PORT: "0",
      CANDOR_LOG_LEVEL: "silent",
    });

    const first = await startServer({ config, version: "test", contentDir: SHIPPED_CONTENT_DIR });
    const questions = await fetch(`${first.url}/api/questions`).then(
      (response) => response.json() as Promise<{ questions: { id: string }[] }>,
    );
    const questionId = questions.questions[0]?.id;
    expect(questionId).toBeDefined();
    const starred = await fetch(`${first.url}/api/questions/${String(questionId)}/star`, {
      method: "PUT",
    });
    expect(starred.status).toBe(200);
    const userBefore = await first.database.db.query.users.findMany();
    await first.close();

    const second = await startServer({ config, version: "test", contentDir: SHIPPED_CONTENT_DIR });
    try {
      const read = await fetch(`${second.url}/api/questions/${String(questionId)}`).then(
        (response) => response.json() as Promise<{ starred: boolean }>,
      );
      expect(read.starred).toBe(true);
      expect(await second.database.db.query.users.findMany()).toEqual(userBefore);
    } finally {
      await second.close();
    }
  });

  it("refuses a second server on a busy port with a message that says so", async () => {
    const config = loadConfig({ CANDOR_DATA_DIR: dataDir, PORT: "0", CANDOR_LOG_LEVEL: "silent" });
    const first = await startServer({ config, version: "test", contentDir: SHIPPED_CONTENT_DIR });
    try {
      const port = new URL(first.url).port;
      const busy = loadConfig({
        CANDOR_DATA_DIR: path.join(dataDir, "second"),
        PORT: port,
        CANDOR_LOG_LEVEL: "silent",
      });
      await expect(
        startServer({ config: busy, version: "test", contentDir: SHIPPED_CONTENT_DIR }),
      ).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      await first.close();
    }
  });
});
