import { describe, expect, it } from "vitest";
import { applyFileDiff, parseUnifiedDiff } from "./unified-diff.ts";

const PATCH = [
  "diff --git a/src/a.ts b/src/a.ts",
  "index 1111111..2222222 100644",
  "--- a/src/a.ts",
  "+++ b/src/a.ts",
  "@@ -1,4 +1,5 @@ export function a() {",
  " one",
  "-two",
  "+TWO",
  "+two and a half",
  " three",
  " four",
  "diff --git a/src/new.ts b/src/new.ts",
  "new file mode 100644",
  "--- /dev/null",
  "+++ b/src/new.ts",
  "@@ -0,0 +1,2 @@",
  "+first",
  "+second",
  "",
].join("\n");

describe("reading a unified diff", () => {
  it("reads files, hunks and each line's numbers", () => {
    const parsed = parseUnifiedDiff(PATCH);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const [changed, created] = parsed.value;
    expect(changed?.oldPath).toBe("src/a.ts");
    expect(changed?.newPath).toBe("src/a.ts");
    expect(changed?.hunks[0]?.section).toBe("export function a() {");
    expect(changed?.hunks[0]?.lines).toEqual([
      { kind: "context", text: "one", oldLine: 1, newLine: 1 },
      { kind: "remove", text: "two", oldLine: 2 },
      { kind: "add", text: "TWO", newLine: 2 },
      { kind: "add", text: "two and a half", newLine: 3 },
      { kind: "context", text: "three", oldLine: 3, newLine: 4 },
      { kind: "context", text: "four", oldLine: 4, newLine: 5 },
    ]);
    expect(created).toMatchObject({ oldPath: null, newPath: "src/new.ts" });
  });

  it("refuses a hunk whose lines do not match its header, naming the line", () => {
    const broken = PATCH.replace("@@ -1,4 +1,5 @@", "@@ -1,4 +1,7 @@");
    expect(parseUnifiedDiff(broken)).toMatchObject({ ok: false, error: { line: 5 } });
    expect(parseUnifiedDiff("just text\n")).toMatchObject({ ok: false });
  });
});

describe("applying a file's diff", () => {
  it("applies hunks to the old text and creates new files", () => {
    const parsed = parseUnifiedDiff(PATCH);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const [changed, created] = parsed.value;
    if (changed === undefined || created === undefined) throw new Error("two files expected");
    expect(applyFileDiff("one\ntwo\nthree\nfour\nfive\n", changed)).toEqual({
      ok: true,
      value: "one\nTWO\ntwo and a half\nthree\nfour\nfive\n",
    });
    expect(applyFileDiff(undefined, created)).toEqual({ ok: true, value: "first\nsecond\n" });
  });

  it("refuses a diff whose context is not in the file", () => {
    const parsed = parseUnifiedDiff(PATCH);
    if (!parsed.ok || parsed.value[0] === undefined) throw new Error("a diff expected");
    expect(applyFileDiff("one\n2\nthree\nfour\n", parsed.value[0])).toEqual({
      ok: false,
      error: 'line 2 does not match the diff: expected "two"',
    });
  });
});
