import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildAccountsApp,
  cookieFrom,
  newPerson,
  signUp,
  type SignedIn,
} from "../../../../tests/support/accounts-app.ts";
import { storyBody } from "../../../../tests/support/story-app.ts";
import { testApp } from "../../../../tests/support/test-app.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../../tests/support/test-database.ts";
import { ensureLocalUser } from "../../../node/db/users-repository.ts";
import { ACCOUNT_EXPORT_FORMAT, ACCOUNT_EXPORT_VERSION } from "../../../core/api/account.ts";
import type { AccountExport } from "../../account/account-service.ts";

const ANSWER =
  "I pushed back on shipping a model eval I did not trust. I felt uneasy, said so, and we " +
  "delayed by a week; the rerun found a leak in the test split. I learned to ask early.";

describe.each(DATABASE_TARGETS)("export and delete in accounts mode, on $name", ({ open }) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  const as = (who: SignedIn, options: InjectOptions) =>
    app.inject({ ...options, headers: { ...options.headers, cookie: who.cookie } });

  beforeAll(async () => {
    database = await open();
    app = await buildAccountsApp(database);
  });

  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  /** Signs up someone who writes a story, saves it twice and answers an interview. */
  async function someoneWithData(title: string): Promise<SignedIn & { password: string }> {
    const who = await signUp(app, newPerson());
    const story = await as(who, { method: "POST", url: "/api/stories", payload: storyBody() });
    const id = story.json<{ story: { id: string } }>().story.id;
    await as(who, { method: "PUT", url: `/api/stories/${id}`, payload: storyBody({ title }) });
    const interview = await as(who, {
      method: "POST",
      url: "/api/interviews",
      payload: { round: "values" },
    });
    const interviewId = interview.json<{ id: string }>().id;
    const answered = await as(who, {
      method: "POST",
      url: `/api/interviews/${interviewId}/answers`,
      payload: { text: ANSWER },
    });
    expect(answered.statusCode).toBeLessThan(300);
    await as(who, { method: "PUT", url: "/api/questions/behavioral-owned/star" });
    return who;
  }

  it("downloads everything the user owns as one JSON file, and nobody else's", async () => {
    const ada = await someoneWithData("Ada's second take");
    const ben = await someoneWithData("Ben's second take");

    const response = await as(ada, { method: "GET", url: "/api/account/export" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="candor-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const exported = response.json<AccountExport>();
    expect(exported).toMatchObject({
      format: ACCOUNT_EXPORT_FORMAT,
      version: ACCOUNT_EXPORT_VERSION,
      profile: { id: ada.id, email: ada.email, kind: "account" },
    });
    expect(Date.parse(exported.exportedAt)).not.toBeNaN();
    expect(exported.stories).toHaveLength(1);
    expect(exported.stories[0]?.title).toBe("Ada's second take");
    expect(exported.stories[0]?.versions.map((version) => version.number)).toEqual([1, 2]);
    expect(exported.interviews).toHaveLength(1);
    expect(exported.interviews[0]?.state.turns.some((turn) => turn.answer?.text === ANSWER)).toBe(
      true,
    );
    expect(exported.interviews[0]?.report.round).toBe("values");
    expect(exported.starred_questions.map((star) => star.questionId)).toEqual(["behavioral-owned"]);
    for (const key of ["code_drafts", "assessment_sessions"] as const) {
      expect(exported[key]).toEqual([]);
    }
    // Nothing that signs anyone in, and nothing of Ben's.
    expect(response.body).not.toContain(ada.password);
    expect(response.body).not.toMatch(/"password"|"token"|auth_sessions|auth_accounts/);
    expect(response.body).not.toContain(ben.id);
    expect(response.body).not.toContain("Ben's second take");
  });

  it("deletes the account only when its email is typed, signs out, and keeps others' data", async () => {
    const ada = await someoneWithData("Ada's second take");
    const ben = await someoneWithData("Ben's second take");
    const bensBefore = (
      await as(ben, { method: "GET", url: "/api/account/export" })
    ).json<AccountExport>();

    for (const confirm of ["", "delete", ben.email]) {
      const refused = await as(ada, {
        method: "DELETE",
        url: "/api/account",
        payload: { confirm },
      });
      expect(refused.statusCode, confirm).toBe(400);
      expect(refused.json()).toMatchObject({ error: { code: "invalid-request" } });
    }
    const missing = await as(ada, { method: "DELETE", url: "/api/account", payload: {} });
    expect(missing.statusCode).toBe(400);
    const stranger = await app.inject({
      method: "DELETE",
      url: "/api/account",
      payload: { confirm: ada.email },
    });
    expect(stranger.statusCode).toBe(401);
    expect((await app.inject({ method: "GET", url: "/api/account/export" })).statusCode).toBe(401);

    const deleted = await as(ada, {
      method: "DELETE",
      url: "/api/account",
      payload: { confirm: ` ${ada.email.toUpperCase()} ` },
    });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({
      mode: "accounts",
      removed: { stories: 1, story_versions: 2, interviews: 1, auth_sessions: 1 },
    });
    const cleared = deleted.cookies.find((cookie) => cookie.name === "candor.session_token");
    expect(cleared?.value).toBe("");

    const again = await as(ada, {
      method: "DELETE",
      url: "/api/account",
      payload: { confirm: "" },
    });
    expect(again.statusCode).toBe(401);
    expect((await as(ada, { method: "GET", url: "/api/stories" })).statusCode).toBe(401);
    const signIn = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: "http://localhost" },
      payload: { email: ada.email, password: ada.password },
    });
    expect(signIn.statusCode).toBe(401);
    // The email is free again: signing up with it makes a new, empty account.
    const fresh = await signUp(app, {
      name: "Ada again",
      email: ada.email,
      password: ada.password,
    });
    const freshExport = (
      await as(fresh, { method: "GET", url: "/api/account/export" })
    ).json<AccountExport>();
    expect(freshExport.stories).toEqual([]);

    const bensAfter = (
      await as(ben, { method: "GET", url: "/api/account/export" })
    ).json<AccountExport>();
    expect({ ...bensAfter, exportedAt: "" }).toEqual({ ...bensBefore, exportedAt: "" });
  });

  it("keeps the sign-in cookie of another browser from outliving the account", async () => {
    const ada = await someoneWithData("Ada's second take");
    const other = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: "http://localhost" },
      payload: { email: ada.email, password: ada.password },
    });
    const otherBrowser = { ...ada, cookie: cookieFrom(other) };
    await as(ada, { method: "DELETE", url: "/api/account", payload: { confirm: ada.email } });
    expect((await as(otherBrowser, { method: "GET", url: "/api/stories" })).statusCode).toBe(401);
  });
});

describe.each(DATABASE_TARGETS)("export and delete in local mode, on $name", ({ open }) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await open();
    app = await testApp(database, { user: await ensureLocalUser(database.db) });
  });

  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it("exports the local user's data, and deletes it on the word delete, keeping the user", async () => {
    await app.inject({ method: "POST", url: "/api/stories", payload: storyBody() });
    // An interview with no answer yet exports too, with the report it would show so far.
    const started = await app.inject({
      method: "POST",
      url: "/api/interviews",
      payload: { round: "behavioral" },
    });
    expect(started.statusCode).toBe(201);
    const exported = (
      await app.inject({ method: "GET", url: "/api/account/export" })
    ).json<AccountExport>();
    expect(exported.profile).toMatchObject({ kind: "local", email: null });
    expect(exported.stories).toHaveLength(1);
    expect(exported.interviews).toHaveLength(1);
    expect(exported.interviews[0]?.report.round).toBe("behavioral");

    const refused = await app.inject({
      method: "DELETE",
      url: "/api/account",
      payload: { confirm: "yes" },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { message: string } }>().error.message).toContain("delete");

    const deleted = await app.inject({
      method: "DELETE",
      url: "/api/account",
      payload: { confirm: "Delete" },
    });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({ mode: "local", removed: { stories: 1 } });
    expect(deleted.headers["set-cookie"]).toBeUndefined();
    const after = (
      await app.inject({ method: "GET", url: "/api/account/export" })
    ).json<AccountExport>();
    expect(after.profile.id).toBe(exported.profile.id);
    expect(after.stories).toEqual([]);
    const stories = await app.inject({ method: "GET", url: "/api/stories" });
    expect(stories.json()).toMatchObject({ stories: [] });
  });
});
