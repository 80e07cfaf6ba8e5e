import { describe, expect, it } from "vitest";
import { describeProblem } from "../content/content-problem.ts";
import { overlay, parseWorkSample } from "./parse-work-sample.ts";

const META = [
  "id: tiny",
  "title: A tiny sample",
  "kind: debug",
  "language: js",
  "difficulty: easy",
  "summary: Fix the adder.",
  "entryModule: src/main.js",
  "entry: add",
  "minutes: 10",
].join("\n");

const TESTS = [
  "visible:",
  "  - { name: adds, args: [1, 2], expected: 3 }",
  "hidden:",
  "  - { name: adds zero, args: [0, 0], expected: 0 }",
].join("\n");

const CODEBASE: Record<string, string> = {
  "files/src/main.js":
    'import { plus } from "./plus.js";\nexport function add(a, b) {\n  return plus(a, b);\n}\n',
  "files/src/plus.js": "export const plus = (a, b) => a - b;\n",
  "files/src/unused.js": "export const nothing = null;\n",
};

function sources(
  overrides: Record<string, string | undefined> = {},
  dir = "content/work-samples/tiny",
) {
  const files = new Map<string, string>(
    Object.entries<string | undefined>({
      "sample.yaml": META,
      "brief.md": "Fix it.",
      "tests.yaml": TESTS,
      ...CODEBASE,
      "solution/src/plus.js": "export const plus = (a, b) => a + b;\n",
      ...overrides,
    }).flatMap(([name, text]) => (text === undefined ? [] : [[name, text] as [string, string]])),
  );
  return { dir, files };
}

function problemsOf(result: ReturnType<typeof parseWorkSample>): string[] {
  return result.ok ? [] : result.error.map(describeProblem);
}

describe("parsing a work sample", () => {
  it("reads a valid sample: its codebase sorted, its reference's files, its cases", () => {
    const parsed = parseWorkSample(sources());
    expect(problemsOf(parsed)).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.value.meta).toMatchObject({
      id: "tiny",
      kind: "debug",
      entryKind: "function",
      timeLimitMs: 3000,
    });
    expect(parsed.value.files.map((file) => file.path)).toEqual([
      "src/main.js",
      "src/plus.js",
      "src/unused.js",
    ]);
    expect(parsed.value.solution).toEqual([
      { path: "src/plus.js", content: "export const plus = (a, b) => a + b;\n" },
    ]);
    expect(parsed.value.tests.visible).toEqual([{ name: "adds", args: [1, 2], expected: 3 }]);
    expect(overlay(parsed.value.files, parsed.value.solution)[1]?.content).toContain("a + b");
  });

  it("names the file and field of each problem", () => {
    const parsed = parseWorkSample(
      sources(
        {
          "brief.md": undefined,
          "files/src/unused.js": undefined,
          "solution/src/plus.js": undefined,
          "tests.yaml":
            "visible:\n  - { name: adds, args: [1, 2], expected: 3, new: true }\nhidden: []\n",
        },
        "content/work-samples/other",
      ),
    );
    expect(problemsOf(parsed)).toEqual([
      'content/work-samples/other/sample.yaml: id: "tiny" must equal the folder\'s name "other"',
      "content/work-samples/other/brief.md: (file): missing brief.md",
    ]);
    const second = parseWorkSample(
      sources({
        "files/src/unused.js": undefined,
        "solution/src/plus.js": undefined,
        "tests.yaml":
          "visible:\n  - { name: adds, args: [1, 2], expected: 3, new: true }\nhidden: []\n",
      }),
    );
    expect(problemsOf(second)).toEqual([
      "content/work-samples/tiny/files/: (folder): holds 2 files; a codebase has 3 to 6",
      "content/work-samples/tiny/solution: (folder): a debug sample needs its reference fix under solution/",
      "content/work-samples/tiny/tests.yaml: visible[0].new: only an extend sample marks new cases",
      "content/work-samples/tiny/tests.yaml: hidden: needs at least one hidden case",
    ]);
  });

  it("names both case groups of a tests file that holds no cases at all, and does not throw", () => {
    for (const text of ["~\n", "- adds\n", "just text\n"]) {
      expect(problemsOf(parseWorkSample(sources({ "tests.yaml": text })))).toEqual([
        "content/work-samples/tiny/tests.yaml: visible: needs at least one visible case",
        "content/work-samples/tiny/tests.yaml: hidden: needs at least one hidden case",
      ]);
    }
  });

  it("reports a sample.yaml that is not YAML once, as broken YAML", () => {
    const problems = problemsOf(parseWorkSample(sources({ "sample.yaml": "id: [tiny\n" })));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/work-samples\/tiny\/sample\.yaml: \(yaml\): /);
  });

  it("checks that the code bundles and defines the entry", () => {
    const parsed = parseWorkSample(
      sources({
        "files/src/main.js":
          'import { plus } from "./missing.js";\nexport function sum(a, b) {\n  return plus(a, b);\n}\n',
      }),
    );
    expect(problemsOf(parsed)).toEqual([
      "content/work-samples/tiny/files/src/main.js: (code): does not export add by name",
      'content/work-samples/tiny/files/src/main.js: line 1:22: Cannot find module "./missing.js" imported by src/main.js',
    ]);
  });

  it("asks an extend sample to mark its feature's cases", () => {
    const parsed = parseWorkSample(
      sources({ "sample.yaml": META.replace("kind: debug", "kind: extend") }),
    );
    expect(problemsOf(parsed)).toEqual([
      "content/work-samples/tiny/tests.yaml: (cases): an extend sample marks its feature's cases with new: true",
    ]);
    const marked = parseWorkSample(
      sources({
        "sample.yaml": META.replace("kind: debug", "kind: extend"),
        "tests.yaml": TESTS.replace("expected: 0 }", "expected: 0, new: true }"),
      }),
    );
    expect(marked.ok && marked.value.newCases).toEqual(["adds zero"]);
  });

  it("requires a refactor's codebase to break its rule and the reference to meet it", () => {
    const refactor = `${META.replace("kind: debug", "kind: refactor")}\nstructure:\n  maxFunctionLines: 3\n`;
    const parsed = parseWorkSample(
      sources({
        "sample.yaml": refactor,
        "solution/src/plus.js":
          "export function plus(a, b) {\n  const sum = a + b;\n  const checked = sum;\n  return checked;\n}\n",
      }),
    );
    expect(problemsOf(parsed)).toEqual([
      "content/work-samples/tiny/sample.yaml: structure: the codebase already meets the rule",
      "content/work-samples/tiny/solution/src/plus.js: line 1: the reference breaks the rule: plus is 5 lines of code long; the limit is 3",
    ]);
    expect(
      problemsOf(
        parseWorkSample(sources({ "sample.yaml": `${META}\nstructure:\n  maxFunctionLines: 3\n` })),
      ),
    ).toEqual([
      "content/work-samples/tiny/sample.yaml: structure: only a refactor has a structural rule",
    ]);
  });
});

describe("parsing a review sample", () => {
  const review = {
    "sample.yaml": META.replace("kind: debug", "kind: review"),
    "tests.yaml": undefined,
    "solution/src/plus.js": undefined,
    "diff.patch": [
      "--- a/src/plus.js",
      "+++ b/src/plus.js",
      "@@ -1 +1,2 @@",
      "-export const plus = (a, b) => a - b;",
      "+// Adds two numbers.",
      "+export const plus = (a, b) => a * b;",
      "",
    ].join("\n"),
    "issues.yaml": [
      "issues:",
      "  - id: multiplies",
      "    title: It multiplies",
      "    severity: high",
      "    file: src/plus.js",
      "    lines: [2, 2]",
      "    terms: [multipl, product]",
      "    explanation: The operator is wrong.",
    ].join("\n"),
  };

  it("applies the diff and keeps its issues", () => {
    const parsed = parseWorkSample(sources(review));
    expect(problemsOf(parsed)).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.value.review?.issues.map((issue) => issue.id)).toEqual(["multiplies"]);
    expect(parsed.value.review?.after.find((file) => file.path === "src/plus.js")?.content).toBe(
      "// Adds two numbers.\nexport const plus = (a, b) => a * b;\n",
    );
    expect(parsed.value.tests).toEqual({ visible: [], hidden: [] });
  });

  it("refuses a diff that does not apply and an issue on lines the diff does not show", () => {
    const parsed = parseWorkSample(
      sources({
        ...review,
        "diff.patch": review["diff.patch"].replace("a - b", "a / b"),
        "issues.yaml": review["issues.yaml"].replace("lines: [2, 2]", "lines: [9, 12]"),
      }),
    );
    expect(problemsOf(parsed)).toEqual([
      'content/work-samples/tiny/diff.patch: src/plus.js: line 1 does not match the diff: expected "export const plus = (a, b) => a / b;"',
      "content/work-samples/tiny/issues.yaml: issues[0].lines: lines 9–12 of src/plus.js are not in the diff",
    ]);
  });
});
