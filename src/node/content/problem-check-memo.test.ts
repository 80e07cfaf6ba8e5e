import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ContentProblem } from "../../core/content/content-problem.ts";
import type { ProblemCheck } from "./load-content.ts";
import { problemCheckMemo } from "./problem-check-memo.ts";

describe("problemCheckMemo", () => {
  let root: string;
  let contentDir: string;
  let record: string;
  let runs: number;
  let found: ContentProblem[];
  /** Stands in for the full check: counts its runs and reports `found`. */
  const counted: ProblemCheck = async () => {
    runs += 1;
    return found;
  };
  const themes = new Set(["caching", "parsing"]);

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "candor-memo-"));
    contentDir = path.join(root, "content");
    record = path.join(root, "data", "record.json");
    await mkdir(path.join(contentDir, "problems", "word-break"), { recursive: true });
    await writeFile(path.join(contentDir, "problems", "word-break", "tests.yaml"), "visible: []\n");
    runs = 0;
    found = [];
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** One start: a fresh memo over the same record, as a new process would make. */
  async function start(): Promise<ContentProblem[]> {
    const memo = problemCheckMemo(counted, record);
    const problems = await memo.check(contentDir, themes);
    await memo.remember();
    return problems;
  }

  it("skips the check on a start whose problems, themes and code are unchanged", async () => {
    expect(await start()).toEqual([]);
    expect(await start()).toEqual([]);
    expect(runs).toBe(1);
  });

  it("checks again when a problem's file changes or one is added", async () => {
    await start();
    await writeFile(path.join(contentDir, "problems", "word-break", "tests.yaml"), "visible: 3\n");
    await start();
    await writeFile(path.join(contentDir, "problems", "word-break", "statement.md"), "# Break\n");
    await start();
    expect(runs).toBe(3);
  });

  it("checks again when the theme vocabulary changes", async () => {
    await start();
    const memo = problemCheckMemo(counted, record);
    await memo.check(contentDir, new Set(["caching"]));
    expect(runs).toBe(2);
  });

  it("never remembers a check that found problems", async () => {
    found = [{ file: "content/problems/word-break/tests.yaml", field: "visible", message: "bad" }];
    expect(await start()).toEqual(found);
    expect(await start()).toEqual(found);
    expect(runs).toBe(2);
  });

  it("runs the check when the record cannot be read", async () => {
    await mkdir(path.dirname(record), { recursive: true });
    await writeFile(record, "not json");
    await start();
    expect(runs).toBe(1);
    await start();
    expect(runs).toBe(1);
  });
});
