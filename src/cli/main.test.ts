import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../../tests/support/run-cli.ts";

function run(argv: string[]) {
  return runCliCaptured(argv);
}

describe("candor", () => {
  it("prints the usage for --help", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    expect(out).toContain("Usage: candor <command>");
  });

  it("prints the version", async () => {
    const { code, out } = await run(["--version"]);
    expect(code).toBe(0);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    [["frobnicate"]],
    [["questions", "--colour"]],
    [["questions", "--round", "lunch"]],
    [["content", "fix"]],
    [["start", "--port", "abc"]],
  ])("exits 2 with the usage for %o", async (argv) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toContain("Usage: candor <command>");
  });

  it("prints the bank as JSON, filtered by round and category", async () => {
    const { code, out } = await run([
      "questions",
      "--round",
      "values",
      "--category",
      "values",
      "--json",
    ]);
    expect(code).toBe(0);
    const questions = JSON.parse(out) as { category: string; rounds: string[] }[];
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      expect(question.category).toBe("values");
      expect(question.rounds).toContain("values");
    }
  });

  it("validates the shipped content", async () => {
    const { code, out } = await run(["content", "check"]);
    expect(code).toBe(0);
    expect(out).toContain("anthropic:");
  });
});
