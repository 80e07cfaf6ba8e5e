import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DesignSessionList, DesignSessionView } from "../../../core/api/design-sessions.ts";
import { SHIPPED_CONTENT_DIR } from "../../../node/content/content-dir.ts";
import { loadPacks } from "../../../node/content/load-packs.ts";
import { openDatabase, type Database } from "../../../node/db/database.ts";
import { testApp } from "../../../../tests/support/test-app.ts";

const QUESTION = "design-ai-api-rate-limiting";
const DESIGN = `## Requirements
- Each customer key must be limited on tokens per minute as well as requests per minute.

## Estimation
- 50 million requests a day is about 580 per second; at a 5x peak that is 2,900 requests per second.

## Failure modes
- If the Redis counter store is unreachable, the gateway fails open for paid tiers using its local buckets.
`;
// A box labelled "Redis" bound to an arrow from a box labelled "Gateway", as the editor keeps them.
const DIAGRAM = JSON.stringify([
  { id: "a", type: "rectangle", x: 0, y: 0, width: 100, height: 40 },
  { id: "t1", type: "text", text: "Gateway", originalText: "Gateway", containerId: "a" },
  { id: "b", type: "rectangle", x: 300, y: 0, width: 100, height: 40 },
  { id: "t2", type: "text", text: "Redis", originalText: "Redis", containerId: "b" },
  { id: "arrow", type: "arrow", startBinding: { elementId: "a" }, endBinding: { elementId: "b" } },
]);

let database: Database;
let app: FastifyInstance;
let clock = new Date("2026-12-05T10:00:00Z");

beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
  const packs = await loadPacks(SHIPPED_CONTENT_DIR);
  if (!packs.ok) throw new Error("the shipped content does not validate");
  app = await testApp(database, { packs: packs.value, now: () => clock });
});

beforeEach(() => {
  clock = new Date("2026-12-05T10:00:00Z");
});

afterAll(async () => {
  await app.close();
  await database.close();
});

async function start(payload: object = { questionId: QUESTION }): Promise<DesignSessionView> {
  const response = await app.inject({ method: "POST", url: "/api/design-sessions", payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<DesignSessionView>();
}

function saveDraft(id: string, payload: object) {
  return app.inject({ method: "PUT", url: `/api/design-sessions/${id}/draft`, payload });
}

describe("timed design sessions", () => {
  it("starts on the server's clock with each step's budget and the template as the draft", async () => {
    const session = await start();
    expect(session).toMatchObject({
      questionId: QUESTION,
      minutes: 45,
      status: "active",
      startedAt: "2026-12-05T10:00:00.000Z",
      deadlineAt: "2026-12-05T10:45:00.000Z",
      remainingMs: 45 * 60_000,
      review: null,
    });
    expect(session.steps.map((step) => step.minutes)).toEqual([5, 5, 5, 5, 10, 8, 4, 3]);
    expect(session.text).toContain("## Requirements");
    const short = await start({ questionId: QUESTION, minutes: 30 });
    expect(short.steps.reduce((sum, step) => sum + step.minutes, 0)).toBe(30);
  });

  it("keeps the draft across requests, reviews it once on submit, and keeps the review", async () => {
    const session = await start();
    expect((await saveDraft(session.id, { text: DESIGN })).statusCode).toBe(200);
    expect((await saveDraft(session.id, { diagram: DIAGRAM })).statusCode).toBe(200);
    clock = new Date("2026-12-05T10:20:00Z");
    const read = await app.inject({ method: "GET", url: `/api/design-sessions/${session.id}` });
    expect(read.json<DesignSessionView>()).toMatchObject({
      text: DESIGN,
      diagram: DIAGRAM,
      remainingMs: 25 * 60_000,
    });

    const submitted = await app.inject({
      method: "POST",
      url: `/api/design-sessions/${session.id}/submit`,
    });
    expect(submitted.statusCode).toBe(200);
    const done = submitted.json<DesignSessionView>();
    expect(done.status).toBe("submitted");
    expect(done.review?.overall).toBeGreaterThanOrEqual(1);
    const requirements = done.review?.steps.find((step) => step.step === "requirements");
    expect(requirements?.found.length).toBeGreaterThan(0);

    // Closed: the draft no longer changes, and a second submit is refused.
    const late = await saveDraft(session.id, { text: "rewritten after the review" });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: "design-over" } });
    const again = await app.inject({
      method: "POST",
      url: `/api/design-sessions/${session.id}/submit`,
    });
    expect(again.statusCode).toBe(409);
    const kept = await app.inject({ method: "GET", url: `/api/design-sessions/${session.id}` });
    expect(kept.json<DesignSessionView>().text).toBe(DESIGN);

    const list = await app.inject({ method: "GET", url: "/api/design-sessions" });
    const listed = list.json<DesignSessionList>().sessions.find((s) => s.id === session.id);
    expect(listed).toMatchObject({ status: "submitted", prompt: expect.any(String) as string });
    expect(listed).not.toHaveProperty("text");
  });

  it("stops taking the draft when time is up, and still takes the submit once", async () => {
    const session = await start({ questionId: QUESTION, minutes: 15 });
    expect((await saveDraft(session.id, { text: DESIGN })).statusCode).toBe(200);
    clock = new Date("2026-12-05T10:15:00Z");
    const late = await saveDraft(session.id, { text: "one more line" });
    expect(late.statusCode).toBe(409);
    const read = await app.inject({ method: "GET", url: `/api/design-sessions/${session.id}` });
    expect(read.json<DesignSessionView>()).toMatchObject({ remainingMs: 0, text: DESIGN });
    const submitted = await app.inject({
      method: "POST",
      url: `/api/design-sessions/${session.id}/submit`,
    });
    expect(submitted.statusCode).toBe(200);
  });

  it("reviews a draft whose diagram is not a list of elements on its text alone", async () => {
    const session = await start();
    await saveDraft(session.id, { text: DESIGN, diagram: '{"not": "a list"}' });
    const submitted = await app.inject({
      method: "POST",
      url: `/api/design-sessions/${session.id}/submit`,
    });
    expect(submitted.statusCode).toBe(200);
  });

  it.each([
    [{ questionId: QUESTION, minutes: 5 }, "minutes"],
    [{ questionId: QUESTION, minutes: 45.5 }, "minutes"],
    [{ questionId: QUESTION, extra: true }, "extra"],
    [{}, "questionId"],
  ])("refuses the start %j with a 400 naming %s", async (payload, field) => {
    const response = await app.inject({ method: "POST", url: "/api/design-sessions", payload });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(field);
  });

  it("answers 404 for a question that is not a design one, and for unknown sessions", async () => {
    const behavioral = await app.inject({
      method: "POST",
      url: "/api/design-sessions",
      payload: { questionId: "behavioral-owned" },
    });
    expect(behavioral.statusCode).toBe(404);
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-an-id"]) {
      expect(
        (await app.inject({ method: "GET", url: `/api/design-sessions/${id}` })).statusCode,
      ).toBe(404);
      expect((await saveDraft(id, { text: "x" })).statusCode).toBe(404);
      expect(
        (await app.inject({ method: "POST", url: `/api/design-sessions/${id}/submit` })).statusCode,
      ).toBe(404);
    }
  });

  it("refuses an empty draft and an oversized one with a 400", async () => {
    const session = await start();
    expect((await saveDraft(session.id, {})).statusCode).toBe(400);
    const huge = await saveDraft(session.id, { text: "x".repeat(30_001) });
    expect(huge.statusCode).toBe(400);
    expect(huge.body).toContain("text");
  });
});
