import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

let compiled: Promise<WebAssembly.Module | undefined> | undefined;

/**
 * Starts compiling PGlite's WebAssembly (9 MB) now, off the main thread, and returns the compiled
 * module; undefined when it cannot be read or compiled, and PGlite then compiles it itself.
 * `candor start` calls it before it loads the server's modules, so the two overlap
 * (docs/decisions/017).
 */
export function compilePgliteEngine(): Promise<WebAssembly.Module | undefined> {
  compiled ??= (async () => {
    try {
      const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
      const bytes = await readFile(path.join(path.dirname(entry), "pglite.wasm"));
      return await WebAssembly.compile(bytes);
    } catch {
      return undefined;
    }
  })();
  return compiled;
}
