import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeUser } from "../../../tests/support/factories.ts";
import { startFakeLlmServer, type FakeLlmServer } from "../../../tests/support/fake-llm-server.ts";
import { fixturePack } from "../../../tests/support/pack-fixture.ts";
import { testApp, type TestAppOptions } from "../../../tests/support/test-app.ts";
import { openDatabase, type Database } from "../../node/db/database.ts";
import { emptyEveryTable } from "../../../tests/support/test-database.ts";
import type { User } from "../../node/db/users-repository.ts";
import { loadLanguageModel } from "../llm/language-model.ts";
import { NO_LIMITS } from "../limits/usage-limits.ts";

const STORY =
  "In March 2024 I pushed back on shipping our ranking change to 40% of traffic before the bias " +
  "audit finished. I lost: my director shipped it. I felt sick in that meeting and angry for a " +
  "week. Two weeks later the audit found a 7% gap for new users and we rolled back. I learned to " +
  "bring the data earlier; next time I would write the risk down before the meeting.";

let database: Database;
let fake: FakeLlmServer;
// 21:48 UTC: the hour's window ends in 12 minutes.
let clock = new Date("2026-12-04T21:48:00Z");
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
  fake = await startFakeLlmServer();
});

beforeEach(async () => {
  clock = new Date("2026-12-04T21:48:00Z");
  await emptyEveryTable(database.db);
});

afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  await fake.close();
  await database.close();
});

async function appFor(user: User, options: TestAppOptions = {}): Promise<FastifyInstance> {
  const app = await testApp(database, {
    packs: [fixturePack()],
    user,
    now: () => clock,
    ...options,
  });
  apps.push(app);
  return app;
}

function analyze(app: FastifyInstance, payload: object = { text: STORY, kind: "values" }) {
  return app.inject({ method: "POST", url: "/api/analyze", payload });
}

describe("the hourly analysis limit", () => {
  it("answers 429 with Retry-After and says when to come back, per user", async () => {
    const ada = await makeUser(database.db);
    const ben = await makeUser(database.db);
    const limits = { ...NO_LIMITS, analysesPerHour: 2 };
    const adas = await appFor(ada, { limits });
    const bens = await appFor(ben, { limits });

    expect((await analyze(adas)).statusCode).toBe(200);
    // A request the schema refuses runs no analysis and costs nothing.
    expect((await analyze(adas, { text: STORY, kind: "nonsense" })).statusCode).toBe(400);
    expect((await analyze(adas)).statusCode).toBe(200);

    const refused = await analyze(adas);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("720");
    expect(refused.json()).toEqual({
      error: {
        code: "rate-limited",
        message:
          "You have run 2 analyses this hour, the limit on this server. Try again in 12 minutes.",
        details: { retryAfterSeconds: 720 },
      },
    });
    // Design reviews run the coach too, and count against the same limit.
    const review = await adas.inject({
      method: "POST",
      url: "/api/design-reviews",
      payload: { questionId: "no-such-question", text: "## Requirements\nA cache." },
    });
    expect(review.statusCode).toBe(429);

    expect((await analyze(bens)).statusCode).toBe(200);

    clock = new Date("2026-12-04T22:00:01Z");
    expect((await analyze(adas)).statusCode).toBe(200);
  });

  it("sets no limit unless one is configured", async () => {
    const app = await appFor(await makeUser(database.db));
    for (let i = 0; i < 5; i += 1) expect((await analyze(app)).statusCode).toBe(200);
  });
});

describe("the hourly language-model limit", () => {
  it("answers a second opinion past the limit with 429 before asking the model", async () => {
    const model = await loadLanguageModel({
      kind: "openai-compatible",
      baseUrl: fake.baseUrl,
      model: "fake",
    });
    const app = await appFor(await makeUser(database.db), {
      limits: { ...NO_LIMITS, llmCallsPerHour: 1 },
      llm: model && { ...model, timeoutMs: 2000 },
    });
    fake.setScenario({ kind: "status", status: 500 });
    const body = { text: STORY, kind: "values" };
    const first = await app.inject({ method: "POST", url: "/api/second-opinion", payload: body });
    expect(first.statusCode).toBe(502);
    const asked = fake.requests.length;

    const second = await app.inject({ method: "POST", url: "/api/second-opinion", payload: body });
    expect(second.statusCode).toBe(429);
    expect(second.headers["retry-after"]).toBe("720");
    expect(second.json<{ error: { message: string } }>().error.message).toBe(
      "You have asked the language model 1 time this hour, the limit on this server. " +
        "Try again in 12 minutes.",
    );
    expect(fake.requests.length).toBe(asked);
  });

  it("gives back a second opinion's model call when the analysis limit refuses the request", async () => {
    const model = await loadLanguageModel({
      kind: "openai-compatible",
      baseUrl: fake.baseUrl,
      model: "fake",
    });
    const app = await appFor(await makeUser(database.db), {
      limits: { ...NO_LIMITS, llmCallsPerHour: 1, analysesPerHour: 1 },
      llm: model && { ...model, timeoutMs: 2000 },
    });
    // The hour's one analysis, used up by the coach alone.
    expect((await analyze(app)).statusCode).toBe(200);
    const body = { text: STORY, kind: "values" };
    const refused = await app.inject({ method: "POST", url: "/api/second-opinion", payload: body });
    expect(refused.statusCode).toBe(429);
    expect(refused.json<{ error: { message: string } }>().error.message).toContain(
      "run 1 analysis",
    );
    // Refused, it cost no model call: the next hour's analysis is the only thing it waits for.
    clock = new Date("2026-12-04T21:59:00Z");
    const again = await app.inject({ method: "POST", url: "/api/second-opinion", payload: body });
    expect(again.json<{ error: { message: string } }>().error.message).toContain("run 1 analysis");
  });
});
