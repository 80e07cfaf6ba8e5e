// Loads Candor's TypeScript from an esbuild bundle, rebuilt when any source it was
// built from has changed (docs/decisions/014). Importing some 250 modules one by one through tsx's
// loader hooks took about a second of every start.
import {
  existsSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { threadId } from "node:worker_threads";

/** Bumped whenever the build options below change, so an older bundle is rebuilt. */
const FORMAT = 2;
/** Builds older than this are removed; a server started from one has loaded it by then. */
const KEEP_OLD_BUILDS_MS = 7 * 24 * 60 * 60 * 1000;

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * Returns the URL of an up-to-date bundle of `entry` under `outDir`, building it when it is missing
 * or stale, or undefined when it cannot be built (the caller then runs the sources through tsx).
 *
 * Each build goes to a folder of its own, named in `current.json`: the bundle is split at each
 * dynamic import (so `candor --version` loads no server code), and a server started from an older
 * build may still load that build's chunks.
 */
export async function tsBundle({ root, entry, outDir, keepOldBuildsMs = KEEP_OLD_BUILDS_MS }) {
  const currentFile = path.join(outDir, "current.json");
  const entryName = `${path.basename(entry, ".ts")}.mjs`;
  const current = readCurrent(currentFile);
  if (current !== undefined && isFresh(current)) {
    return pathToFileURL(path.join(outDir, current.build, entryName)).href;
  }
  try {
    const build = await buildBundle({ root, entry, outDir, currentFile });
    removeOldBuilds(outDir, build, keepOldBuildsMs);
    return pathToFileURL(path.join(outDir, build, entryName)).href;
  } catch {
    // A syntax error or an unwritable folder: tsx reports the former better, and copes with both.
    return undefined;
  }
}

function readCurrent(currentFile) {
  try {
    const current = JSON.parse(readFileSync(currentFile, "utf8"));
    const valid =
      current?.format === FORMAT &&
      typeof current.build === "string" &&
      typeof current.inputs === "object" &&
      existsSync(path.join(path.dirname(currentFile), current.build));
    return valid ? current : undefined;
  } catch {
    return undefined;
  }
}

/** Whether every source the build was made from is unchanged since. */
function isFresh(current) {
  for (const [file, stamp] of Object.entries(current.inputs)) {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats === undefined || stampOf(stats) !== stamp) return false;
  }
  return true;
}

function stampOf(stats) {
  return `${stats.size}:${stats.mtimeMs}`;
}

async function buildBundle({ root, entry, outDir, currentFile }) {
  const esbuild = await import("esbuild");
  // Unique per thread: the analysis pool's threads may build at the same moment in one process.
  const writer = `${process.pid}-${threadId}`;
  const build = `${Date.now().toString(36)}-${writer}`;
  const stamps = new Map();
  const result = await esbuild.build({
    // The metafile names inputs relative to this folder, whatever folder the command runs from.
    absWorkingDir: root,
    entryPoints: [entry],
    outdir: path.join(outDir, build),
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // Linked, not enabled: loading source maps costs every start about 80 ms. Run with
    // NODE_OPTIONS=--enable-source-maps for stacks that name the TypeScript lines.
    sourcemap: "linked",
    sourcesContent: false,
    metafile: true,
    logLevel: "silent",
    plugins: [keepModuleUrls(stamps)],
  });
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const file = path.resolve(root, input);
    inputs[file] = stamps.get(file) ?? stampOf(statSync(file));
  }
  // Renamed into place, so a process starting at the same moment reads either build whole.
  const temporary = `${currentFile}.${writer}.tmp`;
  writeFileSync(temporary, JSON.stringify({ format: FORMAT, build, inputs }));
  renameSync(temporary, currentFile);
  return build;
}

function removeOldBuilds(outDir, keep, keepOldBuildsMs) {
  const now = Date.now();
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === keep) continue;
    const folder = path.join(outDir, entry.name);
    if (now - statSync(folder).mtimeMs > keepOldBuildsMs) {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

/**
 * Modules find their neighbours (migrations, content, worker entries) from `import.meta.url`; in a
 * bundle that would be the bundle's own address, so each module's is replaced by its source file's.
 * Each file is stamped before it is read: a file saved during the build then reads as changed at
 * the next start, rather than the bundle of its older text passing for fresh.
 */
function keepModuleUrls(stamps) {
  return {
    name: "keep-module-urls",
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.ts$/ }, (args) => {
        stamps.set(args.path, stampOf(statSync(args.path)));
        const source = readFileSync(args.path, "utf8");
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: source.replaceAll("import.meta.url", url), loader: "ts" };
      });
    },
  };
}
