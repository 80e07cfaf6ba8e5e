import { describe, expect, it } from "vitest";
import { bundleWorkSample, type BundleInput } from "./bundle.ts";
import { locateLine } from "./locate-run-result.ts";

/** Loads a JavaScript bundle the way the Node worker does: as an ES module from a data: URL. */
async function load(code: string): Promise<Record<string, unknown>> {
  const url = `data:text/javascript,${encodeURIComponent(code)}`;
  return (await import(url)) as Record<string, unknown>;
}

function jsInput(overrides: Partial<BundleInput> = {}): BundleInput {
  return {
    language: "js",
    entryModule: "src/main.js",
    entry: "total",
    files: [
      {
        path: "src/main.js",
        content:
          'import { double } from "./math/double.js";\n' +
          'import offset from "./offset";\n' +
          "export function total(x) {\n  return double(x) + offset;\n}\n",
      },
      { path: "src/math/double.js", content: "export const double = (x) => x * 2;\n" },
      { path: "src/offset.js", content: "const offset = 1;\nexport default offset;\n" },
    ],
    ...overrides,
  };
}

describe("bundling JavaScript and TypeScript", () => {
  it("links the files' imports and exports the entry", async () => {
    const bundle = bundleWorkSample(jsInput());
    expect(bundle.ok).toBe(true);
    if (!bundle.ok) return;
    expect(bundle.value.language).toBe("js");
    const loaded = await load(bundle.value.code);
    expect((loaded["total"] as (x: number) => number)(20)).toBe(41);
    expect(Object.keys(loaded)).toEqual(["total"]);
  });

  it("strips TypeScript's types and resolves a .js specifier to the .ts file", async () => {
    const bundle = bundleWorkSample({
      language: "ts",
      entryModule: "queue.ts",
      entry: "Queue",
      files: [
        {
          path: "queue.ts",
          content:
            'import type { Item } from "./types.js";\nimport { first } from "./first.js";\n' +
            "export class Queue {\n  private items: Item[] = [];\n" +
            "  push(item: Item): void {\n    this.items.push(item);\n  }\n" +
            "  peek(): Item | undefined {\n    return first(this.items);\n  }\n}\n",
        },
        {
          path: "first.ts",
          content: "export const first = <T,>(xs: T[]): T | undefined => xs[0];\n",
        },
        { path: "types.ts", content: "export interface Item {\n  id: string;\n}\n" },
      ],
    });
    expect(bundle.ok).toBe(true);
    if (!bundle.ok) return;
    const { Queue } = (await load(bundle.value.code)) as {
      Queue: new () => { push(item: unknown): void; peek(): unknown };
    };
    const queue = new Queue();
    queue.push({ id: "a" });
    expect(queue.peek()).toEqual({ id: "a" });
  });

  it("keeps every file on its own lines", () => {
    const bundle = bundleWorkSample(jsInput());
    if (!bundle.ok) throw new Error("expected a bundle");
    const bundleLines = bundle.value.code.split("\n");
    for (const file of jsInput().files) {
      const placed = bundle.value.files.find((entry) => entry.path === file.path);
      expect(placed).toBeDefined();
      if (placed === undefined) continue;
      // Line 4 of main.js (`return double(x) + offset;`) keeps its text after the import rewrite.
      const last = file.content.trimEnd().split("\n").length;
      expect(locateLine(bundle.value.files, placed.start + last - 1)).toEqual({
        path: file.path,
        line: last,
      });
    }
    const main = bundle.value.files.find((entry) => entry.path === "src/main.js");
    expect(bundleLines[(main?.start ?? 0) + 2]).toContain("return");
  });

  it("reports a syntax error with its file, line and column", () => {
    const files = jsInput().files.map((file) =>
      file.path === "src/offset.js" ? { ...file, content: "const offset = ;\n" } : file,
    );
    const bundle = bundleWorkSample(jsInput({ files }));
    expect(bundle).toEqual({
      ok: false,
      error: {
        file: "src/offset.js",
        line: 1,
        column: 16,
        message: "SyntaxError: Unexpected token",
      },
    });
  });

  it("refuses an import of a file that is not there, or of a package", () => {
    const missing = jsInput({
      files: [
        {
          path: "src/main.js",
          content: 'import { x } from "./nowhere.js";\nexport const total = x;\n',
        },
      ],
    });
    expect(bundleWorkSample(missing)).toEqual({
      ok: false,
      error: {
        file: "src/main.js",
        line: 1,
        column: 19,
        message: 'Cannot find module "./nowhere.js" imported by src/main.js',
      },
    });
    const external = jsInput({
      files: [
        { path: "src/main.js", content: '\nimport fs from "node:fs";\nexport const total = fs;\n' },
      ],
    });
    expect(bundleWorkSample(external)).toEqual({
      ok: false,
      error: {
        file: "src/main.js",
        line: 2,
        column: 16,
        message:
          '"node:fs" is not a file of this codebase: a work sample imports only its own files',
      },
    });
  });

  it("refuses an entry module that is not in the codebase", () => {
    expect(bundleWorkSample(jsInput({ entryModule: "src/gone.js" }))).toMatchObject({
      ok: false,
      error: { file: "src/gone.js" },
    });
  });
});

describe("bundling Python", () => {
  const input: BundleInput = {
    language: "py",
    entryModule: "app/main.py",
    entry: "total",
    files: [
      {
        path: "app/main.py",
        content: "from app.util import double\n\ndef total(x):\n    return double(x)\n",
      },
      { path: "app/util.py", content: "def double(x):\n    return x * 2\n" },
      { path: "helpers.py", content: "\n" },
    ],
  };

  it("registers every module, folders as packages, and binds the entry at the top level", () => {
    const bundle = bundleWorkSample(input);
    if (!bundle.ok) throw new Error("expected a bundle");
    expect(bundle.value.language).toBe("py");
    expect(bundle.value.code).toContain('"app": ("app/__init__.py", ');
    expect(bundle.value.code).toContain('"app.main": ("app/main.py", ');
    expect(bundle.value.code).toContain('import_module("app.main")');
    expect(bundle.value.code).toMatch(/^ {4}total = getattr\(_candor_entry_module, "total"\)$/m);
  });

  it("numbers the files after the bundle's own lines, one range each", () => {
    const bundle = bundleWorkSample(input);
    if (!bundle.ok) throw new Error("expected a bundle");
    const ownLines = bundle.value.code.split("\n").length;
    const [first, second] = bundle.value.files;
    expect(first?.start).toBeGreaterThanOrEqual(ownLines);
    expect(second?.start).toBe((first?.start ?? 0) + (first?.lines ?? 0));
    expect(bundle.value.files.map((file) => file.path)).toEqual([
      "app/main.py",
      "app/util.py",
      "helpers.py",
    ]);
  });

  it("refuses a missing entry module", () => {
    expect(bundleWorkSample({ ...input, entryModule: "app/other.py" })).toMatchObject({
      ok: false,
    });
  });
});
