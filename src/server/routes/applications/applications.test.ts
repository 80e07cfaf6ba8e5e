import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../../tests/support/factories.ts";
import { testApp } from "../../../../tests/support/test-app.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../../tests/support/test-database.ts";
import type { Application, ApplicationList } from "../../../core/api/applications.ts";
import type { Plan } from "../../../core/api/plan.ts";

interface ErrorReply {
  error: { code: string; message: string; details?: unknown };
}

const LOOP = {
  company: "Anthropic",
  role: "Research engineer",
  stages: [
    { round: "recruiter", date: "2026-11-20", done: true },
    { round: "hiring-manager", date: "2026-12-05" },
    { round: "values", date: "2026-12-09" },
  ],
  nextStep: "Send the project write-up to the hiring manager",
  notes: "They asked about the eval harness twice.",
};

const VAGUE =
  "We worked on a hard project and it went fine in the end. The team handled it together and " +
  "everyone learned a lot about working well with each other.";
const SPECIFIC =
  "In March 2024 I pushed back on shipping our ranking change to 40% of traffic before the bias " +
  "audit finished. I lost: my director shipped it. I felt sick in that meeting and angry for a " +
  "week. Two weeks later the audit found a 7% gap for new users and we rolled back. I learned to " +
  "bring the data earlier; next time I would write the risk down before the meeting.";

let database: TestDatabase;

async function freshUser(): Promise<FastifyInstance> {
  return testApp(database, { user: await makeUser(database.db) });
}

async function create(app: FastifyInstance, body: object = LOOP): Promise<Application> {
  const response = await app.inject({ method: "POST", url: "/api/applications", payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Application>();
}

async function planOf(app: FastifyInstance, query = "today=2026-12-01"): Promise<Plan> {
  const response = await app.inject({ method: "GET", url: `/api/plan?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Plan>();
}

async function analyze(app: FastifyInstance, text: string): Promise<void> {
  const response = await app.inject({
    method: "POST",
    url: "/api/analyze",
    payload: { text, kind: "behavioral" },
  });
  expect(response.statusCode, response.body).toBe(200);
}

describe.each(DATABASE_TARGETS)("the application tracker and the plan on $name", ({ open }) => {
  beforeAll(async () => {
    database = await open();
  });
  afterAll(async () => {
    await database.dispose();
  });

  it("creates, lists, reads, edits and deletes an application", async () => {
    const app = await freshUser();
    const created = await create(app);
    expect(created).toMatchObject({
      company: "Anthropic",
      status: "active",
      version: 1,
      stages: [
        { round: "recruiter", date: "2026-11-20", done: true },
        { round: "hiring-manager", date: "2026-12-05", done: false },
        { round: "values", date: "2026-12-09", done: false },
      ],
    });
    const list = await app.inject({ method: "GET", url: "/api/applications" });
    expect(list.json<ApplicationList>().applications.map((a) => a.id)).toEqual([created.id]);

    const edited = await app.inject({
      method: "PUT",
      url: `/api/applications/${created.id}`,
      payload: { ...LOOP, status: "offer", version: 1 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<Application>()).toMatchObject({ status: "offer", version: 2 });
    const read = await app.inject({ method: "GET", url: `/api/applications/${created.id}` });
    expect(read.json<Application>()).toMatchObject({ status: "offer", version: 2 });

    const deleted = await app.inject({ method: "DELETE", url: `/api/applications/${created.id}` });
    expect(deleted.statusCode).toBe(204);
    const gone = await app.inject({ method: "GET", url: `/api/applications/${created.id}` });
    expect(gone.statusCode).toBe(404);
    await app.close();
  });

  it("of two tabs saving the same version, keeps one and tells the other to reload", async () => {
    const app = await freshUser();
    const created = await create(app);
    const [first, second] = await Promise.all(
      ["Research engineer, interpretability", "Research engineer, evals"].map((role) =>
        app.inject({
          method: "PUT",
          url: `/api/applications/${created.id}`,
          payload: { ...LOOP, role, version: 1 },
        }),
      ),
    );
    const statuses = [first?.statusCode, second?.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const refused = [first, second].find((response) => response?.statusCode === 409);
    expect(refused?.json<ErrorReply>().error).toMatchObject({
      code: "edited-elsewhere",
      details: { version: 2 },
    });
    const saved = [first, second].find((response) => response?.statusCode === 200);
    const read = await app.inject({ method: "GET", url: `/api/applications/${created.id}` });
    expect(read.json<Application>().role).toBe(saved?.json<Application>().role);
    await app.close();
  });

  it.each([
    ["no company", { ...LOOP, company: "  " }, "body.company: must name the company"],
    ["a bad date", { ...LOOP, stages: [{ round: "values", date: "2026-02-30" }] }, "YYYY-MM-DD"],
    ["an unknown round", { ...LOOP, stages: [{ round: "lunch" }] }, "must be one of"],
    [
      "a round twice",
      { ...LOOP, stages: [{ round: "values" }, { round: "values" }] },
      "lists a round twice",
    ],
    ["an unknown field", { ...LOOP, salary: 1 }, "salary"],
    ["notes too long", { ...LOOP, notes: "x".repeat(5_001) }, "5,000 characters"],
  ])("refuses %s with a message naming it, and keeps nothing", async (_, body, message) => {
    const app = await freshUser();
    const response = await app.inject({ method: "POST", url: "/api/applications", payload: body });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorReply>().error.message).toContain(message);
    const list = await app.inject({ method: "GET", url: "/api/applications" });
    expect(list.json<ApplicationList>().applications).toEqual([]);
    await app.close();
  });

  it("refuses broken JSON and a NUL in the notes with a 400", async () => {
    const app = await freshUser();
    const broken = await app.inject({
      method: "POST",
      url: "/api/applications",
      headers: { "content-type": "application/json" },
      payload: '{"company": "Anthropic"',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json<ErrorReply>().error.code).toBe("invalid-json");
    const nul = await app.inject({
      method: "POST",
      url: "/api/applications",
      payload: { ...LOOP, notes: "a\u0000b" },
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json<ErrorReply>().error.message).toContain("NUL");
    await app.close();
  });

  it("answers 404 for another user's application, to read, edit or delete, and leaves it be", async () => {
    const alice = await freshUser();
    const bob = await freshUser();
    const hers = await create(alice);
    for (const [method, payload] of [
      ["GET", undefined],
      ["PUT", { ...LOOP, company: "Mine now", version: 1 }],
      ["DELETE", undefined],
    ] as const) {
      const response = await bob.inject({
        method,
        url: `/api/applications/${hers.id}`,
        ...(payload === undefined ? {} : { payload }),
      });
      expect(response.statusCode, method).toBe(404);
    }
    const list = await bob.inject({ method: "GET", url: "/api/applications" });
    expect(list.json<ApplicationList>().applications).toEqual([]);
    const still = await alice.inject({ method: "GET", url: `/api/applications/${hers.id}` });
    expect(still.json<Application>().company).toBe("Anthropic");
    const malformed = await bob.inject({ method: "GET", url: "/api/applications/not-an-id" });
    expect(malformed.statusCode).toBe(400);
    await alice.close();
    await bob.close();
  });

  it("plans the days up to the loop's rounds, from the candidate's date", async () => {
    const app = await freshUser();
    await create(app);
    const plan = await planOf(app);
    expect(plan.today).toBe("2026-12-01");
    expect(plan.stagesAhead.map((stage) => stage.round)).toEqual(["hiring-manager", "values"]);
    expect(plan.days.map((day) => day.date).at(-1)).toBe("2026-12-09");
    expect(plan.days[4]?.items[0]).toMatchObject({ kind: "stage", company: "Anthropic" });
    expect(plan.analysesRead).toBe(0);
    const bad = await app.inject({ method: "GET", url: "/api/plan?today=tomorrow" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorReply>().error.message).toContain("querystring.today");
    const tooLong = await app.inject({ method: "GET", url: "/api/plan?days=400" });
    expect(tooLong.statusCode).toBe(400);
    await app.close();
  });

  it("changes the plan when a weak area improves", async () => {
    const app = await freshUser();
    for (let i = 0; i < 6; i++) await analyze(app, VAGUE);
    const before = await planOf(app, "today=2026-12-01&days=14");
    const weakest = before.levels[0];
    expect(weakest?.n).toBe(6);
    const focus = (plan: Plan) =>
      plan.days.flatMap((day) => day.items.flatMap((item) => item.dimension ?? []));
    const weakDays = focus(before).filter((dimension) => dimension === weakest?.dimension);
    expect(weakDays.length).toBeGreaterThanOrEqual(3);

    for (let i = 0; i < 10; i++) await analyze(app, SPECIFIC);
    const after = await planOf(app, "today=2026-12-01&days=14");
    const sameDimension = after.levels.find((level) => level.dimension === weakest?.dimension);
    expect(sameDimension?.mean).toBeGreaterThan(weakest?.mean ?? 5);
    expect(sameDimension?.share).toBeLessThan(weakest?.share ?? 0);
    const laterDays = focus(after).filter((dimension) => dimension === weakest?.dimension);
    expect(laterDays.length).toBeLessThan(weakDays.length);
    await app.close();
  });
});
