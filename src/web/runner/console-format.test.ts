import { describe, expect, it } from "vitest";
import { formatConsoleArgs } from "./console-format.ts";

describe("formatConsoleArgs", () => {
  it("prints strings as they are and other values as compact JSON", () => {
    expect(formatConsoleArgs(["sum", 3, [1, 2], { a: null }])).toBe('sum 3 [1,2] {"a":null}');
  });

  it("prints undefined, errors, maps and non-finite numbers readably", () => {
    expect(formatConsoleArgs([undefined, new TypeError("bad"), new Map([[1, "x"]]), NaN])).toBe(
      'undefined TypeError: bad {"1":"x"} NaN',
    );
  });

  it("survives a value that contains itself", () => {
    const looped: Record<string, unknown> = {};
    looped["self"] = looped;
    expect(formatConsoleArgs([looped])).toBe('{"self":"[circular]"}');
  });
});
