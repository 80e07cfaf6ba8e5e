import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../../tests/support/factories.ts";
import { testApp } from "../../../../tests/support/test-app.ts";
import type { AnalyzeResponse } from "../../../core/api/analyze.ts";
import type { PracticeAttempt, PracticeAttemptList } from "../../../core/api/practice-attempts.ts";
import { openDatabase, type Database } from "../../../node/db/database.ts";
import { ensureLocalUser } from "../../../node/db/users-repository.ts";

interface ErrorReply {
  error: { code: string; message: string };
}

const ANSWER =
  "In March 2024 I pushed back on shipping our ranking change to 40% of traffic before the bias " +
  "audit finished. I lost: my director shipped it. I felt sick in that meeting and angry for a " +
  "week. Two weeks later the audit found a 7% gap for new users and we rolled back. I learned to " +
  "bring the data earlier; next time I would write the risk down before the meeting.";
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

let database: Database;
let app: FastifyInstance;
let othersApp: FastifyInstance;

beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
  app = await testApp(database, { user: await ensureLocalUser(database.db) });
  // A second user over the same database, who must never reach the first one's attempts.
  othersApp = await testApp(database, { user: await makeUser(database.db) });
});

afterAll(async () => {
  await othersApp.close();
  await app.close();
  await database.close();
});

async function analyze(payload: object, on = app): Promise<AnalyzeResponse> {
  const response = await on.inject({ method: "POST", url: "/api/analyze", payload });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<AnalyzeResponse>();
}

async function list(query = "", on = app): Promise<PracticeAttemptList> {
  const response = await on.inject({ method: "GET", url: `/api/practice-attempts${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<PracticeAttemptList>();
}

describe("the practice history", () => {
  it("keeps an analysed answer and opens it with its full analysis", async () => {
    const analysis = await analyze({
      text: ANSWER,
      kind: "values",
      questionId: "behavioral-owned",
    });
    expect(analysis.attemptId).toEqual(expect.any(String));

    const response = await app.inject({
      method: "GET",
      url: `/api/practice-attempts/${analysis.attemptId ?? ""}`,
    });
    expect(response.statusCode).toBe(200);
    const attempt = response.json<PracticeAttempt>();
    const { attemptId, ...withoutId } = analysis;
    expect(attempt).toMatchObject({
      id: attemptId,
      questionId: "behavioral-owned",
      kind: "values",
      answer: ANSWER,
      analysis: withoutId,
    });
    // The bank's own prompt is kept, so the history can show what was answered.
    expect(attempt.question).toMatch(/\S/);
  });

  it("keeps nothing when the request opts out", async () => {
    const before = await list("?limit=100");
    const analysis = await analyze({ text: ANSWER, kind: "values", record: false });
    expect(analysis).not.toHaveProperty("attemptId");
    expect((await list("?limit=100")).attempts).toEqual(before.attempts);
  });

  it("lists the user's attempts at one question newest first, a page at a time", async () => {
    const question = "values-honest-mistake";
    const ids: string[] = [];
    for (const take of ["one", "two", "three"]) {
      const analysis = await analyze({
        text: `${ANSWER} Take ${take}.`,
        kind: "values",
        questionId: question,
      });
      ids.push(analysis.attemptId ?? "");
    }
    await analyze({ text: ANSWER, kind: "behavioral", question: "My own question?" });

    const first = await list(`?questionId=${question}&limit=2`);
    expect(first.attempts.map((attempt) => attempt.id)).toEqual([ids[2], ids[1]]);
    expect(first.nextBefore).toBe(ids[1]);
    const second = await list(`?questionId=${question}&limit=2&before=${first.nextBefore ?? ""}`);
    expect(second.attempts.map((attempt) => attempt.id)).toEqual([ids[0]]);
    expect(second.nextBefore).toBeNull();

    const [newest] = first.attempts;
    expect(Object.keys(newest ?? {}).sort()).toEqual(
      ["createdAt", "excerpt", "id", "kind", "overall", "question", "questionId", "readsAs"].sort(),
    );
    expect(newest?.excerpt.length).toBeLessThan(ANSWER.length);
    const all = await list();
    expect(all.attempts[0]).toMatchObject({ questionId: null, question: "My own question?" });
  });

  it("deletes an attempt, after which it is gone", async () => {
    const { attemptId } = await analyze({ text: ANSWER, kind: "values" });
    const url = `/api/practice-attempts/${attemptId ?? ""}`;
    expect((await app.inject({ method: "DELETE", url })).statusCode).toBe(204);
    expect((await app.inject({ method: "GET", url })).statusCode).toBe(404);
    expect((await app.inject({ method: "DELETE", url })).statusCode).toBe(404);
  });

  it("answers another user's attempt with 404, as an unknown id, and lists none of it", async () => {
    const { attemptId } = await analyze({ text: ANSWER, kind: "values" });
    const url = `/api/practice-attempts/${attemptId ?? ""}`;
    for (const method of ["GET", "DELETE"] as const) {
      const theirs = await othersApp.inject({ method, url });
      expect(theirs.statusCode, method).toBe(404);
      expect(theirs.json<ErrorReply>().error.code).toBe("not-found");
      const unknown = await othersApp.inject({
        method,
        url: `/api/practice-attempts/${UNKNOWN_ID}`,
      });
      expect(unknown.statusCode, method).toBe(404);
    }
    expect((await list("", othersApp)).attempts).toEqual([]);
    expect((await list(`?before=${attemptId ?? ""}`, othersApp)).attempts).toEqual([]);
    expect((await app.inject({ method: "GET", url })).statusCode).toBe(200);
  });

  it.each([
    ["GET", "/api/practice-attempts/not-an-id", "params.id"],
    ["DELETE", "/api/practice-attempts/42", "params.id"],
    ["GET", "/api/practice-attempts?before=yesterday", "querystring.before"],
    ["GET", "/api/practice-attempts?limit=0", "querystring.limit"],
    ["GET", "/api/practice-attempts?limit=1000", "querystring.limit"],
    ["GET", "/api/practice-attempts?limit=ten", "querystring.limit"],
    ["GET", "/api/practice-attempts?sort=oldest", "querystring"],
  ] as const)("refuses %s %s with a 400 naming the field", async (method, url, field) => {
    const response = await app.inject({ method, url });
    expect(response.statusCode).toBe(400);
    const body = response.json<ErrorReply>();
    expect(body.error.code).toBe("invalid-request");
    expect(body.error.message).toContain(field);
  });

  it("refuses an unknown question id or a keep that is not true or false", async () => {
    const unknown = await app.inject({
      method: "POST",
      url: "/api/analyze",
      payload: { text: ANSWER, kind: "values", questionId: "no-such-question" },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ErrorReply>().error.message).toContain("body.questionId");
    const keep = await app.inject({
      method: "POST",
      url: "/api/analyze",
      payload: { text: ANSWER, kind: "values", record: "no" },
    });
    expect(keep.statusCode).toBe(400);
    expect(keep.json<ErrorReply>().error.message).toContain("body.record");
  });

  it("keeps nothing for an answer it refuses", async () => {
    const before = await list("?limit=100");
    const empty = await app.inject({
      method: "POST",
      url: "/api/analyze",
      payload: { text: "   ", kind: "values" },
    });
    expect(empty.statusCode).toBe(400);
    expect((await list("?limit=100")).attempts).toEqual(before.attempts);
  });
});
