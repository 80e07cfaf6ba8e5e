import type { Language } from "../problems/schema.ts";
import type { SampleFile } from "./bundle.ts";
import { lineAt, maskJavaScript, maskPython } from "./code-scan.ts";
import type { StructureRule } from "./schema.ts";

/** One function or method and the lines it spans (1-based, inclusive). */
export interface FunctionExtent {
  name: string;
  start: number;
  end: number;
  /** Its lines that hold code: blank lines and comment-only lines are not counted. */
  lines: number;
}

/** Where a structural rule is broken. */
export interface StructureViolation {
  rule: "max-function-lines" | "max-duplicate-lines";
  file: string;
  line: number;
  endLine: number;
  message: string;
}

/** Whether a codebase meets a refactor sample's structural rule, and where it does not. */
export interface StructureReport {
  ok: boolean;
  violations: StructureViolation[];
}

const CONTROL_KEYWORDS = new Set(["if", "for", "while", "switch", "catch", "with", "return"]);

/**
 * Checks a refactor's structural rule (docs/work-samples.md): no function longer than
 * `maxFunctionLines` code lines, and no run of `maxDuplicateLines` significant lines repeated
 * anywhere in the codebase (string and number literals do not count as differences).
 *
 * @example
 * checkStructure(files, "py", { maxFunctionLines: 25 }); // { ok: false, violations: [...] }
 */
export function checkStructure(
  files: readonly SampleFile[],
  language: Language,
  rule: StructureRule,
): StructureReport {
  const violations: StructureViolation[] = [];
  const { maxFunctionLines, maxDuplicateLines } = rule;
  if (maxFunctionLines !== undefined) {
    for (const file of files) {
      for (const fn of findFunctions(file.content, language)) {
        if (fn.lines <= maxFunctionLines) continue;
        violations.push({
          rule: "max-function-lines",
          file: file.path,
          line: fn.start,
          endLine: fn.end,
          message:
            `${fn.name} is ${String(fn.lines)} lines of code long; ` +
            `the limit is ${String(maxFunctionLines)}`,
        });
      }
    }
  }
  if (maxDuplicateLines !== undefined) {
    violations.push(...findDuplicateBlocks(files, language, maxDuplicateLines));
  }
  return { ok: violations.length === 0, violations };
}

/** Every function, method and arrow function with a block body, in order of where it starts. */
export function findFunctions(code: string, language: Language): FunctionExtent[] {
  return language === "py" ? findPythonFunctions(code) : findJavaScriptFunctions(code);
}

function findJavaScriptFunctions(code: string): FunctionExtent[] {
  const masked = maskJavaScript(code);
  const lines = masked.split("\n");
  const found: FunctionExtent[] = [];
  for (let open = masked.indexOf("{"); open !== -1; open = masked.indexOf("{", open + 1)) {
    const head = functionHead(masked, open);
    if (head === undefined) continue;
    const close = matchingBrace(masked, open);
    const start = lineAt(masked, head.at);
    const end = lineAt(masked, close);
    found.push({ name: head.name, start, end, lines: countCodeLines(lines, start, end) });
  }
  return found;
}

/** Whether the `{` at `open` begins a function body, and the function's name and first offset. */
function functionHead(masked: string, open: number): { name: string; at: number } | undefined {
  let before = masked.slice(Math.max(0, open - 400), open);
  const offset = open - before.length;
  if (/=>\s*$/.test(before)) {
    const arrow = before.search(/=>\s*$/);
    const params = startOfParameters(before, arrow);
    const named =
      /(?:(?:const|let|var)\s+)?([A-Za-z_$][\w$]*)\s*(?::[^=;]*)?[=:]\s*(?:async\s*)?$/.exec(
        before.slice(0, params),
      );
    return {
      name: named?.[1] ?? "an arrow function",
      at: offset + (named?.index ?? params),
    };
  }
  // A TypeScript return type sits between the parameters and the body.
  before = before.replace(/\)\s*:\s*[\w$.<>[\]|&,?\s]+$/, ")");
  if (!/\)\s*$/.test(before)) return undefined;
  const params = startOfParameters(before, before.trimEnd().length);
  const prefix = before.slice(0, params).replace(/<[^<>]*>\s*$/, "");
  const name = /([A-Za-z_$][\w$]*)\s*$/.exec(prefix);
  const word = name?.[1];
  if (word === undefined || CONTROL_KEYWORDS.has(word)) return undefined;
  if (word === "function") return { name: "a function", at: offset + (name?.index ?? params) };
  const keyword = /\bfunction\s*\*?\s*$/.exec(prefix.slice(0, name?.index ?? 0));
  return { name: word, at: offset + (keyword?.index ?? name?.index ?? params) };
}

/** The offset of the `(` that opens the parameter list ending just before `end` (or a bare name). */
function startOfParameters(text: string, end: number): number {
  let at = end - 1;
  while (at >= 0 && /\s/.test(text[at] ?? "")) at -= 1;
  if (text[at] !== ")") {
    // `x => {`: a single bare parameter.
    while (at >= 0 && /[\w$]/.test(text[at] ?? "")) at -= 1;
    return at + 1;
  }
  let depth = 0;
  for (; at >= 0; at -= 1) {
    if (text[at] === ")") depth += 1;
    if (text[at] === "(") depth -= 1;
    if (depth === 0) return at;
  }
  return 0;
}

function matchingBrace(masked: string, open: number): number {
  let depth = 0;
  for (let at = open; at < masked.length; at += 1) {
    if (masked[at] === "{") depth += 1;
    if (masked[at] === "}") depth -= 1;
    if (depth === 0) return at;
  }
  return masked.length - 1;
}

function countCodeLines(lines: readonly string[], start: number, end: number): number {
  let count = 0;
  for (let line = start; line <= end; line += 1) {
    if ((lines[line - 1] ?? "").trim() !== "") count += 1;
  }
  return count;
}

function findPythonFunctions(code: string): FunctionExtent[] {
  const masked = maskPython(code);
  const lines = masked.split("\n");
  const continued = continuationLines(masked);
  const found: FunctionExtent[] = [];
  lines.forEach((text, index) => {
    const head = /^(\s*)(?:async\s+)?def\s+([A-Za-z_]\w*)/.exec(text);
    if (head === null || continued[index] === true) return;
    const indent = (head[1] ?? "").length;
    let end = index;
    for (let next = index + 1; next < lines.length; next += 1) {
      const line = lines[next] ?? "";
      if (line.trim() === "") continue;
      if (continued[next] !== true && line.length - line.trimStart().length <= indent) break;
      end = next;
    }
    found.push({
      name: head[2] ?? "a function",
      start: index + 1,
      end: end + 1,
      lines: countCodeLines(lines, index + 1, end + 1),
    });
  });
  return found;
}

/** Which lines continue the one before: inside brackets, a multi-line string, or after `\`. */
function continuationLines(masked: string): boolean[] {
  const continued: boolean[] = [false];
  let depth = 0;
  let backslash = false;
  for (let at = 0; at < masked.length; at += 1) {
    const char = masked[at];
    if (char === "(" || char === "[" || char === "{") depth += 1;
    if (char === ")" || char === "]" || char === "}") depth = Math.max(0, depth - 1);
    if (char === "\n") {
      // A masked multi-line string is `"` followed by blanks: its lines start with spaces only,
      // so they are caught by the indentation rule unless they close the string.
      continued.push(depth > 0 || backslash);
      backslash = false;
    } else if (char !== " " && char !== "\t") {
      backslash = char === "\\";
    }
  }
  return continued;
}

/**
 * Runs of `minLines` or more significant lines that appear twice: compared after trimming,
 * collapsing spaces and replacing every string and number by a placeholder, so a block copied
 * with other literals still counts. Blank lines, comments, lines of brackets alone and imports
 * are not significant.
 */
export function findDuplicateBlocks(
  files: readonly SampleFile[],
  language: Language,
  minLines: number,
): StructureViolation[] {
  const significant = files.map((file) => significantLines(file.content, language));
  const seen = new Map<string, { file: number; index: number }>();
  const pairs = new Set<string>();
  significant.forEach((lines, file) => {
    for (let index = 0; index + minLines <= lines.length; index += 1) {
      const key = lines
        .slice(index, index + minLines)
        .map((line) => line.text)
        .join("\n");
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, { file, index });
      } else if (first.file !== file || first.index + minLines <= index) {
        pairs.add(`${String(first.file)}:${String(first.index)}:${String(file)}:${String(index)}`);
      }
    }
  });
  const violations: StructureViolation[] = [];
  for (const pair of pairs) {
    const [fileA = 0, indexA = 0, fileB = 0, indexB = 0] = pair.split(":").map(Number);
    // Report each run once, from the first window of its run.
    if (
      pairs.has(`${String(fileA)}:${String(indexA - 1)}:${String(fileB)}:${String(indexB - 1)}`)
    ) {
      continue;
    }
    let length = minLines;
    while (
      pairs.has(
        `${String(fileA)}:${String(indexA + length - minLines + 1)}:${String(fileB)}:${String(indexB + length - minLines + 1)}`,
      )
    ) {
      length += 1;
    }
    const linesA = significant[fileA] ?? [];
    const linesB = significant[fileB] ?? [];
    const a = { path: files[fileA]?.path ?? "", from: linesA[indexA]?.line ?? 1 };
    const b = {
      path: files[fileB]?.path ?? "",
      from: linesB[indexB]?.line ?? 1,
      to: linesB[indexB + length - 1]?.line ?? 1,
    };
    violations.push({
      rule: "max-duplicate-lines",
      file: b.path,
      line: b.from,
      endLine: b.to,
      message:
        `${String(length)} lines repeat the ones from line ${String(a.from)}` +
        `${a.path === b.path ? "" : ` of ${a.path}`}; ` +
        `no run of ${String(minLines)} or more lines may appear twice`,
    });
  }
  return violations.sort((x, y) => x.file.localeCompare(y.file) || x.line - y.line);
}

function significantLines(code: string, language: Language): { line: number; text: string }[] {
  const masked = language === "py" ? maskPython(code) : maskJavaScript(code);
  return masked.split("\n").flatMap((raw, index) => {
    const text = raw
      .trim()
      .replace(/\s+/g, " ")
      .replace(/\b\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?\b/gi, "0");
    if (!/[\w$]/.test(text)) return [];
    if (/^(?:import\b|export\s+\*|from\s+\S+\s+import\b)/.test(text)) return [];
    return [{ line: index + 1, text }];
  });
}
