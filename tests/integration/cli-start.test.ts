import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  spawnCandor as startCandor,
  waitForUrl,
  type SpawnedCandor as Started,
} from "../support/spawn-candor.ts";

describe("candor start", () => {
  let dataDir: string;
  const children: Started[] = [];

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "candor-cli-"));
  });

  afterEach(async () => {
    for (const started of children.splice(0)) {
      if (started.child.exitCode === null) started.child.kill("SIGKILL");
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it.each(["SIGTERM", "SIGINT"] as const)(
    "closes cleanly on %s",
    async (signal) => {
      const started = startCandor(["--port", "0"], dataDir);
      children.push(started);
      const url = await waitForUrl(started);
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);

      started.child.kill(signal);
      expect(await started.exited).toBe(0);
      expect(started.output()).toContain(`Received ${signal}`);
      expect(started.output()).toContain("Stopped.");
    },
    120_000,
  );

  it("refuses to start on a busy port and says so", async () => {
    const first = startCandor(["--port", "0"], dataDir);
    children.push(first);
    const port = new URL(await waitForUrl(first)).port;

    const second = startCandor(["--port", port], path.join(dataDir, "second"));
    children.push(second);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`Port ${port} on 127.0.0.1 is already in use`);
  }, 120_000);
});
