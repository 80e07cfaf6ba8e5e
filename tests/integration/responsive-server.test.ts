import { setTimeout as sleep } from "node:timers/promises";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MAX_ANSWER_CHARS } from "../../src/core/analysis/index.ts";
import {
  createAnalysisPool,
  type AnalysisPoolOptions,
} from "../../src/server/analysis/analysis-pool.ts";
import { openDatabase, type Database } from "../../src/node/db/database.ts";
import { fixturePack } from "../support/pack-fixture.ts";
import { testApp } from "../support/test-app.ts";

// The costliest text the analyzer accepts: a marker on every line, at the length limit.
const WORST_CASE = "I felt proud. I learned that communication is key. 37%. "
  .repeat(Math.ceil(MAX_ANSWER_CHARS / 56))
  .slice(0, MAX_ANSWER_CHARS);

let app: FastifyInstance | undefined;
/** One database for the file: each test builds its own app over it; they share only the local user. */
let database: Database;

beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
});

afterEach(async () => {
  await app?.close();
  app = undefined;
});

afterAll(() => database.close());

async function startApp(pool: AnalysisPoolOptions): Promise<FastifyInstance> {
  const analysis = createAnalysisPool(pool);
  app = await testApp(database, {
    packs: [fixturePack()],
    analysis,
  });
  app.addHook("onClose", () => analysis.close());
  return app;
}

/** Sends worst-case analyses, then asks for health while they run; reports what finished when. */
async function healthDuringWorstCase(server: FastifyInstance) {
  const finished: string[] = [];
  const analyses = Array.from({ length: 3 }, (_, index) =>
    server
      .inject({
        method: "POST",
        url: "/api/analyze",
        payload: { kind: "values", text: WORST_CASE },
      })
      .then((response) => {
        finished.push(`analysis ${String(index)}`);
        return response.statusCode;
      }),
  );
  // Let the requests arrive and their analyses begin before health is asked.
  await sleep(50);
  const asked = performance.now();
  const health = await server.inject({ method: "GET", url: "/api/health" });
  const healthMs = performance.now() - asked;
  finished.push("health");
  const statuses = await Promise.all(analyses);
  return { health: health.statusCode, healthMs, statuses, finished };
}

describe("a worst-case request in flight", () => {
  it("leaves /api/health answering within 100 ms, and every analysis still completes", async () => {
    const server = await startApp({ maxThreads: 1 });
    const outcome = await healthDuringWorstCase(server);
    expect(outcome.health).toBe(200);
    expect(outcome.finished[0]).toBe("health");
    expect(outcome.healthMs).toBeLessThan(100);
    expect(outcome.statuses).toEqual([200, 200, 200]);
  });

  it("would stall health if the same analyses ran on the event loop (the check can fail)", async () => {
    const server = await startApp({ inlineChars: Number.POSITIVE_INFINITY });
    const outcome = await healthDuringWorstCase(server);
    expect(outcome.health).toBe(200);
    expect(outcome.finished.indexOf("health")).toBeGreaterThan(0);
    expect(outcome.statuses).toEqual([200, 200, 200]);
  });
});
