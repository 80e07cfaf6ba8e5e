import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/candor.mjs", import.meta.url));

/** A `candor start` child process and what it printed. */
export interface SpawnedCandor {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `candor start` with its own data folder (and `env` on top); the caller kills it. */
export function spawnCandor(
  args: string[],
  dataDir: string,
  env: Record<string, string> = {},
): SpawnedCandor {
  const child = spawn(process.execPath, [BIN, "start", ...args], {
    env: { ...process.env, CANDOR_DATA_DIR: dataDir, CANDOR_LOG_LEVEL: "warn", ...env },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, output: () => output, exited };
}

/**
 * Waits until the process has printed its whole start banner (where it runs, its notices, and
 * how to stop it; the lines may arrive in separate reads) and returns the URL it runs at.
 */
export async function waitForUrl(started: SpawnedCandor): Promise<string> {
  for (let attempt = 0; attempt < 1200; attempt += 1) {
    const output = started.output();
    const match = /running at (http:\/\/\S+)/.exec(output);
    if (match?.[1] !== undefined && output.includes("Press Ctrl+C to stop.")) return match[1];
    if (started.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`candor start did not come up:\n${started.output()}`);
}
