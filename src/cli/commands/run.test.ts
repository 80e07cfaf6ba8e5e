import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "../../../tests/support/run-cli.ts";

let dir = "";
const solution = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "candor-run-"));
  await writeFile(
    solution("merge.py"),
    "def merge(intervals):\n    print('merging', len(intervals))\n" +
      "    out = []\n    for s, e in sorted(intervals):\n" +
      "        if out and s <= out[-1][1]:\n            out[-1][1] = max(out[-1][1], e)\n" +
      "        else:\n            out.append([s, e])\n    return out\n",
  );
  await writeFile(
    solution("lru.js"),
    "export class LRUCache {\n  constructor(capacity) { this.map = new Map(); this.capacity = capacity; }\n" +
      "  get(key) { return this.map.get(key) ?? -1; }\n" +
      "  put(key, value) { this.map.set(key, value); }\n}\n",
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(argv: string[]) {
  return runCliCaptured(argv);
}

describe("candor run", () => {
  it("prints the result contract with --json and exits 0 when accepted", async () => {
    const { code, out } = await run([
      "run",
      "--problem",
      "merge-intervals",
      "--lang",
      "py",
      solution("merge.py"),
      "--json",
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual([
      "cases",
      "ms",
      "output",
      "passed",
      "total",
      "verdict",
    ]);
    expect(result).toMatchObject({ verdict: "accepted", passed: result.total });
    expect(result.output).toContain("merging 4\n");
  });

  it("lists each case and the first wrong operation, and exits 1", async () => {
    const { code, out } = await run([
      "run",
      "--problem",
      "lru-cache",
      "--lang",
      "js",
      solution("lru.js"),
    ]);
    expect(code).toBe(1);
    expect(out).toMatch(/^lru-cache \(JavaScript\): wrong-answer — \d+\/\d+ cases passed/);
    expect(out).toContain("✓ get on a missing key returns -1");
    expect(out).toContain("✗ reading a key protects it from eviction");
    expect(out).toContain("first wrong: op 5 get(2) expected -1, got 20");
  });

  it("rejects --level for a problem without levels as a usage error", async () => {
    const { code, err } = await run([
      "run",
      "--problem",
      "lru-cache",
      "--level",
      "2",
      "--lang",
      "js",
      solution("lru.js"),
    ]);
    expect(code).toBe(2);
    expect(err).toContain("this problem has no levels");
  });

  it.each([
    [["run", "--lang", "js", "x.js"]],
    [["run", "--problem", "lru-cache", "--lang", "rb", "x.rb"]],
    [["run", "--problem", "lru-cache", "--lang", "js"]],
    [["run", "--problem", "no-such-problem", "--lang", "js", "x.js"]],
    [["run", "--problem", "lru-cache", "--level", "zero", "--lang", "js", "x.js"]],
  ])("exits 2 with the usage for %o", async (argv) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toContain("Usage: candor <command>");
  });

  it("exits 1 when the file cannot be read", async () => {
    const { code, err } = await run([
      "run",
      "--problem",
      "lru-cache",
      "--lang",
      "js",
      solution("missing.js"),
    ]);
    expect(code).toBe(1);
    expect(err).toContain("cannot read");
  });
});

describe("candor problems", () => {
  it("lists the problems with --json", async () => {
    const { code, out } = await run(["problems", "--json"]);
    expect(code).toBe(0);
    const problems = JSON.parse(out) as { id: string }[];
    expect(problems.find((problem) => problem.id === "word-break")).toEqual({
      id: "word-break",
      title: "Word Break",
      difficulty: "medium",
      kind: "function",
      themes: ["strings", "dynamic-programming"],
    });
  });

  it("prints a table", async () => {
    const { code, out } = await run(["problems"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^tokenizer\s+Vocabulary Tokenizer\s+hard\s+function\s+text-processing/m);
  });
});
