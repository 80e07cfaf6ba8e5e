import { readFileSync } from "node:fs";
import path from "node:path";
import { transform } from "sucrase";

/**
 * Bundles a TypeScript program and the relative modules it imports into one CommonJS script, for
 * `node -e` (the JavaScript runner's host process) and `new Worker(source, { eval: true })`.
 *
 * Why: neither a child process nor a worker thread inherits the tsx loader Candor runs under, and
 * registering tsx in each costs 300–500 ms; a plain script starts in a few tens of milliseconds.
 * The modules are stripped of types with sucrase (the dependency that already transpiles
 * TypeScript solutions). Only `node:` built-ins and relative `.ts` modules may be imported: the
 * script is evaluated outside any package, so a bare package import would not resolve reliably.
 */
export function bundleScript(entryFile: string): string {
  const ids = new Map<string, number>();
  const definitions: string[] = [];
  const visit = (file: string): number => {
    const known = ids.get(file);
    if (known !== undefined) return known;
    const id = ids.size;
    ids.set(file, id);
    const code = transform(readFileSync(file, "utf8"), {
      transforms: ["typescript", "imports"],
      preserveDynamicImport: true,
      disableESTransforms: true,
      filePath: file,
    }).code;
    const dependencies: Record<string, number> = {};
    for (const match of code.matchAll(/\brequire\((['"])([^'"]+)\1\)/g)) {
      const specifier = match[2] ?? "";
      if (specifier.startsWith(".")) {
        dependencies[specifier] = visit(path.resolve(path.dirname(file), specifier));
      } else if (!specifier.startsWith("node:")) {
        throw new Error(
          `${file}: a bundled script may import only node: built-ins and relative modules, not "${specifier}"`,
        );
      }
    }
    definitions[id] =
      `[function (exports, require, module) {\n${code}\n}, ${JSON.stringify(dependencies)}]`;
    return id;
  };
  const entry = visit(entryFile);
  return `"use strict";
const definitions = [${definitions.join(",\n")}];
const cache = new Map();
function load(id) {
  let module = cache.get(id);
  if (module !== undefined) return module.exports;
  module = { exports: {} };
  cache.set(id, module);
  const [define, dependencies] = definitions[id];
  define(module.exports, (specifier) =>
    specifier in dependencies ? load(dependencies[specifier]) : require(specifier), module);
  return module.exports;
}
load(${entry});
`;
}
