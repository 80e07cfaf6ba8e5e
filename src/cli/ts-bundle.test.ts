import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tsBundle } from "../../bin/ts-bundle.mjs";

// A small project shaped like Candor's command line: an entry that reads a file beside it through
// import.meta.url and loads a second module on demand.
let root: string;
let entry: string;
let outDir: string;

beforeEach(() => {
  // Nested, so the project is not where the test runs from, nor beside it.
  root = path.join(mkdtempSync(path.join(tmpdir(), "candor-bundle-")), "deep", "er", "project");
  entry = path.join(root, "src", "main.ts");
  outDir = path.join(root, "dist", "cli");
  write("src/main.ts", [
    'import { readFileSync } from "node:fs";',
    "export const note: string = readFileSync(new URL('./note.txt', import.meta.url), 'utf8');",
    "export async function later(): Promise<string> {",
    "  return (await import('./later.ts')).word;",
    "}",
  ]);
  write("src/later.ts", ['export const word: string = "first";']);
  write("src/note.txt", ["beside the source"]);
});

afterEach(() => rmSync(path.resolve(root, "../../.."), { recursive: true, force: true }));

function write(file: string, lines: string[]): void {
  const target = path.join(root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, lines.join("\n"));
}

interface Main {
  note: string;
  later(): Promise<string>;
}

async function load(url: string | undefined): Promise<Main> {
  expect(url).toBeDefined();
  return (await import(url ?? "")) as Main;
}

describe("tsBundle", () => {
  it("builds a bundle whose modules still find the files beside their sources", async () => {
    const main = await load(await tsBundle({ root, entry, outDir }));
    expect(main.note).toBe("beside the source");
    expect(await main.later()).toBe("first");
  });

  it("splits at dynamic imports, so a command's modules load only when it runs", async () => {
    const url = await tsBundle({ root, entry, outDir });
    const build = path.dirname(new URL(url ?? "").pathname);
    expect(readdirSync(build).filter((file) => file.endsWith(".mjs")).length).toBeGreaterThan(1);
  });

  it("reuses the build while no source has changed", async () => {
    const first = await tsBundle({ root, entry, outDir });
    const second = await tsBundle({ root, entry, outDir });
    expect(first).toBeDefined();
    expect(second).toBe(first);
  });

  it("rebuilds when a source it was built from changes", async () => {
    const first = await tsBundle({ root, entry, outDir });
    write("src/later.ts", ['export const word: string = "second";']);
    const second = await tsBundle({ root, entry, outDir });
    expect(second).not.toBe(first);
    expect(await (await load(second)).later()).toBe("second");
  });

  it("rebuilds when only the modification time changes", async () => {
    const first = await tsBundle({ root, entry, outDir });
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, "src", "later.ts"), later, later);
    expect(await tsBundle({ root, entry, outDir })).not.toBe(first);
  });

  it("gives nothing for sources that do not compile, so the caller falls back to tsx", async () => {
    write("src/later.ts", ["export const word: string = ;"]);
    expect(await tsBundle({ root, entry, outDir })).toBeUndefined();
  });

  it("serves two processes that build at the same moment", async () => {
    const [one, two] = await Promise.all([
      tsBundle({ root, entry, outDir }),
      tsBundle({ root, entry, outDir }),
    ]);
    expect((await load(one)).note).toBe("beside the source");
    expect((await load(two)).note).toBe("beside the source");
  });

  it("removes older builds once they are past their age, keeping the current one", async () => {
    await tsBundle({ root, entry, outDir });
    write("src/later.ts", ['export const word: string = "second";']);
    const current = await tsBundle({ root, entry, outDir, keepOldBuildsMs: 0 });
    const builds = readdirSync(outDir).filter((name) => name !== "current.json");
    expect(builds).toEqual([path.basename(path.dirname(new URL(current ?? "").pathname))]);
  });
});
