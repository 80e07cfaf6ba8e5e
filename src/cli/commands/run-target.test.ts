import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../../../tests/support/run-cli.ts";
import { SHIPPED_CONTENT_DIR } from "../../node/content/content-dir.ts";

const bank = (file: string) => path.join(SHIPPED_CONTENT_DIR, "assessments", "bank-system", file);

function run(argv: string[]) {
  return runCliCaptured(argv);
}

describe("candor run on a timed assessment", () => {
  it("runs the visible and hidden tests of levels 1 to N and prints the contract", async () => {
    const { code, out } = await run([
      "run",
      "--problem",
      "bank-system",
      "--level",
      "2",
      "--lang",
      "js",
      bank("solution.js"),
      "--json",
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { verdict: string; total: number; cases: { name: string }[] };
    expect(Object.keys(result).sort()).toEqual([
      "cases",
      "ms",
      "output",
      "passed",
      "total",
      "verdict",
    ]);
    expect(result.verdict).toBe("accepted");
    // Level 1 has 10 tests and level 2 has 11; each case is named with its level.
    expect(result.total).toBe(21);
    expect(result.cases[0]?.name).toBe("level 1: worked example");
    expect(result.cases.at(-1)?.name).toMatch(/^level 2: /);
  });

  it("names the levels run and exits 1 when the starter fails level 1", async () => {
    const { code, out } = await run([
      "run",
      "--problem",
      "bank-system",
      "--level",
      "1",
      "--lang",
      "py",
      bank("starter.py"),
    ]);
    expect(code).toBe(1);
    expect(out).toMatch(/^bank-system, level 1 \(Python\): wrong-answer — 0\/10 cases passed/);
    expect(out).toContain('first wrong: op 1 createAccount(1, "alice") expected true, got false');
  });

  it("refuses a level past the last as a usage error", async () => {
    const { code, err } = await run([
      "run",
      "--problem",
      "bank-system",
      "--level",
      "5",
      "--lang",
      "js",
      bank("solution.js"),
    ]);
    expect(code).toBe(2);
    expect(err).toContain("bank-system has 4 levels: --level must be 1 to 4 (got 5)");
  });
});
