import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeProblem } from "../../core/content/content-problem.ts";
import { SHIPPED_CONTENT_DIR } from "./content-dir.ts";
import { loadContent } from "./load-content.ts";
import { checkProblemsOnThread } from "./problem-check-thread.ts";

/** Replaces the first occurrence of `from` in a file of the copied content; fails if absent. */
async function breakFile(contentDir: string, file: string, from: string | RegExp, to: string) {
  const full = path.join(contentDir, file);
  const text = await readFile(full, "utf8");
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file} does not contain ${String(from)}`);
  await writeFile(full, changed);
}

describe("loadContent", () => {
  let root: string;
  let contentDir: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "candor-content-"));
    contentDir = path.join(root, "content");
    await cp(SHIPPED_CONTENT_DIR, contentDir, { recursive: true });
    // One fault in each kind of content, each in a different file.
    await breakFile(
      contentDir,
      "packs/anthropic/questions/values.yaml",
      "category: values",
      "category: manners",
    );
    await breakFile(contentDir, "packs/anthropic/guide/01-process.md", "order: 1", "order: first");
    await writeFile(
      path.join(contentDir, "problems/word-break/tests.yaml"),
      "visible: 3\nhidden: []\n",
    );
    await breakFile(
      contentDir,
      "assessments/kv-store/assessment.yaml",
      "durationMinutes: 90",
      "durationMinutes: soon",
    );
    await breakFile(contentDir, "work-samples/log-summary/sample.yaml", "kind: refactor", "kind: [");
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("reports a fault in every kind of content, each naming its file and field", async () => {
    const loaded = await loadContent(contentDir, checkProblemsOnThread);
    expect(loaded.ok).toBe(false);
    const lines = loaded.ok ? [] : loaded.error.map(describeProblem);
    const expected = [
      /^content\/packs\/anthropic\/questions\/values\.yaml: \[0\]\.category: Invalid option/,
      /^content\/packs\/anthropic\/guide\/01-process\.md: order: Invalid input: expected number/,
      /^content\/problems\/word-break\/tests\.yaml: visible: Invalid input: expected array/,
      /^content\/problems\/word-break\/tests\.yaml: hidden: needs at least one hidden case$/,
      /^content\/assessments\/kv-store\/assessment\.yaml: durationMinutes: Invalid input/,
      /^content\/work-samples\/log-summary\/sample\.yaml: \(yaml\): .+ at line \d+, column \d+$/,
    ];
    for (const pattern of expected) {
      expect(lines.filter((line) => pattern.test(line)), `${pattern.source} in\n${lines.join("\n")}`).toHaveLength(1);
    }
    // Nothing else in the copy is at fault.
    expect(lines).toHaveLength(expected.length);
  }, 120_000);
});
