import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../../tests/support/factories.ts";
import { storyBody } from "../../../../tests/support/story-app.ts";
import { testApp } from "../../../../tests/support/test-app.ts";
import { DIMENSIONS, type Analysis } from "../../../core/analysis/index.ts";
import type { Progress } from "../../../core/api/progress.ts";
import { changeOverTime } from "../../../core/stats/change-over-time.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../../tests/support/test-database.ts";

interface ErrorReply {
  error: { code: string; message: string };
}

const WEAK = "We did the project and it went well. The team was great and we all learned a lot.";
const STRONG =
  "In March 2024 I pushed back on shipping our ranking change to 40% of traffic before the bias " +
  "audit finished. I lost: my director shipped it. I felt sick in that meeting and angry for a " +
  "week. Two weeks later the audit found a 7% gap for new users and we rolled back. I learned to " +
  "bring the data earlier; next time I would write the risk down before the meeting.";

let database: TestDatabase;
let app: FastifyInstance;

/** A fresh user's app, so each test reads a history it made itself. */
async function freshUser(): Promise<FastifyInstance> {
  return testApp(database, { user: await makeUser(database.db) });
}

async function progressOf(target: FastifyInstance): Promise<Progress> {
  const response = await target.inject({ method: "GET", url: "/api/progress" });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Progress>();
}

async function analyze(target: FastifyInstance, text: string, record?: boolean) {
  const response = await target.inject({
    method: "POST",
    url: "/api/analyze",
    payload: { text, kind: "behavioral", ...(record === undefined ? {} : { record }) },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Analysis>();
}

describe.each(DATABASE_TARGETS)("GET /api/progress on $name", ({ open }) => {
  beforeAll(async () => {
    database = await open();
    app = await freshUser();
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it("answers an empty history with n = 0 everywhere and no change", async () => {
    const progress = await progressOf(app);
    expect(progress.attempts).toBe(0);
    for (const dimension of DIMENSIONS) {
      expect(progress.dimensions[dimension]).toEqual({ n: 0, points: [], change: null });
    }
    expect(progress).toMatchObject({
      sources: { practice: 0, interview: 0, story: 0 },
      flags: [],
      rounds: [],
      recent: [],
    });
  });

  it("counts practice attempts, interview answers and story versions, oldest point first", async () => {
    const analyses = [];
    for (const text of [WEAK, WEAK, WEAK, STRONG, STRONG, STRONG]) {
      analyses.push(await analyze(app, text));
    }
    await analyze(app, STRONG, false);

    const started = await app.inject({
      method: "POST",
      url: "/api/interviews",
      payload: { round: "behavioral" },
    });
    expect(started.statusCode).toBe(201);
    const interview = started.json<{ id: string; turn: { text: string } }>();
    const answered = await app.inject({
      method: "POST",
      url: `/api/interviews/${interview.id}/answers`,
      payload: { text: STRONG },
    });
    expect(answered.statusCode).toBe(200);
    const interviewAnalysis = answered.json<{ analysis: Analysis }>().analysis;

    const created = await app.inject({ method: "POST", url: "/api/stories", payload: storyBody() });
    expect(created.statusCode).toBe(201);
    const story = created.json<{ story: { id: string; title: string } }>().story;
    const edited = await app.inject({
      method: "PUT",
      url: `/api/stories/${story.id}`,
      payload: storyBody({ text: `${String(storyBody()["text"])} I still think about it.` }),
    });
    expect(edited.statusCode, edited.body).toBe(200);

    const progress = await progressOf(app);
    expect(progress.attempts).toBe(9);
    expect(progress.sources).toEqual({ practice: 6, interview: 1, story: 2 });
    const ownership = progress.dimensions.ownership;
    expect(ownership.n).toBe(9);
    expect(ownership.points.map((point) => point.score).slice(0, 7)).toEqual([
      ...analyses.map((analysis) => analysis.dimensions.ownership),
      interviewAnalysis.dimensions.ownership,
    ]);
    const times = ownership.points.map((point) => Date.parse(point.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // The change is the seeded bootstrap of exactly these points.
    expect(ownership.change).toEqual(
      changeOverTime(ownership.points.map((point) => point.score)).change,
    );

    expect(progress.rounds).toEqual([
      {
        round: "behavioral",
        interviews: 1,
        questions: [interview.turn.text],
        overall: { mean: interviewAnalysis.overall, n: 1 },
      },
    ]);
    expect(progress.recent[0]).toMatchObject({ source: "story", id: story.id });
    expect(progress.recent.filter((item) => item.source === "practice")).toHaveLength(6);

    const weakFlags = new Set(analyses[0]?.flags.map((flag) => flag.code));
    const [mostRaised] = progress.flags;
    expect(mostRaised?.n).toBeGreaterThanOrEqual(3);
    expect(weakFlags.has(mostRaised?.code ?? "vague")).toBe(true);
    expect(mostRaised?.weeks.reduce((total, week) => total + week.attempts, 0)).toBe(9);
  });

  it("never shows another user's history", async () => {
    const other = await freshUser();
    try {
      await analyze(other, STRONG);
      const before = await progressOf(app);
      await analyze(other, WEAK);
      expect(await progressOf(app)).toEqual(before);
      expect((await progressOf(other)).attempts).toBe(2);
    } finally {
      await other.close();
    }
  });

  it("refuses an unknown parameter with a 400 naming it", async () => {
    const response = await app.inject({ method: "GET", url: "/api/progress?since=2024" });
    expect(response.statusCode).toBe(400);
    const body = response.json<ErrorReply>();
    expect(body.error.code).toBe("invalid-request");
    expect(body.error.message).toContain("querystring");
  });
});
