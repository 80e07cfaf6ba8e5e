// Sizing for a cohort: one Candor server in accounts mode on PostgreSQL, many signed-in people at
// once. Prints the throughput and p99 of analyses (POST /api/analyze, each connection signed in as
// its own person) and of a signed-in read (GET /api/stories, a session check and a query), beside a
// bare Fastify route measured in the same run. Needs PostgreSQL: BENCH_DATABASE_URL or
// TEST_DATABASE_URL (a scratch database is made and dropped); without one it says so and skips.
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import Fastify from "fastify";
import { withScratchDatabase } from "./support/scratch-database.ts";
import { startCandor, stopCandor } from "./support/candor-process.ts";

const DURATION_S = Number(process.env["BENCH_DURATION_S"] ?? 10);
const PEOPLE = 20;
const ANSWER =
  "Last spring I owned the migration of our billing jobs to the new queue. Two weeks in I found " +
  "that my retry logic double-charged about forty customers, because I had assumed the old jobs " +
  "were idempotent and never checked. I felt sick when I saw the refunds list. I told my manager " +
  "the same hour, wrote the refunds script myself and added an idempotency key to every charge. " +
  "Since then I test the failure path before the happy path, and the queue has run for nine " +
  "months without a duplicate charge.";

const adminUrl = process.env["BENCH_DATABASE_URL"] ?? process.env["TEST_DATABASE_URL"];

interface Figures {
  rps: number;
  p99: number;
  errors: number;
}

async function load(
  url: string,
  method: "GET" | "POST",
  people: readonly string[],
  body?: string,
): Promise<Figures> {
  let next = 0;
  const result = await autocannon({
    url,
    method,
    connections: people.length,
    duration: DURATION_S,
    ...(body === undefined ? {} : { body }),
    setupClient: (client) => {
      const cookie = people[next % people.length] ?? "";
      next += 1;
      client.setHeaders({
        cookie,
        origin: new URL(url).origin,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      });
    },
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}

function row(label: string, figures: Figures): void {
  console.log(
    `    ${label.padEnd(44)} ${figures.rps.toFixed(0).padStart(6)} req/s   p99 ${String(figures.p99).padStart(4)} ms   errors ${String(figures.errors)}`,
  );
}

if (adminUrl === undefined) {
  console.log(
    "cohort sizing: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL)",
  );
} else {
  const ran = await withScratchDatabase(adminUrl, async (url) => {
    const server = await startCandor({
      DATABASE_URL: url,
      CANDOR_AUTH: "accounts",
      CANDOR_AUTH_SECRET: `bench-secret-${randomUUID()}`,
    });
    const floorApp = Fastify();
    floorApp.get("/", () => ({ ok: true }));
    const floorUrl = await floorApp.listen({ port: 0, host: "127.0.0.1" });
    try {
      const people: string[] = [];
      for (let i = 0; i < PEOPLE; i += 1) {
        const response = await fetch(`${server.url}/api/auth/sign-up/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: server.url },
          body: JSON.stringify({
            name: `Bench ${String(i)}`,
            email: `bench-${String(i)}-${randomUUID().slice(0, 8)}@example.com`,
            password: "correct horse battery staple",
          }),
        });
        if (!response.ok) throw new Error(`sign-up answered ${String(response.status)}`);
        people.push(
          response.headers
            .getSetCookie()
            .map((cookie) => cookie.split(";")[0])
            .join("; "),
        );
      }
      const analyses = await load(
        `${server.url}/api/analyze`,
        "POST",
        people,
        JSON.stringify({ kind: "behavioral", text: ANSWER }),
      );
      const reads = await load(`${server.url}/api/stories`, "GET", people);
      const floor = await load(floorUrl, "GET", people);
      console.log("cohort sizing (one server, accounts mode, PostgreSQL on loopback)");
      console.log(
        `  ${String(PEOPLE)} people signed in, one connection each, ${String(DURATION_S)} s`,
      );
      row("POST /api/analyze (a 95-word answer)", analyses);
      row("GET /api/stories (session check and a query)", reads);
      console.log("  floor, same run");
      row('bare route, {"ok":true}', floor);
      console.log(
        `  sizing: at one analysed answer per candidate per minute, one server keeps up with about ${String(Math.floor((analyses.rps * 60) / 100) * 100)} candidates answering at once`,
      );
    } finally {
      await floorApp.close();
      await stopCandor(server);
    }
  });
  if (!ran) console.log(`cohort sizing: skipped, nothing answers at ${adminUrl}`);
}
