import { describe, expect, it } from "vitest";
import { RunSession } from "./run-session.ts";
import type { RunnableProblem, TestCase } from "./types.ts";

const problem: RunnableProblem = {
  id: "p",
  kind: "function",
  entry: "f",
  comparison: "exact",
  timeLimitMs: 500,
};
const cases: TestCase[] = [
  { name: "one", args: [1], expected: 1 },
  { name: "two", args: [2], expected: 2 },
  { name: "three", args: [3], expected: 3 },
];

describe("RunSession", () => {
  it("accepts a run whose every case passed", () => {
    const session = new RunSession(problem, cases);
    session.receive({ type: "ready" }, 10);
    session.receive({ type: "loaded" }, 11);
    for (const [index, name] of ["one", "two", "three"].entries()) {
      session.receive({ type: "result", result: { name, ok: true, ms: 1 } }, 12 + index);
    }
    expect(session.finished).toBe(false);
    session.receive({ type: "done" }, 20);
    expect(session.result("hi\n")).toEqual({
      verdict: "accepted",
      passed: 3,
      total: 3,
      ms: 10,
      cases: [
        { name: "one", ok: true, ms: 1 },
        { name: "two", ok: true, ms: 1 },
        { name: "three", ok: true, ms: 1 },
      ],
      output: "hi\n",
    });
  });

  it("grades Python outcomes with the problem's comparison", () => {
    const session = new RunSession(problem, cases.slice(0, 2));
    session.receive({ type: "ready" }, 0);
    session.receive({ type: "loaded" }, 0);
    session.receive({ type: "outcome", outcome: { name: "one", ms: 1, actual: 1 } }, 1);
    session.receive({ type: "outcome", outcome: { name: "two", ms: 1, actual: 3 } }, 2);
    session.receive({ type: "done" }, 3);
    expect(session.result("")).toMatchObject({ verdict: "wrong-answer", passed: 1 });
  });

  it("marks the case in progress at the time limit and counts the rest as not run", () => {
    const session = new RunSession(problem, cases);
    session.receive({ type: "ready" }, 0);
    session.receive({ type: "loaded" }, 5);
    session.receive({ type: "result", result: { name: "one", ok: true, ms: 1 } }, 6);
    session.timedOut(506);
    const result = session.result("");
    expect(result).toMatchObject({ verdict: "time-limit", passed: 1, total: 3, ms: 506 });
    expect(result.cases[1]).toEqual({
      name: "two",
      ok: false,
      ms: 500,
      error: "time limit exceeded",
      expected: 2,
    });
    expect(result.error).toBe("time limit exceeded: the run took longer than 500 ms");
  });

  it("says when the time ran out before the solution loaded", () => {
    const session = new RunSession(problem, cases);
    session.receive({ type: "ready" }, 0);
    session.timedOut(500);
    expect(session.result("")).toMatchObject({ verdict: "time-limit", cases: [] });
    expect(session.result("").error).toMatch(/while loading/);
  });

  it("reports a compile error with its position", () => {
    const session = new RunSession(problem, cases);
    session.receive({ type: "ready" }, 0);
    session.receive(
      { type: "compile-error", error: { message: "SyntaxError: bad", line: 2, column: 5 } },
      1,
    );
    expect(session.result("")).toMatchObject({
      verdict: "compile-error",
      error: "SyntaxError: bad (line 2, column 5)",
      compileError: { line: 2, column: 5 },
    });
  });

  it("turns a harness that dies mid-run into a runtime error, ignoring what comes after", () => {
    const session = new RunSession(problem, cases);
    session.receive({ type: "ready" }, 0);
    session.receive({ type: "loaded" }, 0);
    session.failed("out of memory", 40);
    session.receive({ type: "result", result: { name: "one", ok: true, ms: 1 } }, 41);
    session.timedOut(500);
    const result = session.result("");
    expect(result).toMatchObject({ verdict: "runtime-error", error: "out of memory", passed: 0 });
    expect(result.cases).toEqual([
      { name: "one", ok: false, ms: 40, error: "out of memory", expected: 1 },
    ]);
  });

  it("treats a done that skipped cases as a runtime error", () => {
    const session = new RunSession(problem, cases);
    session.receive({ type: "ready" }, 0);
    session.receive({ type: "done" }, 1);
    expect(session.result("").verdict).toBe("runtime-error");
  });
});
