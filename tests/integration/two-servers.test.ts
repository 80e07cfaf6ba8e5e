// Several stateless app servers on one PostgreSQL (issue 14): whichever server a request reaches,
// the session, the interview and the data are the same, because all of it lives in the database.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/node/db/database.ts";
import type { UsageLimitsConfig } from "../../src/server/limits/usage-limits.ts";
import { buildAccountsApp, signUp, type SignedIn } from "../support/accounts-app.ts";
import { storyBody } from "../support/story-app.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../support/test-database.ts";

const postgres = DATABASE_TARGETS.find((target) => target.name === "PostgreSQL");

describe.skipIf(postgres === undefined)("two app servers on one PostgreSQL", () => {
  let database: TestDatabase;
  let secondConnection: Database;
  let one: FastifyInstance;
  let two: FastifyInstance;

  beforeAll(async () => {
    if (postgres === undefined) return;
    database = await postgres.open();
    secondConnection = await database.openAnother();
    one = await buildAccountsApp(database);
    two = await buildAccountsApp(secondConnection);
  });

  afterAll(async () => {
    await Promise.all([one.close(), two.close()]);
    // Closes the second connection too (test-database.ts keeps it).
    await database.dispose();
  });

  function send(
    server: FastifyInstance,
    who: SignedIn,
    method: "GET" | "POST",
    url: string,
    payload?: object,
  ) {
    return server.inject({
      method,
      url,
      headers: { cookie: who.cookie, origin: "http://localhost" },
      ...(payload === undefined ? {} : { payload }),
    });
  }

  it("honours a session made on one server on the other, and ends it on both at sign-out", async () => {
    const ada = await signUp(one);
    expect((await send(two, ada, "GET", "/api/stories")).statusCode).toBe(200);

    const signOut = await send(two, ada, "POST", "/api/auth/sign-out", {});
    expect(signOut.statusCode).toBe(200);
    expect((await send(one, ada, "GET", "/api/stories")).statusCode).toBe(401);
    expect((await send(two, ada, "GET", "/api/stories")).statusCode).toBe(401);
  });

  it("continues an interview started on one server on the other", async () => {
    const ada = await signUp(two);
    const started = await send(one, ada, "POST", "/api/interviews", { round: "values" });
    expect(started.statusCode).toBe(201);
    const { id } = started.json<{ id: string }>();

    const answer =
      "Last year I shipped a migration that dropped a column we still read. I caught it in the " +
      "logs an hour later, told my lead, rolled it back myself and wrote the check that now stops it.";
    const answered = await send(two, ada, "POST", `/api/interviews/${id}/answers`, {
      text: answer,
    });
    expect(answered.statusCode).toBe(200);

    const fromOne = await send(one, ada, "GET", `/api/interviews/${id}`);
    const fromTwo = await send(two, ada, "GET", `/api/interviews/${id}`);
    // The same transcript from both; only each server's own clock reading differs.
    const withoutClock = (body: Record<string, unknown>) => ({ ...body, serverTime: undefined });
    expect(withoutClock(fromOne.json())).toEqual(withoutClock(fromTwo.json()));
    const turns = fromOne.json<{ turns: { answer?: { text: string } }[] }>().turns;
    expect(turns[0]?.answer?.text).toBe(answer);

    // The same answer again, through the first server, is refused: the turn is no longer open.
    const again = await send(one, ada, "POST", `/api/interviews/${id}/answers`, {
      text: answer,
      turn: 0,
    });
    expect(again.statusCode).toBe(409);
  });

  it("shows a story saved through one server on the other, and to nobody else on either", async () => {
    const ada = await signUp(one);
    const bo = await signUp(two);
    const saved = await send(one, ada, "POST", "/api/stories", storyBody());
    expect(saved.statusCode).toBe(201);
    const { id } = saved.json<{ story: { id: string } }>().story;
    expect((await send(two, ada, "GET", `/api/stories/${id}`)).statusCode).toBe(200);
    for (const server of [one, two]) {
      expect((await send(server, bo, "GET", `/api/stories/${id}`)).statusCode).toBe(404);
    }
  });

  it("holds a limit across both servers when half the requests reach each", async () => {
    const limits: UsageLimitsConfig = {
      analysesPerHour: 4,
      llmCallsPerHour: undefined,
      signUpsPerAddressPerHour: undefined,
      signIn: { perEmail: 4, perAddress: undefined, windowMinutes: 15 },
    };
    // Both servers read one fixed clock, so no window ends half-way through the test.
    const now = () => new Date("2026-12-04T21:50:00Z");
    const [limitedOne, limitedTwo] = await Promise.all([
      buildAccountsApp(database, { limits, now }),
      buildAccountsApp(secondConnection, { limits, now }),
    ]);
    try {
      const ada = await signUp(limitedOne);
      const body = {
        text: "I rolled the migration back myself and wrote the check.",
        kind: "values",
      };
      for (const server of [limitedOne, limitedTwo, limitedOne, limitedTwo]) {
        expect((await send(server, ada, "POST", "/api/analyze", body)).statusCode).toBe(200);
      }
      for (const server of [limitedOne, limitedTwo]) {
        const refused = await send(server, ada, "POST", "/api/analyze", body);
        expect(refused.statusCode).toBe(429);
        expect(refused.headers["retry-after"]).toBe("600");
      }

      const signIn = (server: FastifyInstance, password: string) =>
        server.inject({
          method: "POST",
          url: "/api/auth/sign-in/email",
          payload: { email: ada.email, password },
        });
      for (const server of [limitedTwo, limitedOne, limitedTwo, limitedOne]) {
        expect((await signIn(server, "not the password")).statusCode).toBe(401);
      }
      for (const server of [limitedOne, limitedTwo]) {
        expect((await signIn(server, ada.password)).statusCode).toBe(429);
      }
    } finally {
      await Promise.all([limitedOne.close(), limitedTwo.close()]);
    }
  });
});
