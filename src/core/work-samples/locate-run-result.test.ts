import { describe, expect, it } from "vitest";
import type { RunResult } from "../runner/types.ts";
import { bundleFailureResult, locateLine, locateRunResult } from "./locate-run-result.ts";

const files = [
  { path: "src/a.js", start: 20, lines: 10 },
  { path: "src/b.js", start: 31, lines: 5 },
];

function result(overrides: Partial<RunResult> = {}): RunResult {
  return {
    verdict: "runtime-error",
    passed: 0,
    total: 1,
    ms: 1,
    cases: [],
    output: "",
    ...overrides,
  };
}

describe("mapping a bundle's lines back to the files", () => {
  it("finds the file and its own line, and nothing for the bundle's glue", () => {
    expect(locateLine(files, 20)).toEqual({ path: "src/a.js", line: 1 });
    expect(locateLine(files, 29)).toEqual({ path: "src/a.js", line: 10 });
    expect(locateLine(files, 30)).toBeUndefined();
    expect(locateLine(files, 33)).toEqual({ path: "src/b.js", line: 3 });
    expect(locateLine(files, 5)).toBeUndefined();
  });

  it("rewrites the lines in case errors and the run's error", () => {
    const located = locateRunResult(
      result({
        cases: [
          { name: "one", ok: false, ms: 1, error: "TypeError: x is undefined (line 33)" },
          { name: "two", ok: true, ms: 1 },
        ],
        error: "while loading the solution: Error: boom (line 22)",
      }),
      { files },
    );
    expect(located.cases[0]?.error).toBe("TypeError: x is undefined (src/b.js, line 3)");
    expect(located.cases[1]).toEqual({ name: "two", ok: true, ms: 1 });
    expect(located.error).toBe("while loading the solution: Error: boom (src/a.js, line 3)");
  });

  it("drops a line that points into the bundle's own code", () => {
    const located = locateRunResult(result({ error: "ImportError: no module (line 4)" }), {
      files,
    });
    expect(located.error).toBe("ImportError: no module");
  });

  it("gives a compile error its file", () => {
    const located = locateRunResult(
      result({
        verdict: "compile-error",
        error: "SyntaxError: Identifier 'a' has already been declared (line 32, column 7)",
        compileError: {
          message: "SyntaxError: Identifier 'a' has already been declared",
          line: 32,
          column: 7,
        },
      }),
      { files },
    );
    expect(located.compileError).toEqual({
      message: "SyntaxError: Identifier 'a' has already been declared",
      file: "src/b.js",
      line: 2,
      column: 7,
    });
    expect(located.error).toBe(
      "SyntaxError: Identifier 'a' has already been declared (src/b.js, line 2, column 7)",
    );
  });

  it("turns a Python module's syntax error into a compile-error", () => {
    const located = locateRunResult(
      result({
        error:
          "while loading the solution: SyntaxError: expected ':' [in app/util.py, line 1, column 9] (line 30)",
      }),
      { files },
    );
    expect(located.verdict).toBe("compile-error");
    expect(located.compileError).toEqual({
      message: "SyntaxError: expected ':'",
      file: "app/util.py",
      line: 1,
      column: 9,
    });
    expect(located.error).toBe("SyntaxError: expected ':' (app/util.py, line 1, column 9)");
  });

  it("describes a codebase that would not bundle as a compile-error with nothing run", () => {
    expect(
      bundleFailureResult(
        { file: "src/a.js", line: 2, column: 3, message: "SyntaxError: Unexpected token" },
        4,
      ),
    ).toEqual({
      verdict: "compile-error",
      passed: 0,
      total: 4,
      ms: 0,
      cases: [],
      output: "",
      error: "SyntaxError: Unexpected token (src/a.js, line 2, column 3)",
      compileError: {
        message: "SyntaxError: Unexpected token",
        file: "src/a.js",
        line: 2,
        column: 3,
      },
    });
  });
});
