import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Io } from "./usage.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Where `vite build` puts the web app. */
export const WEB_DIST_DIR = path.join(ROOT, "dist", "web");

/** Builds the web app when it has never been built or its sources are newer than the build. */
export async function ensureWebBuild(io: Io): Promise<void> {
  const builtAt = builtTime();
  if (builtAt !== undefined && newestSourceTime() <= builtAt) return;
  io.out(
    builtAt === undefined ? "Building the web app (first start)…\n" : "Rebuilding the web app…\n",
  );
  const { build } = await import("vite");
  await build({ configFile: path.join(ROOT, "vite.config.ts"), logLevel: "warn" });
}

function builtTime(): number | undefined {
  const index = path.join(WEB_DIST_DIR, "index.html");
  return existsSync(index) ? statSync(index).mtimeMs : undefined;
}

function newestSourceTime(): number {
  let newest = 0;
  for (const dir of ["src/web", "src/core"]) {
    for (const entry of readdirSync(path.join(ROOT, dir), {
      recursive: true,
      withFileTypes: true,
    })) {
      if (entry.isFile()) {
        newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
      }
    }
  }
  return newest;
}
