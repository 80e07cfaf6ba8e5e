import { describe, expect, it } from "vitest";
import { maskJavaScript, maskPython } from "./code-scan.ts";
import { checkStructure, findDuplicateBlocks, findFunctions } from "./structure-rules.ts";

const extents = (code: string, language: "js" | "ts" | "py") =>
  findFunctions(code, language).map(
    (fn) => `${fn.name}:${String(fn.start)}-${String(fn.end)}/${String(fn.lines)}`,
  );

describe("masking code", () => {
  it("blanks comments and replaces literals, keeping every line in place", () => {
    const code = 'const a = "}{"; // {\nconst b = `x${a + "{"}y`;\n/* {\n} */ const re = /[}]/g;\n';
    const masked = maskJavaScript(code);
    expect(masked.split("\n")).toHaveLength(code.split("\n").length);
    expect(masked).not.toMatch(/[{}]/);
  });

  it("treats a / after an operand as division", () => {
    expect(maskJavaScript("const x = a / b / c;")).toBe("const x = a / b / c;");
  });

  it("masks Python strings, triple-quoted ones across lines", () => {
    const masked = maskPython('x = "#"  # note\ny = """a\nb"""\n');
    expect(masked.split("\n")).toEqual(['x = "…"        ', 'y = "   ', "    ", ""]);
  });
});

describe("finding functions", () => {
  it("finds JavaScript functions, methods and arrow functions with their extents", () => {
    const code = [
      "export function total(items) {",
      "  // a comment line is not code",
      "",
      "  return items.reduce((sum, item) => {",
      "    return sum + item;",
      "  }, 0);",
      "}",
      "class Cart {",
      "  add(item) {",
      "    if (item) {",
      "      this.items.push(item);",
      "    }",
      "  }",
      "}",
      "const double = (x) => {",
      "  return x * 2;",
      "};",
    ].join("\n");
    expect(extents(code, "js")).toEqual([
      "total:1-7/5",
      "an arrow function:4-6/3",
      "add:9-13/5",
      "double:15-17/3",
    ]);
  });

  it("reads TypeScript return types and generics", () => {
    const code = [
      "export async function load<T>(id: string): Promise<T | undefined> {",
      "  return undefined;",
      "}",
      "class Box {",
      "  private get size(): number {",
      "    return 1;",
      "  }",
      "}",
    ].join("\n");
    expect(extents(code, "ts")).toEqual(["load:1-3/3", "size:5-7/3"]);
  });

  it("finds Python functions by indentation, docstrings and continuations included", () => {
    const code = [
      "def outer(lines,",
      "          other):",
      '    """Docstring',
      "",
      'still the docstring."""',
      "    total = 0",
      "",
      "    # a comment",
      "    for line in lines:",
      "        total += 1",
      "    return total",
      "",
      "class Parser:",
      "    def parse(self):",
      "        return None",
      "x = 1",
    ].join("\n");
    expect(extents(code, "py")).toEqual(["outer:1-11/7", "parse:14-15/2"]);
  });
});

describe("finding duplicated blocks", () => {
  const block = (level: string) =>
    [
      `if level == "${level}":`,
      "    counts[level] += 1",
      "    seen.add(service)",
      "    last = ts",
    ].join("\n");

  it("reports a run repeated with other literals, once per run", () => {
    const code = `${block("ERROR")}\nprint("between")\n${block("WARN")}\n`;
    const found = findDuplicateBlocks([{ path: "a.py", content: code }], "py", 4);
    expect(found).toEqual([
      {
        rule: "max-duplicate-lines",
        file: "a.py",
        line: 6,
        endLine: 9,
        message: "4 lines repeat the ones from line 1; no run of 4 or more lines may appear twice",
      },
    ]);
  });

  it("finds a block repeated in another file, and ignores shorter runs and imports", () => {
    const files = [
      { path: "a.py", content: `import os\nimport re\nimport sys\nimport json\n${block("A")}\n` },
      { path: "b.py", content: `import os\nimport re\nimport sys\nimport json\n${block("B")}\n` },
    ];
    expect(findDuplicateBlocks(files, "py", 4).map((found) => found.message)).toEqual([
      "4 lines repeat the ones from line 5 of a.py; no run of 4 or more lines may appear twice",
    ]);
    expect(findDuplicateBlocks(files, "py", 5)).toEqual([]);
  });

  it("does not count lines of brackets alone", () => {
    const code = "function a() {\n  x();\n}\n}\n}\nfunction b() {\n  x();\n}\n}\n}\n";
    expect(findDuplicateBlocks([{ path: "a.js", content: code }], "js", 3)).toEqual([]);
  });
});

describe("checking a structural rule", () => {
  it("passes code that meets it and names each violation", () => {
    const long = `def long():\n${"    x = 1\n".repeat(6)}`;
    expect(
      checkStructure([{ path: "a.py", content: long }], "py", { maxFunctionLines: 7 }),
    ).toEqual({
      ok: true,
      violations: [],
    });
    expect(
      checkStructure([{ path: "a.py", content: long }], "py", { maxFunctionLines: 5 }),
    ).toEqual({
      ok: false,
      violations: [
        {
          rule: "max-function-lines",
          file: "a.py",
          line: 1,
          endLine: 7,
          message: "long is 7 lines of code long; the limit is 5",
        },
      ],
    });
  });
});
