import { existsSync, readdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants } from "node:zlib";
import { LOCK_FILE } from "./folder-lock.ts";

/**
 * A new PGlite data folder is a copy of a template: the folder PGlite's initdb makes, packed by
 * `npm run db:template` for the installed PGlite version (docs/decisions/015). Running initdb in
 * WebAssembly takes most of a first start (3–4 s); unpacking the same files takes a tenth of that.
 * Without a template for the installed version, the folder is made by initdb as before.
 */
export const TEMPLATES_DIR = fileURLToPath(new URL("./templates", import.meta.url));

/** PostgreSQL reads a folder as a database once this file exists; it is unpacked last. */
const VERSION_FILE = "PG_VERSION";

/** The installed PGlite's version; templates are made for one version and used only with it. */
export function pgliteVersion(): string {
  const wasm = createRequire(import.meta.url).resolve("@electric-sql/pglite/pglite.wasm");
  const manifest = path.join(path.dirname(wasm), "..", "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

/** The template for the installed PGlite, if one ships. */
export function templateFile(templatesDir: string = TEMPLATES_DIR): string | undefined {
  const file = path.join(templatesDir, `pglite-${pgliteVersion()}.tar.br`);
  return existsSync(file) ? file : undefined;
}

let archive: { tar: Blob } | undefined;

/** The template as one uncompressed tar, for a database in memory; read once per process. */
export function templateArchive(): Blob | undefined {
  if (archive === undefined) {
    const file = templateFile();
    if (file === undefined) return undefined;
    archive = { tar: new Blob([brotliDecompressSync(readFileSync(file))]) };
  }
  return archive.tar;
}

/** What is in the folder besides Candor's lock files; a new database needs it empty. */
function foreignEntries(dataDir: string): string[] {
  return readdirSync(dataDir).filter((name) => !name.startsWith(LOCK_FILE));
}

/**
 * Unpacks the template into an empty data folder, the version file last: a start interrupted
 * half-way leaves a folder PostgreSQL does not take for a database, and that the next start
 * refuses as not empty rather than opening.
 */
export async function unpackTemplate(template: string, dataDir: string): Promise<void> {
  const others = foreignEntries(dataDir);
  if (others.length > 0) {
    throw new Error(`the folder is not empty (it holds ${others.slice(0, 3).join(", ")})`);
  }
  // Loaded only here: a start on an existing folder has no use for it.
  const tar = await import("tar");
  // Synchronous, so entries are written in the archive's order.
  tar.x({ file: template, cwd: dataDir, sync: true, strict: true, brotli: true });
}

/** Packs a folder made by initdb as the template for the installed PGlite. */
export async function packTemplate(
  dataDir: string,
  templatesDir: string = TEMPLATES_DIR,
): Promise<string> {
  const file = path.join(templatesDir, `pglite-${pgliteVersion()}.tar.br`);
  // Every path listed, each folder before what it holds, so the version file can come last.
  const entries = readdirSync(dataDir, { recursive: true, encoding: "utf8" })
    .filter((name) => name !== VERSION_FILE && !name.startsWith(LOCK_FILE))
    .sort();
  const packed: Buffer[] = [];
  const tar = await import("tar");
  const stream = tar.c({ cwd: dataDir, portable: true, noDirRecurse: true }, [
    ...entries,
    VERSION_FILE,
  ]);
  for await (const chunk of stream) packed.push(chunk);
  const compressed = brotliCompressSync(Buffer.concat(packed), {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
      // The write-ahead log is a 16 MB file of mostly zeros; a wide window packs it to little.
      [zlibConstants.BROTLI_PARAM_LGWIN]: 24,
    },
  });
  await writeFile(file, compressed);
  return file;
}
