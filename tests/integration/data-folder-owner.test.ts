// One process owns a PGlite data folder: a second server is refused and says who owns it, a
// killed owner's folder opens again with its data, and `candor interview` run beside the server
// goes through it, so the app sees the interview.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spawnCandor, waitForUrl, type SpawnedCandor } from "../support/spawn-candor.ts";

const BIN = fileURLToPath(new URL("../../bin/candor.mjs", import.meta.url));

const STORY = {
  title: "The date I pushed back on",
  storyType: "pushed-back-lost",
  tags: [],
  themes: [],
  text:
    "In March I argued against shipping the billing migration before its rollback was tested. " +
    "I lost; the director shipped it. I felt sick that week. The rollback failed once in May, " +
    "and since then I bring a dry run to the meeting instead of an argument.",
};

/** Runs `candor interview` with the answers on standard input; resolves with its output. */
function interviewInTerminal(dataDir: string, input: string) {
  const child = spawn(process.execPath, [BIN, "interview", "--round", "values"], {
    env: { ...process.env, CANDOR_DATA_DIR: dataDir, CANDOR_LOG_LEVEL: "warn" },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stdin.end(input);
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on("exit", (code) => {
      resolve({ code, output });
    }),
  );
}

describe("one owner per data folder", () => {
  let dataDir: string;
  const children: SpawnedCandor[] = [];

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "candor-owner-"));
  });

  afterEach(async () => {
    for (const started of children.splice(0)) {
      if (started.child.exitCode === null) started.child.kill("SIGKILL");
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it("refuses a second server on the folder, keeps the first, and reopens after a SIGKILL", async () => {
    const first = spawnCandor(["--port", "0"], dataDir);
    children.push(first);
    const base = await waitForUrl(first);
    const saved = await fetch(`${base}/api/stories`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(STORY),
    });
    expect(saved.status).toBe(201);

    const second = spawnCandor(["--port", "0"], dataDir);
    children.push(second);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain("is in use by another Candor process");
    expect(second.output()).toContain(`pid ${String(first.child.pid)}`);
    expect(second.output()).toContain(base);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);

    first.child.kill("SIGKILL");
    await first.exited;
    const third = spawnCandor(["--port", "0"], dataDir);
    children.push(third);
    const base3 = await waitForUrl(third);
    const stories = (await (await fetch(`${base3}/api/stories`)).json()) as {
      stories: { title: string }[];
    };
    expect(stories.stories.map((story) => story.title)).toEqual([STORY.title]);
  }, 120_000);

  it("runs `candor interview` through the server that owns the folder", async () => {
    const server = spawnCandor(["--port", "0"], dataDir);
    children.push(server);
    const base = await waitForUrl(server);

    const answer =
      "In 2024 I refused to sign off a launch because the red-team report was a week late. " +
      "I was nervous about it for days. We launched nine days later with two fixes, and I " +
      "learned to ask for the report's date at kickoff.\n\n";
    const run = await interviewInTerminal(dataDir, answer);
    expect(run.code).toBe(0);
    expect(run.output).toContain(`Candor is running at ${base}`);
    expect(run.output).toContain("your answer:");

    const list = (await (await fetch(`${base}/api/interviews`)).json()) as {
      interviews: { round: string; answers: number }[];
    };
    expect(list.interviews).toEqual([expect.objectContaining({ round: "values", answers: 1 })]);
  }, 120_000);
});
