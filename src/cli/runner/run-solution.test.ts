import { describe, expect, it } from "vitest";
import type { Language } from "../../core/problems/schema.ts";
import type { RunnableProblem, TestCase } from "../../core/runner/types.ts";
import { runSolution } from "./run-solution.ts";

const add: RunnableProblem = {
  id: "add",
  kind: "function",
  entry: "add",
  comparison: "exact",
  timeLimitMs: 1000,
};
const addCases: TestCase[] = [
  { name: "small", args: [1, 2], expected: 3 },
  { name: "negative", args: [-4, 1], expected: -3 },
];

const counter: RunnableProblem = { ...add, id: "counter", kind: "class", entry: "Counter" };
const counterCases: TestCase[] = [
  {
    name: "counts up",
    ops: ["Counter", "bump", "bump", "value"],
    args: [[10], [], [], []],
    expected: [null, null, null, 12],
  },
];

/** The same program in each language. */
type Programs = Record<Language, string>;

const correctAdd: Programs = {
  js: "export function add(a, b) {\n  return a + b;\n}\n",
  ts: "export function add(a: number, b: number): number {\n  return a + b;\n}\n",
  py: "def add(a, b):\n    return a + b\n",
};

const infiniteLoop: Programs = {
  js: "export function add(a, b) {\n  while (true) {}\n}\n",
  ts: "export function add(a: number, b: number): number {\n  for (;;) {}\n}\n",
  py: "def add(a, b):\n    while True:\n        pass\n",
};

const runawayAllocation: Programs = {
  js: "export function add(a, b) {\n  const kept = [];\n  for (;;) kept.push(new Array(1e6).fill(a));\n}\n",
  ts: "export function add(a: number, b: number): number {\n  const kept: number[][] = [];\n  for (;;) kept.push(new Array<number>(1e6).fill(a));\n}\n",
  py: "def add(a, b):\n    kept = []\n    while True:\n        kept.append([a] * 1000000)\n",
};

const syntaxError: Programs = {
  js: "export function add(a, b) {\n  return a +;\n}\n",
  ts: "export function add(a: number, b: number): number {\n  return a +;\n}\n",
  py: "def add(a, b):\n    return a +\n",
};

const printing: Programs = {
  js: 'export function add(a, b) {\n  console.log("adding", a, b);\n  return a + b;\n}\n',
  ts: 'export function add(a: number, b: number): number {\n  console.log("adding", a, b);\n  return a + b;\n}\n',
  py: 'def add(a, b):\n    print("adding", a, b)\n    return a + b\n',
};

const throwing: Programs = {
  js: "export function add(a, b) {\n  const missing = null;\n  return missing.value;\n}\n",
  ts: "export function add(a: number, b: number): number {\n  const missing: { value: number } | null = null;\n  return (missing as unknown as { value: number }).value;\n}\n",
  py: "def add(a, b):\n    missing = None\n    return missing.value\n",
};

const counterWithBug: Programs = {
  js: "export class Counter {\n  constructor(start) { this.n = start; }\n  bump() { this.n += 1; }\n  value() { throw new RangeError('no value'); }\n}\n",
  ts: "export class Counter {\n  constructor(private n: number) {}\n  bump(): void { this.n += 1; }\n  value(): number { throw new RangeError('no value'); }\n}\n",
  py: "class Counter:\n    def __init__(self, start):\n        self.n = start\n    def bump(self):\n        self.n += 1\n    def value(self):\n        raise ValueError('no value')\n",
};

const languages: Language[] = ["js", "ts", "py"];

describe.concurrent.each(languages)("runSolution in %s", (language) => {
  it("accepts a correct solution", async () => {
    const result = await runSolution({
      language,
      code: correctAdd[language],
      problem: add,
      cases: addCases,
    });
    expect(result).toMatchObject({ verdict: "accepted", passed: 2, total: 2, output: "" });
    expect(result.cases.map((entry) => entry.ok)).toEqual([true, true]);
  });

  it("stops an infinite loop at the time limit, then serves the next run", async () => {
    const problem = { ...add, timeLimitMs: 300 };
    const stopped = await runSolution({
      language,
      code: infiniteLoop[language],
      problem,
      cases: addCases,
    });
    expect(stopped.verdict).toBe("time-limit");
    expect(stopped.cases[0]).toMatchObject({
      name: "small",
      ok: false,
      error: "time limit exceeded",
    });
    expect(stopped.error).toContain("300 ms");

    const next = await runSolution({
      language,
      code: correctAdd[language],
      problem,
      cases: addCases,
    });
    expect(next.verdict).toBe("accepted");
  });

  it("stops a runaway allocation, then serves the next run", async () => {
    // Near its heap limit V8 collects again and again before it gives up, which takes seconds on a
    // busy machine: the time limit is set well above that, so the memory cap is what stops it.
    const problem = { ...add, timeLimitMs: 15_000 };
    const stopped = await runSolution({
      language,
      code: runawayAllocation[language],
      problem,
      cases: addCases,
    });
    expect(["runtime-error", "time-limit"]).toContain(stopped.verdict);
    expect(JSON.stringify(stopped)).toMatch(/memory/i);

    const next = await runSolution({
      language,
      code: correctAdd[language],
      problem: add,
      cases: addCases,
    });
    expect(next.verdict).toBe("accepted");
  });

  it("reports a syntax error as a compile-error with its line", async () => {
    const result = await runSolution({
      language,
      code: syntaxError[language],
      problem: add,
      cases: addCases,
    });
    expect(result.verdict).toBe("compile-error");
    expect(result.compileError?.line).toBe(2);
    expect(result.compileError?.message).toMatch(/SyntaxError/);
    expect(result).toMatchObject({ passed: 0, total: 2, cases: [] });
  });

  it("captures what the code prints without changing the result", async () => {
    const result = await runSolution({
      language,
      code: printing[language],
      problem: add,
      cases: addCases,
    });
    expect(result.verdict).toBe("accepted");
    expect(result.output).toBe("adding 1 2\nadding -4 1\n");
  });

  it("reports an exception as a runtime-error with its message and line", async () => {
    const result = await runSolution({
      language,
      code: throwing[language],
      problem: add,
      cases: addCases,
    });
    expect(result.verdict).toBe("runtime-error");
    expect(result.cases[0]?.error).toMatch(/(TypeError|AttributeError).*\(line 3\)$/);
    expect(result.cases[0]).toMatchObject({ ok: false, expected: 3 });
  });

  it("names the operation of a class case that threw", async () => {
    const result = await runSolution({
      language,
      code: counterWithBug[language],
      problem: counter,
      cases: counterCases,
    });
    expect(result.verdict).toBe("runtime-error");
    expect(result.cases[0]?.error).toMatch(/^op 3 value\(\): (RangeError|ValueError): no value/);
    expect(result.cases[0]?.actual).toEqual([null, null, null]);
  });

  it("says so when the entry is missing", async () => {
    const code =
      language === "py"
        ? "def plus(a, b):\n    return a + b\n"
        : "export function plus(a, b) { return a + b; }\n";
    const result = await runSolution({ language, code, problem: add, cases: addCases });
    expect(result.verdict).toBe("runtime-error");
    expect(result.error).toMatch(/add/);
  });

  it("marks a wrong answer with expected and actual", async () => {
    const code =
      language === "py"
        ? "def add(a, b):\n    return a - b\n"
        : "export function add(a, b) { return a - b; }\n";
    const result = await runSolution({ language, code, problem: add, cases: addCases });
    expect(result.verdict).toBe("wrong-answer");
    expect(result.cases[0]).toEqual({
      name: "small",
      ok: false,
      ms: expect.any(Number) as number,
      expected: 3,
      actual: -1,
    });
  });

  it("reports code that throws while loading", async () => {
    const code =
      language === "py"
        ? "raise RuntimeError('boom')\n"
        : "throw new Error('boom');\nexport function add() {}\n";
    const result = await runSolution({ language, code, problem: add, cases: addCases });
    expect(result.verdict).toBe("runtime-error");
    expect(result.error).toMatch(
      /while loading the solution: (RuntimeError|Error): boom \(line 1\)/,
    );
  });
});

describe("runSolution, language details", () => {
  it("finds the line of an early error that the transpiler lets through", async () => {
    const code = "export function add(a, b) {\n  let x = a;\n  let x = b;\n  return x;\n}\n";
    const result = await runSolution({ language: "js", code, problem: add, cases: addCases });
    expect(result.verdict).toBe("compile-error");
    expect(result.compileError).toMatchObject({ line: 3 });
    expect(result.compileError?.message).toMatch(/already been declared/);
  });

  it("survives an allocation that makes V8 abort the process, and serves the next run", async () => {
    // A Map that grows without bound aborts V8 instead of ending the worker gracefully; the
    // host process dies in its place, and the runner starts another.
    const code =
      "export function add(a) {\n  const seen = new Map();\n  for (let i = 0; ; i++) seen.set(i, i);\n}\n";
    const problem = { ...add, timeLimitMs: 5000 };
    const stopped = await runSolution({ language: "js", code, problem, cases: addCases });
    expect(["runtime-error", "time-limit"]).toContain(stopped.verdict);
    const next = await runSolution({
      language: "js",
      code: correctAdd.js,
      problem,
      cases: addCases,
    });
    expect(next.verdict).toBe("accepted");
  });

  it("ends a JavaScript run that calls process.exit as a runtime error", async () => {
    const code = "export function add() { process.exit(3); }\n";
    const result = await runSolution({ language: "js", code, problem: add, cases: addCases });
    expect(result.verdict).toBe("runtime-error");
    expect(result.error).toMatch(/exit code 3/);
  });

  it("ends a Python run that exits the process as a runtime error", async () => {
    const code = "import os\ndef add(a, b):\n    os._exit(3)\n";
    const result = await runSolution({ language: "py", code, problem: add, cases: addCases });
    expect(result.verdict).toBe("runtime-error");
    expect(result.error).toMatch(/code 3/);
  });

  it("accepts a LeetCode-style Python class Solution", async () => {
    const code = "class Solution:\n    def add(self, a, b):\n        return a + b\n";
    const result = await runSolution({ language: "py", code, problem: add, cases: addCases });
    expect(result.verdict).toBe("accepted");
  });

  it("judges Python tuples and JavaScript undefined as JSON", async () => {
    const pair: RunnableProblem = { ...add, entry: "pair" };
    const cases: TestCase[] = [{ name: "pair", args: [1], expected: [1, null] }];
    const py = await runSolution({
      language: "py",
      code: "def pair(a):\n    return (a, None)\n",
      problem: pair,
      cases,
    });
    const js = await runSolution({
      language: "js",
      code: "export const pair = (a) => [a, undefined];\n",
      problem: pair,
      cases,
    });
    expect([py.verdict, js.verdict]).toEqual(["accepted", "accepted"]);
  });

  it("turns Python values into JSON by the same rules as JavaScript values", async () => {
    const shapes: RunnableProblem = { ...add, entry: "shapes" };
    const cases: TestCase[] = [
      {
        name: "shapes",
        args: [],
        expected: [[1, 2, 3], { "1": "one" }, "NaN", { x: 1 }, [2, 1], true],
      },
    ];
    const code =
      "class Point:\n    def __init__(self):\n        self.x = 1\n" +
      "def shapes():\n    return [{3, 1, 2}, {1: 'one'}, float('nan'), Point(), (n for n in (2, 1)), True]\n";
    const result = await runSolution({ language: "py", code, problem: shapes, cases });
    expect(result.cases[0]).toMatchObject({ ok: true });
  });

  it("keeps only the first 64 KiB of a flood of output", async () => {
    const code =
      "def add(a, b):\n    for _ in range(100000):\n        print('x' * 10)\n    return a + b\n";
    const result = await runSolution({ language: "py", code, problem: add, cases: addCases });
    expect(result.verdict).toBe("accepted");
    expect(result.output.length).toBeLessThan(70 * 1024);
    expect(result.output).toMatch(/\[output truncated\]\n$/);
  });
});
