import { describe, expect, it } from "vitest";
import { definesEntry, parseProblem, type ProblemSources } from "./parse-problem.ts";

const META = `id: add-two
title: Add Two
difficulty: easy
themes: [strings]
kind: function
entry: add
summary: Add two numbers.
`;
const TESTS = `visible:
  - name: small
    args: [1, 2]
    expected: 3
hidden:
  - name: zero
    args: [0, 0]
    expected: 0
`;

function sources(overrides: Record<string, string | undefined> = {}): ProblemSources {
  const files: Record<string, string | undefined> = {
    "problem.yaml": META,
    "statement.md": "# Add Two\n\nAdd them.\n",
    "tests.yaml": TESTS,
    "starter.js": "export function add(a, b) {\n  return 0;\n}\n",
    "starter.ts": "export function add(a: number, b: number): number {\n  return 0;\n}\n",
    "starter.py": "def add(a, b):\n    return 0\n",
    "solution.js": "export function add(a, b) {\n  return a + b;\n}\n",
    "solution.ts": "export const add = (a: number, b: number): number => a + b;\n",
    "solution.py": "def add(a, b):\n    return a + b\n",
    ...overrides,
  };
  const present = Object.entries(files).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return { dir: "content/problems/add-two", files: new Map(present) };
}

describe("parseProblem", () => {
  it("parses a complete problem folder", () => {
    const result = parseProblem(sources(), new Set(["strings"]));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.meta).toMatchObject({
      id: "add-two",
      timeLimitMs: 2000,
      comparison: "exact",
    });
    expect(result.value.tests.visible).toEqual([{ name: "small", args: [1, 2], expected: 3 }]);
    expect(result.value.solutions.py).toContain("def add");
    expect(result.value.statement.startsWith("# Add Two")).toBe(true);
  });

  it("names the file and field of every problem", () => {
    const result = parseProblem(
      sources({
        "problem.yaml": META.replace("id: add-two", "id: add-three"),
        "tests.yaml": TESTS.replace("args: [0, 0]", "args: 0").replace("name: zero", "name: small"),
        "solution.py": undefined,
        "starter.ts": "export function plus(a: number, b: number): number {\n  return 0;\n}\n",
      }),
      new Set(["graphs"]),
    );
    expect(result.ok ? [] : result.error).toEqual([
      {
        file: "content/problems/add-two/problem.yaml",
        field: "id",
        message: '"add-three" must equal the folder\'s name "add-two"',
      },
      {
        file: "content/problems/add-two/problem.yaml",
        field: "themes[0]",
        message: '"strings" is not in any pack\'s themes',
      },
      {
        file: "content/problems/add-two/tests.yaml",
        field: "hidden[0].args",
        message: expect.stringMatching(/array/) as string,
      },
      {
        file: "content/problems/add-two/starter.ts",
        field: "(code)",
        message: "does not export add by name",
      },
      {
        file: "content/problems/add-two/solution.py",
        field: "(file)",
        message: "missing solution.py",
      },
    ]);
  });

  it("checks class cases against the entry and duplicate case names", () => {
    const meta = META.replace("kind: function", "kind: class").replace(
      "entry: add",
      "entry: Adder",
    );
    const tests = `visible:
  - name: one
    ops: [Adder, add]
    args: [[], [1]]
    expected: [null, 1]
hidden:
  - name: one
    ops: [Counter, add]
    args: [[], [1]]
    expected: [null, 1]
  - name: two
    ops: [Adder, add]
    args: [[], [1], [2]]
    expected: [null, 1]
`;
    const result = parseProblem(
      sources({
        "problem.yaml": meta,
        "tests.yaml": tests,
        "starter.js": "export class Adder {}\n",
        "starter.ts": "export class Adder {}\n",
        "starter.py": "class Adder:\n    pass\n",
        "solution.js": "export class Adder {}\n",
        "solution.ts": "export class Adder {}\n",
        "solution.py": "class Adder:\n    pass\n",
      }),
    );
    expect(
      result.ok ? [] : result.error.map((problem) => `${problem.field}: ${problem.message}`),
    ).toEqual([
      'hidden[0].name: "one" is also visible[0]',
      'hidden[0].ops[0]: must be the class "Adder"',
      "hidden[1]: ops, args and expected must have the same length",
    ]);
  });

  it("reports YAML that does not parse", () => {
    const result = parseProblem(sources({ "tests.yaml": "visible: [\n" }));
    expect(result.ok ? [] : result.error.map((problem) => problem.field)).toEqual(["(yaml)"]);
  });
});

describe("definesEntry", () => {
  it("recognises the ways each language defines the entry", () => {
    expect(definesEntry("export async function add() {}", "js", "add")).toBe(true);
    expect(definesEntry("function add() {}\nexport { add };", "ts", "add")).toBe(true);
    expect(definesEntry("function add() {}", "js", "add")).toBe(false);
    expect(definesEntry("export function adder() {}", "js", "add")).toBe(false);
    expect(
      definesEntry("class Solution:\n    def add(self, a, b):\n        pass\n", "py", "add"),
    ).toBe(true);
    expect(definesEntry("def helper():\n    def add():\n        pass\n", "py", "add")).toBe(false);
  });
});
