import { transform } from "sucrase";
import { err, ok, type Result } from "../result.ts";
import { positionOf } from "../runner/transpile.ts";
import type { Bundle, BundledFile, BundleError, BundleInput } from "./bundle.ts";
import { countLines, directoryOf, joinPath } from "./sample-files.ts";

/** The bundle's own lines before the first file: the registry and its loader. */
const PRELUDE = `const __candorModules = new Map();
const __candorCache = new Map();
function __candorLoad(path) {
  const cached = __candorCache.get(path);
  if (cached !== undefined) return cached.exports;
  const module = { exports: {} };
  __candorCache.set(path, module);
  const [define, imports] = __candorModules.get(path);
  define(module.exports, (specifier) => __candorLoad(imports[specifier]), module);
  return module.exports;
}
`;

/**
 * Bundles JavaScript or TypeScript files: each file's ES imports and exports become CommonJS
 * (sucrase's "imports" transform, types stripped for TypeScript), and each is wrapped in a
 * function registered under its path. A file starts on the same line as its wrapper, so its line
 * N is the bundle's line `start + N - 1`, and sucrase keeps every line where it was. The bundle is
 * an ES module whose one export is the entry, read from the entry module.
 */
export function bundleJavaScript(
  input: BundleInput & { language: "js" | "ts" },
): Result<Bundle, BundleError> {
  const paths = new Set(input.files.map((file) => file.path));
  let code = PRELUDE;
  let line = countLines(PRELUDE) + 1;
  const files: BundledFile[] = [];
  for (const file of input.files) {
    const transformed = transformFile(file.path, file.content, input.language);
    if (!transformed.ok) return transformed;
    const imports = resolveImports(file, transformed.value, paths);
    if (!imports.ok) return imports;
    const lines = countLines(transformed.value);
    files.push({ path: file.path, start: line, lines });
    const body = transformed.value.endsWith("\n") ? transformed.value : `${transformed.value}\n`;
    code +=
      `__candorModules.set(${JSON.stringify(file.path)}, [function (exports, require, module) {` +
      `${body}}, ${JSON.stringify(imports.value)}]);\n`;
    line += lines + 1;
  }
  if (!paths.has(input.entryModule)) {
    return err({
      file: input.entryModule,
      line: 1,
      column: 1,
      message: `the entry module ${input.entryModule} is missing`,
    });
  }
  code +=
    `export const ${input.entry} = __candorLoad(${JSON.stringify(input.entryModule)})` +
    `[${JSON.stringify(input.entry)}];\n`;
  return ok({ code, language: "js", files });
}

function transformFile(
  path: string,
  content: string,
  language: "js" | "ts",
): Result<string, BundleError> {
  try {
    return ok(
      transform(content, {
        transforms: language === "ts" ? ["typescript", "imports"] : ["imports"],
        disableESTransforms: true,
        filePath: path,
      }).code,
    );
  } catch (thrown) {
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    const text = error.message
      .replace(/^Error transforming [^:]*: /, "")
      .replace(/\s*\(\d+:\d+\)$/, "");
    const pos = (error as { pos?: unknown }).pos;
    const where = typeof pos === "number" ? positionOf(content, pos) : { line: 1, column: 1 };
    return err({ file: path, ...where, message: `SyntaxError: ${text}` });
  }
}

/**
 * Maps each `require("./x")` the transform wrote to the path of a file in the codebase. A
 * specifier may leave out the extension or name `.js` for a TypeScript file (both are common);
 * anything outside the codebase is an error, since a work sample imports only its own files.
 */
function resolveImports(
  file: { path: string; content: string },
  transformed: string,
  paths: ReadonlySet<string>,
): Result<Record<string, string>, BundleError> {
  const imports: Record<string, string> = {};
  for (const match of transformed.matchAll(/\brequire\((['"])([^'"]+)\1\)/g)) {
    const specifier = match[2] ?? "";
    // Sucrase rewrites the quotes, so look for the specifier in either quoting in the source.
    const inSource = Math.max(
      file.content.indexOf(`"${specifier}"`),
      file.content.indexOf(`'${specifier}'`),
    );
    const position =
      inSource === -1
        ? { line: positionOf(transformed, match.index).line, column: 1 }
        : positionOf(file.content, inSource);
    const found = specifier.startsWith(".")
      ? resolveRelative(directoryOf(file.path), specifier, paths)
      : undefined;
    if (found === undefined) {
      return err({
        file: file.path,
        ...position,
        message: specifier.startsWith(".")
          ? `Cannot find module "${specifier}" imported by ${file.path}`
          : `"${specifier}" is not a file of this codebase: a work sample imports only its own files`,
      });
    }
    imports[specifier] = found;
  }
  return ok(imports);
}

function resolveRelative(
  directory: string,
  specifier: string,
  paths: ReadonlySet<string>,
): string | undefined {
  const base = joinPath(directory, specifier);
  if (base === undefined) return undefined;
  const stem = base.replace(/\.[cm]?[jt]s$/, "");
  const candidates = [base, `${stem}.ts`, `${stem}.js`, `${base}/index.ts`, `${base}/index.js`];
  return candidates.find((candidate) => paths.has(candidate));
}
