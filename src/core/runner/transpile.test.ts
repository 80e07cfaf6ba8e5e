import { describe, expect, it } from "vitest";
import { positionOf, prepareJavaScript } from "./transpile.ts";

describe("prepareJavaScript", () => {
  it("strips TypeScript types and keeps every line in place", () => {
    const code =
      "interface P { x: number }\nexport function f(p: P): number {\n  return p.x as number;\n}\n";
    const result = prepareJavaScript(code, "ts");
    if (!result.ok) throw new Error(result.error.message);
    const lines = result.value.split("\n");
    expect(lines[1]).toBe("export function f(p) {");
    expect(lines[2]).toBe("  return p.x ;");
    expect(result.value).toContain("//# sourceURL=solution.ts");
  });

  it("leaves JavaScript as written", () => {
    const result = prepareJavaScript("export const f = (x) => x?.y ?? 1;", "js");
    expect(result).toEqual({
      ok: true,
      value: "export const f = (x) => x?.y ?? 1;\n//# sourceURL=solution.js\n",
    });
  });

  it("reports a syntax error with a 1-based line and column", () => {
    const result = prepareJavaScript("export function f(x) {\n  return x +;\n}\n", "js");
    expect(result).toEqual({
      ok: false,
      error: { message: "SyntaxError: Unexpected token", line: 2, column: 13 },
    });
    const typed = prepareJavaScript("const x: = 1;", "ts");
    expect(typed.ok ? undefined : typed.error.line).toBe(1);
  });
});

describe("positionOf", () => {
  it("counts lines and columns from 1", () => {
    expect(positionOf("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
