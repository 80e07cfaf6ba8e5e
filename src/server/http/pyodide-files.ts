import { createRequire } from "node:module";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Where the browser's Python worker loads Pyodide from (src/web/runner/python-worker.ts). */
export const PYODIDE_PREFIX = "/pyodide/";

/** The files Pyodide loads at start-up; the package's other files are not served. */
const PYODIDE_RUNTIME_FILES = new Set([
  "pyodide.mjs",
  "pyodide.mjs.map",
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
]);

/** The installed `pyodide` package's folder. */
export function pyodidePackageDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve("pyodide/package.json"));
}

/**
 * Serves Pyodide's runtime from the installed npm package at /pyodide/, so Python runs in the
 * browser with nothing fetched from a CDN (docs/decisions/006-browser-runner.md). Responses carry
 * an ETag and are revalidated: the URLs hold no version, and a fresh worker per run then costs a
 * few 304s rather than 12 MB.
 */
export async function registerPyodideFiles(
  app: FastifyInstance,
  root: string = pyodidePackageDir(),
): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: PYODIDE_PREFIX,
    decorateReply: false,
    allowedPath: (pathname) => PYODIDE_RUNTIME_FILES.has(pathname.replace(/^\//, "")),
  });
}
