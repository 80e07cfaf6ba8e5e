import type { CompileError, RunResult } from "../runner/types.ts";
import type { Bundle, BundledFile, BundleError } from "./bundle.ts";

/** A compile error that names the file it is in (a bundle holds several). */
export interface LocatedCompileError extends CompileError {
  file?: string;
}

/** A run's result with every line it names pointing into the codebase's own files. */
export type WorkSampleRunResult = Omit<RunResult, "compileError"> & {
  compileError?: LocatedCompileError;
};

/** Where a bundle's line comes from: a file and its own line, or undefined for the bundle's glue. */
export function locateLine(
  files: readonly BundledFile[],
  line: number,
): { path: string; line: number } | undefined {
  const file = files.find((entry) => line >= entry.start && line < entry.start + entry.lines);
  return file === undefined ? undefined : { path: file.path, line: line - file.start + 1 };
}

// The runners end an error with "(line N)": the line of the bundle the error came from.
const LINE_SUFFIX = /\s*\(line (\d+)\)/g;
// The Python bundle re-raises a module's syntax error as "msg [in path, line L, column C]".
const PYTHON_SYNTAX_ERROR =
  /^while loading the solution: SyntaxError: (.*) \[in ([^,\]]+), line (\d+), column (\d+)\]/;

/**
 * Rewrites a bundled run's result so it speaks of the candidate's files: "(line 212)" becomes
 * "(src/tax.js, line 12)", a line in the bundle's own glue is dropped, a compile error gains its
 * file, and a Python module's syntax error becomes the compile-error it is.
 */
export function locateRunResult(
  result: RunResult,
  bundle: Pick<Bundle, "files">,
): WorkSampleRunResult {
  const relocate = (text: string): string =>
    text.replace(LINE_SUFFIX, (_match, line: string) => {
      const found = locateLine(bundle.files, Number(line));
      return found === undefined ? "" : ` (${found.path}, line ${String(found.line)})`;
    });
  const located: WorkSampleRunResult = {
    ...result,
    cases: result.cases.map((entry) =>
      entry.error === undefined ? entry : { ...entry, error: relocate(entry.error) },
    ),
  };
  if (result.error !== undefined) located.error = relocate(result.error);
  if (result.compileError !== undefined) {
    const found = locateLine(bundle.files, result.compileError.line);
    located.compileError =
      found === undefined
        ? result.compileError
        : { ...result.compileError, file: found.path, line: found.line };
    located.error = describeLocatedCompileError(located.compileError);
  }
  const syntax = PYTHON_SYNTAX_ERROR.exec(result.error ?? "");
  if (syntax !== null) {
    const [, message = "", file = "", line = "1", column = "1"] = syntax;
    located.verdict = "compile-error";
    located.compileError = {
      message: `SyntaxError: ${message}`,
      file,
      line: Number(line),
      column: Number(column),
    };
    located.error = describeLocatedCompileError(located.compileError);
  }
  return located;
}

/** The result of a run that never started because a file would not bundle. */
export function bundleFailureResult(error: BundleError, total: number): WorkSampleRunResult {
  const compileError: LocatedCompileError = {
    message: error.message,
    file: error.file,
    line: error.line,
    column: error.column,
  };
  return {
    verdict: "compile-error",
    passed: 0,
    total,
    ms: 0,
    cases: [],
    output: "",
    error: describeLocatedCompileError(compileError),
    compileError,
  };
}

/** "SyntaxError: Unexpected token (src/tax.js, line 2, column 13)". */
export function describeLocatedCompileError(error: LocatedCompileError): string {
  const where = `line ${String(error.line)}, column ${String(error.column)}`;
  return `${error.message} (${error.file === undefined ? where : `${error.file}, ${where}`})`;
}
