// Starts `candor start` as a second process for the server benchmarks, so the client's work is
// not counted against the server; and reads that process's resident memory.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/candor.mjs", import.meta.url));

/** A running server: its process, its address and how long it took to answer health. */
export interface CandorProcess {
  child: ChildProcess;
  url: string;
  startMs: number;
}

/** Starts Candor on a free port and waits for its first successful /api/health. */
export async function startCandor(env: Record<string, string>): Promise<CandorProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, "start", "--port", "0"], {
    env: { ...process.env, CANDOR_LOG_LEVEL: "warn", ...env },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (;;) {
    const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
    if (url !== undefined) {
      const response = await fetch(`${url}/api/health`).catch(() => undefined);
      if (response?.ok === true) return { child, url, startMs: performance.now() - started };
    }
    if (child.exitCode !== null) throw new Error(`candor start exited:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Stops the server the way Ctrl+C would and waits for it to exit. */
export async function stopCandor(server: CandorProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.on("exit", resolve));
  server.child.kill("SIGTERM");
  await exited;
}

/** The process's resident memory in MB, as `ps` reports it. */
export function residentMemoryMb(server: CandorProcess): number {
  const pid = server.child.pid;
  if (pid === undefined) return Number.NaN;
  return (
    Number(
      execFileSync("ps", ["-o", "rss=", "-p", String(pid)])
        .toString()
        .trim(),
    ) / 1024
  );
}

/** The value at fraction p (0–100) of sorted figures. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}
