import { transform } from "sucrase";
import { err, ok, type Result } from "../result.ts";
import { SOURCE_NAMES, type CompileError } from "./types.ts";

/**
 * Turns a JavaScript or TypeScript solution into the JavaScript module a worker loads: TypeScript
 * loses its types (sucrase keeps every line where it was, so stack traces and error lines match
 * the candidate's file), JavaScript is only checked, and both gain a `sourceURL` naming the file.
 * A syntax error comes back as a CompileError with its 1-based line and column. Types are not
 * checked.
 *
 * @example
 * prepareJavaScript("export const f = (x: number) => x;", "ts"); // ok("export const f = (x) => x;…")
 */
export function prepareJavaScript(
  code: string,
  language: "js" | "ts",
): Result<string, CompileError> {
  const source = SOURCE_NAMES[language];
  try {
    const output = transform(code, {
      transforms: language === "ts" ? ["typescript"] : [],
      disableESTransforms: true,
      filePath: source,
    }).code;
    return ok(`${language === "ts" ? output : code}\n//# sourceURL=${source}\n`);
  } catch (thrown) {
    return err(compileErrorFrom(thrown, code));
  }
}

/** Sucrase's parser reports `Unexpected token (2:13)` and the offset of the bad token. */
function compileErrorFrom(thrown: unknown, code: string): CompileError {
  const error = thrown instanceof Error ? thrown : new Error(String(thrown));
  const text = error.message
    .replace(/^Error transforming [^:]*: /, "")
    .replace(/\s*\(\d+:\d+\)$/, "");
  const message = `SyntaxError: ${text}`;
  const pos = (error as { pos?: unknown }).pos;
  if (typeof pos !== "number") {
    const [, line = "1", column = "1"] = /\((\d+):(\d+)\)$/.exec(error.message) ?? [];
    return { message, line: Number(line), column: Number(column) };
  }
  return { message, ...positionOf(code, pos) };
}

/** The 1-based line and column of a character offset. */
export function positionOf(code: string, offset: number): { line: number; column: number } {
  const before = code.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}
