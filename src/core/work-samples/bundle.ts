import type { Language } from "../problems/schema.ts";
import type { Result } from "../result.ts";
import { bundleJavaScript } from "./bundle-javascript.ts";
import { bundlePython } from "./bundle-python.ts";
import type { SampleFile } from "./sample-files.ts";

export type { SampleFile } from "./sample-files.ts";

/** Where one file's lines sit in a bundle: its line 1 is the bundle's line `start`. */
export interface BundledFile {
  path: string;
  start: number;
  lines: number;
}

/**
 * A codebase made into one module the existing runners load unchanged: `code` is what a
 * RunRequest carries, `language` the runner to use (TypeScript is already JavaScript here), and
 * `files` maps the bundle's lines back to the files (see locate-run-result.ts).
 */
export interface Bundle {
  code: string;
  language: "js" | "py";
  files: BundledFile[];
}

/** A file that cannot be bundled: a syntax error, or an import of something that is not there. */
export interface BundleError {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** What to bundle: every file, the module the tests load, and the name it must export. */
export interface BundleInput {
  language: Language;
  files: readonly SampleFile[];
  entryModule: string;
  entry: string;
}

/**
 * Turns a multi-file codebase into one runnable module, so the single-`code` runners (Node and
 * browser alike) run it as they run a solution. JavaScript and TypeScript files become functions
 * in a tiny module registry (their ES imports and exports rewritten by sucrase), and the bundle
 * re-exports the entry; Python files are registered with the import system, and the entry module
 * is imported before the harness looks for the entry. Every file keeps its own line numbers.
 *
 * @example
 * const bundle = bundleWorkSample({ language: "js", files, entryModule: "src/invoice.js", entry: "calculateInvoice" });
 * if (bundle.ok) await runSolution({ language: bundle.value.language, code: bundle.value.code, problem, cases });
 */
export function bundleWorkSample(input: BundleInput): Result<Bundle, BundleError> {
  const { language } = input;
  return language === "py" ? bundlePython(input) : bundleJavaScript({ ...input, language });
}
