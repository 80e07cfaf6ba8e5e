import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FLAG_CODES } from "../../core/analysis/index.ts";
import { runCliCaptured } from "../../../tests/support/run-cli.ts";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "candor-analyze-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function analyze(argv: string[], stdin = "") {
  return runCliCaptured(["analyze", ...argv], stdin);
}

const STORY =
  "We decided to delay the launch. The team worked hard and it was a great success. " +
  "I'm deeply passionate about building safe and beneficial AI.";

describe("candor analyze", () => {
  it("prints the analysis contract with --json, evidence offsets matching the text", async () => {
    const { code, out } = await analyze(["--kind", "behavioral", "--json"], STORY);
    expect(code).toBe(0);
    const analysis = JSON.parse(out) as {
      overall: number;
      readsAs: string;
      dimensions: Record<string, number>;
      flags: {
        code: string;
        message: string;
        evidence: { start: number; end: number; quote: string }[];
      }[];
      suggestions: string[];
      stats: Record<string, number>;
    };
    expect(analysis.overall).toBeGreaterThanOrEqual(1);
    expect(analysis.overall).toBeLessThanOrEqual(5);
    expect(["genuine", "mixed", "alignment-signaling"]).toContain(analysis.readsAs);
    expect(Object.keys(analysis.dimensions).sort()).toEqual(
      ["honesty", "ownership", "reflection", "specificity", "structure"].sort(),
    );
    expect(Object.keys(analysis.stats)).toEqual(
      expect.arrayContaining(["words", "sentences", "firstPersonSingular", "firstPersonPlural"]),
    );
    expect(analysis.flags.map((flag) => flag.code)).toContain("we-not-i");
    for (const flag of analysis.flags) {
      expect(FLAG_CODES).toContain(flag.code);
      for (const evidence of flag.evidence) {
        expect(STORY.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      }
    }
  });

  it("reads a file and prints a readable report", async () => {
    const file = path.join(dir, "answer.txt");
    await writeFile(file, STORY);
    const { code, out } = await analyze(["--kind", "values", "--question", "Why us?", file]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Overall \d\/5 — reads as /);
    expect(out).toContain("we-not-i");
  });

  it.each([
    ["empty input", ""],
    ["whitespace only", " \n\t "],
  ])("exits 1 with a clear message on %s", async (_label, stdin) => {
    const { code, err } = await analyze(["--kind", "values"], stdin);
    expect(code).toBe(1);
    expect(err).toContain("The answer is empty.");
  });

  it("exits 1 with a clear message on a 100,000-word input", async () => {
    const { code, err } = await analyze(["--kind", "values"], "word ".repeat(100_000));
    expect(code).toBe(1);
    expect(err).toMatch(/at most 60,000/);
  });

  it("gives a sensible analysis of binary garbage and of non-English text", async () => {
    const garbage = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 131) % 256)).toString(
      "latin1",
    );
    const binary = await analyze(["--kind", "opinion", "--json"], garbage);
    expect(binary.code).toBe(0);
    expect((JSON.parse(binary.out) as { overall: number }).overall).toBeGreaterThanOrEqual(1);
    const foreign = await analyze(
      ["--kind", "values", "--json"],
      "Je pensais que les tests étaient inutiles. 我改变了主意。",
    );
    expect(foreign.code).toBe(0);
  });

  it("exits 2 with the usage for a missing or unknown kind, or a missing file", async () => {
    expect((await analyze([], STORY)).code).toBe(2);
    expect((await analyze(["--kind", "poem"], STORY)).code).toBe(2);
    const missing = await analyze(["--kind", "values", path.join(dir, "nope.txt")]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("cannot read");
  });

  it("reads a pushback reply's stance with --kind pushback", async () => {
    const { code, out } = await analyze(
      ["--kind", "pushback", "--view", "Ship it Friday.", "--challenge", "Who rolls it back?"],
      "Okay.",
    );
    expect(code).toBe(0);
    expect(out).toContain("Stance: caved");
    const missing = await analyze(["--kind", "pushback", "--view", "Ship it Friday."], "Okay.");
    expect(missing.code).toBe(2);
  });
});
