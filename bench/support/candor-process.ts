// Starts `candor start` as a second process for the server benchmarks, so the client's work is
// not counted against the server (and a bare floor process beside it); and reads that process's
// resident memory.
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
export function startCandor(env: Record<string, string>): Promise<CandorProcess> {
  return startProcess([BIN, "start", "--port", "0"], { CANDOR_LOG_LEVEL: "warn", ...env });
}

// The floor for a start: a bare Node process that imports Fastify and PGlite, opens the data
// folder and answers /api/health. What Candor adds on top is its own code and content.
const FLOOR_SCRIPT = `
import Fastify from "fastify";
import { PGlite } from "@electric-sql/pglite";
const db = new PGlite(process.env.FLOOR_DATA_DIR);
await db.waitReady;
const app = Fastify();
app.get("/api/health", async () => (await db.query("select 1 as ok")).rows[0]);
const url = await app.listen({ port: 0, host: "127.0.0.1" });
console.log("running at " + url);
process.on("SIGTERM", () => app.close().then(() => db.close()).then(() => process.exit(0)));
`;

/** Starts the floor process on an existing data folder (not in use by Candor). */
export function startFloor(dataDir: string): Promise<CandorProcess> {
  return startProcess(["--input-type=module", "-e", FLOOR_SCRIPT], { FLOOR_DATA_DIR: dataDir });
}

async function startProcess(args: string[], env: Record<string, string>): Promise<CandorProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    env: { ...process.env, ...env },
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
    if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited:\n${output}`);
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
