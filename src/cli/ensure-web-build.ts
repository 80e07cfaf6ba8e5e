import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import type { Io } from "./usage.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Where `vite build` puts the web app. */
export const WEB_DIST_DIR = path.join(ROOT, "dist", "web");

/** Vite's command-line entry, found from its manifest (its exports do not include the file). */
const VITE_BIN = path.join(
  path.dirname(createRequire(import.meta.url).resolve("vite/package.json")),
  "bin",
  "vite.js",
);

/** A project to build: its root (holding vite.config.ts, src/web and src/core) and its output. */
export interface WebProject {
  root: string;
  distDir: string;
}

const CANDOR: WebProject = { root: ROOT, distDir: WEB_DIST_DIR };

/**
 * Builds the web app when it has never been built or its sources are newer than the build.
 * The build runs in a process of its own: the bundler's native heap (about 600 MB resident)
 * would otherwise stay with the server for as long as it runs.
 */
export async function ensureWebBuild(io: Io, project: WebProject = CANDOR): Promise<void> {
  const builtAt = builtTime(project.distDir);
  if (builtAt !== undefined && newestSourceTime(project.root) <= builtAt) return;
  io.out(
    builtAt === undefined ? "Building the web app (first start)…\n" : "Rebuilding the web app…\n",
  );
  await buildWebApp(project.root);
}

function buildWebApp(root: string): Promise<void> {
  const args = [VITE_BIN, "build", "--config", path.join(root, "vite.config.ts")];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...args, "--logLevel", "warn"],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error === null) {
          resolve();
          return;
        }
        reject(new Error(`Building the web app failed:\n${buildError(stderr) || error.message}`));
      },
    );
  });
}

/** What Vite printed about the failure, without colours and without the bundler's stack. */
function buildError(stderr: string): string {
  const lines = stripVTControlCharacters(stderr).split("\n");
  const from = lines.findIndex((line) => line.startsWith("error during build"));
  const stack = lines.findIndex((line) => /^\s+at /.test(line));
  return lines
    .slice(Math.max(0, from), stack === -1 ? undefined : stack)
    .filter((line) => line.trim() !== "")
    .slice(-20)
    .join("\n");
}

function builtTime(distDir: string): number | undefined {
  const index = path.join(distDir, "index.html");
  return existsSync(index) ? statSync(index).mtimeMs : undefined;
}

function newestSourceTime(root: string): number {
  let newest = 0;
  for (const dir of ["src/web", "src/core"]) {
    const folder = path.join(root, dir);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) {
        newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
      }
    }
  }
  return newest;
}
