import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../../tests/support/factories.ts";
import type {
  AssessmentReport,
  AssessmentSummary,
  SessionSummary,
  SessionView,
  UnlockedLevelView,
} from "../../../core/assessments/index.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../../tests/support/test-database.ts";
import type { User } from "../../../node/db/users-repository.ts";
import { testApp } from "../../../../tests/support/test-app.ts";

interface ErrorReply {
  error: { code: string; message: string; details?: unknown };
}

const START = new Date("2026-11-23T10:00:00.000Z");
const MINUTE = 60_000;
/** The clock of the apps built with `clocked`; tests move it forward. */
let clock = START;

describe.each(DATABASE_TARGETS)("the assessments API on $name", ({ open }) => {
  let database: TestDatabase;
  /** Alice's app on the real clock. */
  let app: FastifyInstance;
  /** Alice's app on the test clock. */
  let clocked: FastifyInstance;
  /** Bob's app: a second user over the same database. */
  let bobApp: FastifyInstance;

  beforeAll(async () => {
    database = await open();
    const alice = await makeUser(database.db);
    const bob = await makeUser(database.db);
    const appFor = (user: User, now?: () => Date) =>
      testApp(database, {
        user: user,
        ...(now === undefined ? {} : { now }),
      });
    app = await appFor(alice);
    clocked = await appFor(alice, () => clock);
    bobApp = await appFor(bob);
  });

  afterAll(async () => {
    await Promise.all([app.close(), clocked.close(), bobApp.close()]);
    await database.dispose();
  });

  async function start(
    on: FastifyInstance = app,
    assessment = "bank-system",
    language = "js",
  ): Promise<SessionView> {
    const response = await on.inject({
      method: "POST",
      url: `/api/assessments/${assessment}/sessions`,
      payload: { language },
    });
    expect(response.statusCode).toBe(201);
    return response.json<SessionView>();
  }

  function submit(on: FastifyInstance, id: string, level: number, passed: number, total: number) {
    return on.inject({
      method: "POST",
      url: `/api/assessment-sessions/${id}/results`,
      payload: { level, passed, total },
    });
  }

  function unlocked(view: SessionView, level: number): UnlockedLevelView {
    const found = view.levels.find((entry) => entry.level === level);
    if (found?.unlocked !== true) throw new Error(`level ${String(level)} is locked`);
    return found;
  }

  describe("the assessments list", () => {
    it("lists each assessment with its levels, and no spec or tests", async () => {
      const response = await app.inject({ method: "GET", url: "/api/assessments" });
      expect(response.statusCode).toBe(200);
      const { assessments } = response.json<{ assessments: AssessmentSummary[] }>();
      const bank = assessments.find((entry) => entry.id === "bank-system");
      expect(bank).toMatchObject({ title: "Bank System", durationMinutes: 90 });
      expect(bank?.levels.map((level) => level.weight)).toEqual([1, 2, 3, 4]);
      expect(JSON.stringify(assessments)).not.toContain("createAccount(1");
    });
  });

  describe("a session", () => {
    it("starts on the server's clock with level 1 open and the rest only as titles", async () => {
      clock = START;
      const session = await start(clocked, "kv-store", "py");
      expect(session).toMatchObject({
        assessmentId: "kv-store",
        language: "py",
        status: "active",
        startedAt: START.toISOString(),
        deadlineAt: new Date(START.getTime() + 90 * MINUTE).toISOString(),
        remainingMs: 90 * MINUTE,
        currentLevel: 1,
        runnable: { id: "kv-store", kind: "class", entry: "KeyValueStore" },
        draft: null,
      });
      expect(session.starter).toContain("class KeyValueStore");
      const first = unlocked(session, 1);
      expect(first.spec).toContain("Level 1");
      expect(first.tests.visible.length).toBeGreaterThan(0);
      expect(first.tests.hidden.length).toBeGreaterThan(0);
      expect(session.levels.slice(1)).toEqual([
        { level: 2, title: "Scanning a record", weight: 2, unlocked: false },
        { level: 3, title: "Time to live", weight: 3, unlocked: false },
        { level: 4, title: "Backup and restore", weight: 4, unlocked: false },
      ]);
    });

    it("never resets its timer on reload", async () => {
      clock = START;
      const created = await start(clocked);
      const url = `/api/assessment-sessions/${created.id}`;
      const read = async () => (await clocked.inject({ method: "GET", url })).json<SessionView>();
      clock = new Date(START.getTime() + 7 * MINUTE);
      const first = await read();
      const reloaded = await read();
      expect(first.remainingMs).toBe(83 * MINUTE);
      expect(reloaded.remainingMs).toBe(83 * MINUTE);
      clock = new Date(START.getTime() + 8 * MINUTE);
      const later = await read();
      expect(later.remainingMs).toBe(82 * MINUTE);
      expect(later.deadlineAt).toBe(created.deadlineAt);
      expect(later.startedAt).toBe(created.startedAt);
    });

    it("refuses an unknown assessment and an unknown language", async () => {
      const missing = await app.inject({
        method: "POST",
        url: "/api/assessments/no-such-thing/sessions",
        payload: { language: "js" },
      });
      expect(missing.statusCode).toBe(404);
      expect(missing.json<ErrorReply>().error).toEqual({
        code: "not-found",
        message: 'No assessment has the id "no-such-thing".',
        details: { id: "no-such-thing" },
      });
      const badLanguage = await app.inject({
        method: "POST",
        url: "/api/assessments/bank-system/sessions",
        payload: { language: "rb" },
      });
      expect(badLanguage.statusCode).toBe(400);
      expect(badLanguage.json<ErrorReply>().error.message).toContain("language");
    });

    it("lists only the user's own sessions, newest first", async () => {
      const mine = await start();
      const list = (await app.inject({ method: "GET", url: "/api/assessment-sessions" })).json<{
        sessions: SessionSummary[];
      }>();
      expect(list.sessions[0]).toMatchObject({
        id: mine.id,
        title: "Bank System",
        scorePercent: 0,
      });
      const bobs = (await bobApp.inject({ method: "GET", url: "/api/assessment-sessions" })).json<{
        sessions: SessionSummary[];
      }>();
      expect(bobs.sessions.map((session) => session.id)).not.toContain(mine.id);
    });
  });

  describe("level results", () => {
    it("keeps the best result, stamps the pass and unlocks the next level", async () => {
      clock = START;
      const session = await start(clocked);
      const total =
        unlocked(session, 1).tests.visible.length + unlocked(session, 1).tests.hidden.length;

      const partial = await submit(clocked, session.id, 1, 4, total);
      expect(partial.statusCode).toBe(200);
      expect(partial.json<SessionView>().levels[1]?.unlocked).toBe(false);

      const locked = await submit(clocked, session.id, 2, 1, 11);
      expect(locked.statusCode).toBe(409);
      expect(locked.json<ErrorReply>().error).toMatchObject({
        code: "level-locked",
        message: "Level 2 is locked: pass every test of level 1 first.",
      });

      clock = new Date(START.getTime() + 12 * MINUTE);
      const passed = (await submit(clocked, session.id, 1, total, total)).json<SessionView>();
      expect(unlocked(passed, 1)).toMatchObject({
        passed: true,
        result: { passed: total, total, attempts: 2, passedAtMs: 12 * MINUTE },
      });
      expect(passed.currentLevel).toBe(2);
      expect(unlocked(passed, 2).spec).toContain("Level 2");

      clock = new Date(START.getTime() + 14 * MINUTE);
      const worse = (await submit(clocked, session.id, 1, 2, total)).json<SessionView>();
      expect(unlocked(worse, 1).result).toEqual({
        level: 1,
        passed: total,
        total,
        attempts: 3,
        passedAtMs: 12 * MINUTE,
      });
    });

    it("names the field when a count does not fit the level", async () => {
      const session = await start();
      const wrongTotal = await submit(app, session.id, 1, 3, 3);
      expect(wrongTotal.statusCode).toBe(400);
      expect(wrongTotal.json<ErrorReply>().error.message).toBe(
        "body.total: level 1 has 10 tests (visible and hidden), not 3",
      );
      expect(wrongTotal.json<ErrorReply>().error.details).toEqual({
        issues: [
          { field: "body.total", message: "level 1 has 10 tests (visible and hidden), not 3" },
        ],
      });
      const noLevel = await submit(app, session.id, 9, 1, 1);
      expect(noLevel.statusCode).toBe(400);
      expect(noLevel.json<ErrorReply>().error.message).toMatch(/^body\.level: There is no level 9/);
      const tooMany = await submit(app, session.id, 1, 11, 10);
      expect(tooMany.json<ErrorReply>().error.message).toMatch(/^body\.passed:/);
    });

    it("refuses results after the deadline, with a clear message", async () => {
      clock = START;
      const session = await start(clocked);
      clock = new Date(START.getTime() + 90 * MINUTE + 1);
      const late = await submit(clocked, session.id, 1, 10, 10);
      expect(late.statusCode).toBe(409);
      expect(late.json<ErrorReply>().error).toMatchObject({
        code: "assessment-over",
        message:
          "Time is up: this assessment's 90 minutes ended at 2026-11-23T11:30:00.000Z, " +
          "so results can no longer be recorded.",
      });
      const view = (
        await clocked.inject({ method: "GET", url: `/api/assessment-sessions/${session.id}` })
      ).json<SessionView>();
      expect(view).toMatchObject({ status: "expired", remainingMs: 0 });
    });
  });

  describe("finishing and the report", () => {
    it("scores by level weight, times each level and advises on pacing", async () => {
      clock = START;
      const session = await start(clocked);
      clock = new Date(START.getTime() + 10 * MINUTE);
      await submit(clocked, session.id, 1, 10, 10);
      clock = new Date(START.getTime() + 51 * MINUTE);
      await submit(clocked, session.id, 2, 11, 11);
      clock = new Date(START.getTime() + 80 * MINUTE);
      await submit(clocked, session.id, 3, 4, 11);

      clock = new Date(START.getTime() + 85 * MINUTE);
      const url = `/api/assessment-sessions/${session.id}`;
      const finished = await clocked.inject({ method: "POST", url: `${url}/finish` });
      expect(finished.json<SessionView>()).toMatchObject({ status: "finished", remainingMs: 0 });
      const after = await submit(clocked, session.id, 3, 11, 11);
      expect(after.statusCode).toBe(409);
      expect(after.json<ErrorReply>().error.code).toBe("assessment-over");

      const report = (
        await clocked.inject({ method: "GET", url: `${url}/report` })
      ).json<AssessmentReport>();
      // (1 × 1 + 2 × 1 + 3 × 4/11 + 4 × 0) / 10
      expect(report.score.percent).toBe(40.9);
      expect(report.score.levels.map((level) => level.fraction)).toEqual([1, 1, 4 / 11, 0]);
      expect(report.pacing.levels.map((level) => [level.status, level.spentMs])).toEqual([
        ["passed", 10 * MINUTE],
        ["passed", 41 * MINUTE],
        ["in-progress", 34 * MINUTE],
        ["not-reached", 0],
      ]);
      expect(report.pacing.evenPaceMs).toBe(22.5 * MINUTE);
      expect(report.pacing.advice[0]).toMatch(
        /^Level 2 took 41 minutes, against an even pace of 22½/,
      );
      expect(report.pacing.advice.join(" ")).toContain("You stopped with 5 minutes left");
      expect(report.session).toMatchObject({ status: "finished", levelsPassed: 2 });
    });
  });

  describe("drafts", () => {
    it("keeps the session's code, and shows it on reload", async () => {
      const session = await start();
      const url = `/api/assessment-sessions/${session.id}`;
      const saved = await app.inject({
        method: "PUT",
        url: `${url}/draft`,
        payload: { code: "export class BankSystem {}\n" },
      });
      expect(saved.statusCode).toBe(200);
      const view = (await app.inject({ method: "GET", url })).json<SessionView>();
      expect(view.draft?.code).toBe("export class BankSystem {}\n");
    });
  });

  describe("another user's session", () => {
    it("answers 404 everywhere, as a missing one does", async () => {
      const session = await start();
      const url = `/api/assessment-sessions/${session.id}`;
      const requests = [
        bobApp.inject({ method: "GET", url }),
        bobApp.inject({ method: "GET", url: `${url}/report` }),
        bobApp.inject({ method: "POST", url: `${url}/finish` }),
        submit(bobApp, session.id, 1, 10, 10),
        bobApp.inject({ method: "PUT", url: `${url}/draft`, payload: { code: "x" } }),
        app.inject({ method: "GET", url: "/api/assessment-sessions/not-a-session" }),
      ];
      const responses = await Promise.all(requests);
      for (const response of responses) {
        expect(response.statusCode).toBe(404);
        expect(response.json<ErrorReply>().error.code).toBe("not-found");
      }
      const other = responses[0]?.json<ErrorReply>().error;
      expect(other?.message).toBe(`No assessment session has the id "${session.id}".`);
      expect(other?.details).toEqual({ id: session.id });
      const mine = (await app.inject({ method: "GET", url })).json<SessionView>();
      expect(mine.status).toBe("active");
      expect(mine.draft).toBeNull();
      expect(mine.levels[0]?.unlocked === true && mine.levels[0].result).toBeNull();
    });
  });
});
