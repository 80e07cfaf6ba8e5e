import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/server/config.ts";
import { DEFAULT_CONTENT_DIR } from "../../src/node/content/load-packs.ts";
import { startServer } from "../../src/server/start-server.ts";

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
    await cp(DEFAULT_CONTENT_DIR, contentDir, { recursive: true });
    const manifest = path.join(contentDir, "packs", "anthropic", "pack.yaml");
    await writeFile(manifest, "id: [not, an, id]\n");
    const config = loadConfig({ CANDOR_DATA_DIR: path.join(root, "data"), PORT: "0" }, root);

    await expect(startServer({ config, version: "test", contentDir })).rejects.toThrow(
      /The content has problems/,
    );
    // The database was opened beside the content; it was closed again, so the folder is not held.
    const started = await startServer({ config, version: "test" });
    try {
      const health = await fetch(`${started.url}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      await started.close();
    }
  }, 120_000);
});
