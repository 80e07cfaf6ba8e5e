import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHIPPED_CONTENT_DIR } from "../../node/content/content-dir.ts";
import { contentCheck } from "./content-check.ts";

describe("candor content check", () => {
  let root: string;
  let contentDir: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "candor-content-check-"));
    contentDir = path.join(root, "content");
    await cp(SHIPPED_CONTENT_DIR, contentDir, { recursive: true });
    // A timed assessment: once only read when its page was opened, never checked at start.
    const file = path.join(contentDir, "assessments", "kv-store", "assessment.yaml");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace("durationMinutes: 90", "durationMinutes: soon"));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("exits 1 and prints each problem with its file and field", async () => {
    const written = { out: "", err: "" };
    const code = await contentCheck(
      {
        out: (text) => {
          written.out += text;
        },
        err: (text) => {
          written.err += text;
        },
      },
      contentDir,
    );
    expect(code).toBe(1);
    expect(written.out).toBe("");
    expect(written.err).toBe(
      "content/assessments/kv-store/assessment.yaml: durationMinutes: Invalid input: expected number, received string\n" +
        "content check failed: 1 problem(s)\n",
    );
  }, 120_000);
});
