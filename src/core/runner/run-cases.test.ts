import { describe, expect, it } from "vitest";
import { describeThrown, gradeCase, runCases } from "./run-cases.ts";
import type { RunnableProblem, TestCase } from "./types.ts";

const clock = () => {
  let time = 0;
  return () => (time += 1);
};

const sum: RunnableProblem = {
  id: "sum",
  kind: "function",
  entry: "sum",
  comparison: "exact",
  timeLimitMs: 1000,
};
const stack: RunnableProblem = { ...sum, id: "stack", kind: "class", entry: "Stack" };

class Stack {
  private readonly items: number[] = [];
  push(value: number): void {
    this.items.push(value);
  }
  pop(): number {
    const value = this.items.pop();
    if (value === undefined) throw new RangeError("empty");
    return value;
  }
}

describe("runCases", () => {
  it("calls a function per case and judges each", async () => {
    const cases: TestCase[] = [
      { name: "right", args: [[1, 2]], expected: 3 },
      { name: "wrong", args: [[2, 2]], expected: 5 },
    ];
    const heard: string[] = [];
    const result = await runCases(
      { sum: (values: number[]) => values.reduce((a, b) => a + b, 0) },
      sum,
      cases,
      clock(),
      (entry) => heard.push(entry.name),
    );
    expect(result).toEqual({
      ok: true,
      value: [
        { name: "right", ok: true, ms: 1 },
        { name: "wrong", ok: false, ms: 1, expected: 5, actual: 4 },
      ],
    });
    expect(heard).toEqual(["right", "wrong"]);
  });

  it("runs a class's operations and names the one that throws", async () => {
    const cases: TestCase[] = [
      {
        name: "push pop",
        ops: ["Stack", "push", "pop"],
        args: [[], [4], []],
        expected: [null, null, 4],
      },
      { name: "pop empty", ops: ["Stack", "pop"], args: [[], []], expected: [null, 1] },
      { name: "no such method", ops: ["Stack", "peek"], args: [[], []], expected: [null, 1] },
    ];
    const result = await runCases({ Stack }, stack, cases, clock());
    if (!result.ok) throw new Error(result.error);
    expect(result.value[0]).toMatchObject({ ok: true });
    expect(result.value[1]).toMatchObject({
      ok: false,
      error: "op 1 pop(): RangeError: empty",
      actual: [null],
    });
    expect(result.value[2]?.error).toBe("op 1 peek(): TypeError: Stack has no method peek");
  });

  it("fails before running anything when the entry is not exported", async () => {
    const result = await runCases({ total: () => 0 }, sum, [], clock());
    expect(result).toEqual({
      ok: false,
      error: 'the solution does not export a function named sum (write "export function sum")',
    });
  });
});

describe("gradeCase", () => {
  it("compares class returns op by op under the problem's comparison", () => {
    const testCase: TestCase = {
      name: "c",
      ops: ["A", "f"],
      args: [[], []],
      expected: [null, 0.3],
    };
    expect(gradeCase(testCase, { name: "c", ms: 1, actual: [null, 0.1 + 0.2] }, "float").ok).toBe(
      true,
    );
    expect(gradeCase(testCase, { name: "c", ms: 1, actual: [null, 0.1 + 0.2] }, "exact").ok).toBe(
      false,
    );
    expect(gradeCase(testCase, { name: "c", ms: 1, actual: [null] }, "float").ok).toBe(false);
  });
});

describe("describeThrown", () => {
  it("adds the solution's line from the stack", () => {
    const error = new TypeError("x is null");
    error.stack = "TypeError: x is null\n    at f (solution.ts:7:3)\n    at run (harness.js:1:1)";
    expect(describeThrown(error)).toBe("TypeError: x is null (line 7)");
    expect(describeThrown("oops")).toBe('threw "oops"');
  });
});
