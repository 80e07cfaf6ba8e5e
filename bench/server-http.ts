// Prints the time from process start to the first successful /api/health, and the throughput and
// p99 latency of GET /api/questions under autocannon on loopback (50 connections, 10 s), beside a
// bare Fastify route measured the same way in the same run.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import Fastify from "fastify";

const BIN = fileURLToPath(new URL("../bin/candor.mjs", import.meta.url));
const DURATION_S = Number(process.env["BENCH_DURATION_S"] ?? 10);
const CONNECTIONS = 50;

async function measureStartup(dataDir: string) {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, "start", "--port", "0"], {
    env: { ...process.env, CANDOR_DATA_DIR: dataDir, CANDOR_LOG_LEVEL: "warn" },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (;;) {
    const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
    if (url !== undefined) {
      const response = await fetch(`${url}/api/health`).catch(() => undefined);
      if (response?.ok === true) return { child, url, ms: performance.now() - started };
    }
    if (child.exitCode !== null) throw new Error(`candor start exited:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function load(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}

const dataDir = await mkdtemp(path.join(tmpdir(), "candor-bench-"));
try {
  // A first start may build the web app; measure the second, warm start.
  const warmup = await measureStartup(dataDir);
  warmup.child.kill("SIGTERM");
  await new Promise((resolve) => warmup.child.on("exit", resolve));

  const { child, url, ms } = await measureStartup(dataDir);
  const candor = await load(`${url}/api/questions`);
  child.kill("SIGTERM");
  await new Promise((resolve) => child.on("exit", resolve));

  const bare = Fastify();
  bare.get("/bare", async () => ({ ok: true }));
  const bareUrl = await bare.listen({ port: 0, host: "127.0.0.1" });
  const baseline = await load(`${bareUrl}/bare`);
  await bare.close();

  console.log("server");
  console.log(`  process start → first /api/health   ${ms.toFixed(0)} ms`);
  console.log(
    `  GET /api/questions (333 questions, ${String(CONNECTIONS)} connections, ${String(DURATION_S)} s)`,
  );
  console.log(
    `    throughput  ${candor.rps.toFixed(0)} req/s   p99 ${String(candor.p99)} ms   non-2xx/errors ${String(candor.errors)}`,
  );
  console.log(`  bare Fastify route, same run`);
  console.log(`    throughput  ${baseline.rps.toFixed(0)} req/s   p99 ${String(baseline.p99)} ms`);
  console.log(
    `  ratio (questions / bare)   throughput ${(candor.rps / baseline.rps).toFixed(3)}   p99 ${(candor.p99 / Math.max(baseline.p99, 1)).toFixed(1)}×`,
  );
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
