import { describe, expect, it } from "vitest";
import { gradeReview, namesIssue, normalizeForMatching } from "./review-grader.ts";
import type { ReviewIssue } from "./schema.ts";

function issue(overrides: Partial<ReviewIssue> = {}): ReviewIssue {
  return {
    id: "boolean-parse",
    title: '"false" is parsed as true',
    severity: "high",
    file: "src/env.ts",
    lines: [26, 26],
    terms: ["boolean", "truthy", "always true"],
    explanation: "Boolean(raw) is true for every non-empty string.",
    ...overrides,
  };
}

const ISSUES = [
  issue(),
  issue({
    id: "mutates-defaults",
    title: "deepMerge changes DEFAULTS",
    file: "src/merge.ts",
    lines: [13, 14],
    alsoAt: [{ file: "src/load-config.ts", lines: [30, 30] }],
    terms: ["mutat", "in place", "side effect"],
  }),
  issue({
    id: "precedence",
    title: "The file beats the overrides",
    file: "src/load-config.ts",
    lines: [30, 30],
    terms: ["precedence", "order"],
  }),
];

describe("naming an issue", () => {
  it("normalizes case and punctuation", () => {
    expect(normalizeForMatching("Off-by-one!  Really?")).toBe(" off by one really ");
  });

  it("matches a term at the start of a word, and phrases across punctuation", () => {
    expect(namesIssue("This MUTATES the shared object", { terms: ["mutat"] })).toBe(true);
    expect(namesIssue("it is immutable", { terms: ["mutat"] })).toBe(false);
    expect(namesIssue("merges in-place", { terms: ["in place"] })).toBe(true);
    expect(namesIssue("looks fine", { terms: ["in place"] })).toBe(false);
  });
});

describe("grading a review", () => {
  it("finds an issue when a finding points at its lines and names it", () => {
    const graded = gradeReview(ISSUES, [
      { file: "src/env.ts", line: 26, text: 'Boolean("false") is true: always true' },
    ]);
    expect(graded.found).toEqual([
      {
        issue: {
          id: "boolean-parse",
          title: '"false" is parsed as true',
          severity: "high",
          file: "src/env.ts",
          lines: [26, 26],
          explanation: "Boolean(raw) is true for every non-empty string.",
        },
        findings: [0],
      },
    ]);
    expect(graded.missed.map((entry) => entry.id)).toEqual(["mutates-defaults", "precedence"]);
    expect(graded.score).toEqual({ found: 1, total: 3, falsePositives: 0 });
    // The answer key's terms never leave the grader.
    expect(JSON.stringify(graded)).not.toContain("truthy");
  });

  it("counts a finding on the right line that does not name the problem as a false positive", () => {
    const graded = gradeReview(ISSUES, [
      { file: "src/env.ts", line: 26, text: "I would rename raw" },
      { file: "src/env.ts", line: 3, text: "boolean handling here is wrong" },
      { file: "src/other.ts", line: 26, text: "boolean" },
    ]);
    expect(graded.found).toEqual([]);
    expect(graded.falsePositives).toEqual([
      { finding: 0, reason: "not-named", issueId: "boolean-parse" },
      { finding: 1, reason: "no-issue-here" },
      { finding: 2, reason: "no-issue-here" },
    ]);
  });

  it("accepts an issue's other locations", () => {
    const graded = gradeReview(ISSUES, [
      { file: "src/load-config.ts", line: 30, text: "this mutates DEFAULTS on every load" },
    ]);
    expect(graded.found.map((entry) => entry.issue.id)).toEqual(["mutates-defaults"]);
    expect(graded.falsePositives).toEqual([]);
  });

  it("pairs findings so that as many issues as possible are found", () => {
    // The first finding names both issues on line 30; the second names only one. The grader
    // gives the first to the issue the second cannot find.
    const graded = gradeReview(ISSUES, [
      { file: "src/load-config.ts", line: 30, text: "wrong order, and it mutates DEFAULTS" },
      { file: "src/load-config.ts", line: 30, text: "it mutates the defaults in place" },
    ]);
    expect(graded.found.map((entry) => [entry.issue.id, entry.findings])).toEqual([
      ["mutates-defaults", [1]],
      ["precedence", [0]],
    ]);
  });

  it("lists a second finding of a found issue with it, not against the candidate", () => {
    const graded = gradeReview(ISSUES, [
      { file: "src/env.ts", line: 26, text: "boolean parsing is wrong" },
      { file: "src/env.ts", line: 26, text: "truthy strings" },
    ]);
    expect(graded.found).toEqual([expect.objectContaining({ findings: [0, 1] })]);
    expect(graded.score).toEqual({ found: 1, total: 3, falsePositives: 0 });
  });

  it("grades an empty review as everything missed", () => {
    expect(gradeReview(ISSUES, []).score).toEqual({ found: 0, total: 3, falsePositives: 0 });
  });
});
