import { err, ok, type Result } from "../result.ts";

/** One line of a hunk, with its number in the old file, the new file, or both. */
export interface DiffLine {
  kind: "context" | "add" | "remove";
  text: string;
  oldLine?: number;
  newLine?: number;
}

/** One `@@ -a,b +c,d @@` section of a file's diff. */
export interface DiffHunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** What follows the second `@@`, often the enclosing function. */
  section: string;
  lines: DiffLine[];
}

/** The changes to one file; `oldPath` is null for a new file, `newPath` for a deleted one. */
export interface FileDiff {
  oldPath: string | null;
  newPath: string | null;
  hunks: DiffHunk[];
}

/** Where a diff could not be read, with the 1-based line of the patch at fault. */
export interface DiffError {
  line: number;
  message: string;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@ ?(.*)$/;

/**
 * Parses a unified diff as `git diff` or `diff -u` writes it: per file a `---`/`+++` pair (with
 * `a/` and `b/` prefixes dropped, `/dev/null` for a file that is created or deleted), then its
 * hunks. Each hunk's line counts must match its header. Other lines between files (`diff --git`,
 * `index …`) are skipped.
 *
 * @example
 * parseUnifiedDiff(patch); // ok([{ oldPath: "src/a.ts", newPath: "src/a.ts", hunks: [...] }])
 */
export function parseUnifiedDiff(patch: string): Result<FileDiff[], DiffError> {
  const lines = patch.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const files: FileDiff[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? "";
    if (!line.startsWith("--- ")) {
      if (line.startsWith("@@") || line.startsWith("+++ ")) {
        return err({ line: index + 1, message: "a hunk or +++ line before any --- line" });
      }
      index += 1;
      continue;
    }
    const plus = lines[index + 1] ?? "";
    if (!plus.startsWith("+++ ")) return err({ line: index + 2, message: "expected a +++ line" });
    const file: FileDiff = { oldPath: pathOf(line), newPath: pathOf(plus), hunks: [] };
    index += 2;
    while (index < lines.length && (lines[index] ?? "").startsWith("@@")) {
      const hunk = parseHunk(lines, index);
      if (!hunk.ok) return hunk;
      file.hunks.push(hunk.value.hunk);
      index = hunk.value.next;
    }
    if (file.hunks.length === 0) return err({ line: index + 1, message: "a file with no hunks" });
    files.push(file);
  }
  if (files.length === 0) return err({ line: 1, message: "the diff changes no file" });
  return ok(files);
}

function pathOf(line: string): string | null {
  const raw = line.slice(4).split("\t")[0]?.trim() ?? "";
  if (raw === "/dev/null") return null;
  return raw.replace(/^[ab]\//, "");
}

function parseHunk(
  lines: readonly string[],
  start: number,
): Result<{ hunk: DiffHunk; next: number }, DiffError> {
  const header = HUNK_HEADER.exec(lines[start] ?? "");
  if (header === null) return err({ line: start + 1, message: "a malformed @@ line" });
  const [, oldStart = "0", oldCount = "1", newStart = "0", newCount = "1", section = ""] = header;
  const hunk: DiffHunk = {
    oldStart: Number(oldStart),
    oldLines: Number(oldCount),
    newStart: Number(newStart),
    newLines: Number(newCount),
    section: section.trim(),
    lines: [],
  };
  let oldLine = hunk.oldStart;
  let newLine = hunk.newStart;
  let index = start + 1;
  while (oldLine < hunk.oldStart + hunk.oldLines || newLine < hunk.newStart + hunk.newLines) {
    const line = lines[index];
    if (line === undefined) {
      return err({ line: start + 1, message: "the hunk is shorter than its header says" });
    }
    const text = line.slice(1);
    if (line.startsWith("\\")) {
      // "\ No newline at end of file": nothing to number.
    } else if (line.startsWith("+")) {
      hunk.lines.push({ kind: "add", text, newLine: newLine++ });
    } else if (line.startsWith("-")) {
      hunk.lines.push({ kind: "remove", text, oldLine: oldLine++ });
    } else if (line.startsWith(" ") || line === "") {
      hunk.lines.push({ kind: "context", text, oldLine: oldLine++, newLine: newLine++ });
    } else {
      return err({
        line: start + 1,
        message: `the hunk is shorter than its header says (line ${String(index + 1)} is not a hunk line)`,
      });
    }
    index += 1;
  }
  if (oldLine !== hunk.oldStart + hunk.oldLines || newLine !== hunk.newStart + hunk.newLines) {
    return err({ line: start + 1, message: "the hunk's lines do not match its header" });
  }
  while ((lines[index] ?? "").startsWith("\\")) index += 1;
  return ok({ hunk, next: index });
}

/**
 * Applies one file's diff to its old content (undefined for a new file); every context and removed
 * line must match exactly. Returns the new content, or undefined when the diff deletes the file.
 */
export function applyFileDiff(
  original: string | undefined,
  diff: FileDiff,
): Result<string | undefined, string> {
  const before = original === undefined || original === "" ? [] : original.split("\n");
  if (original?.endsWith("\n") === true) before.pop();
  const after: string[] = [];
  let cursor = 0;
  for (const hunk of diff.hunks) {
    // A hunk that only adds to an empty file says `-0,0`.
    const first = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1;
    if (first < cursor)
      return err(`the hunk at line ${String(hunk.oldStart)} overlaps the one before`);
    after.push(...before.slice(cursor, first));
    cursor = first;
    for (const line of hunk.lines) {
      if (line.kind === "add") {
        after.push(line.text);
        continue;
      }
      if (before[cursor] !== line.text) {
        return err(
          `line ${String(cursor + 1)} does not match the diff: expected ${JSON.stringify(line.text)}`,
        );
      }
      if (line.kind === "context") after.push(line.text);
      cursor += 1;
    }
  }
  after.push(...before.slice(cursor));
  if (diff.newPath === null) return ok(undefined);
  return ok(after.length === 0 ? "" : `${after.join("\n")}\n`);
}
