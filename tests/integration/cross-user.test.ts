// Accounts mode keeps every user's data to that user. Two people sign up through the HTTP API;
// Ada makes one of everything a user can own, and Ben tries every verb of every route on each of
// her ids: each attempt is a 404 (as for an id that does not exist), and her data is unchanged.
// Routes keyed by shared content ids (a problem's draft, a star on a question) answer Ben with his
// own, empty data, and his writes there change only his. A route added later that is in neither
// list fails the last test until it is placed in one.
import { randomUUID } from "node:crypto";
import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAccountsApp, signUp, type SignedIn } from "../support/accounts-app.ts";
import { storyBody } from "../support/story-app.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../support/test-database.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Routes that serve the same content to everyone, or that keep nothing (grading). */
const SHARED_ROUTES = new Set([
  "GET /api/health",
  "GET /api/account",
  "GET /api/auth/*",
  "POST /api/auth/*",
  "GET /api/packs",
  "GET /api/packs/:packId",
  "GET /api/packs/:packId/guide/:sectionId",
  "GET /api/questions",
  "GET /api/questions/:id",
  "POST /api/design-reviews",
  "POST /api/design-reviews/second-opinion",
  "GET /api/questions/:id/reference-design",
  "GET /api/speech",
  "POST /api/speech",
  "GET /api/problems/:id",
  "GET /api/problems/:id/solution/:lang",
  "GET /api/work-samples",
  "GET /api/work-samples/:id",
  "POST /api/work-samples/:id/review",
  "GET /api/assessments",
  "GET /api/second-opinion",
  "POST /api/second-opinion",
  "POST /api/refinements",
  // Whoever holds an invitation link may read it and join with it: the token is the permission.
  "GET /api/invitations/:token",
  "POST /api/invitations/:token/accept",
]);

/** Ada's ids, once she has made one of everything. */
interface AdasThings {
  story: string;
  interview: string;
  finishedInterview: string;
  session: string;
  attempt: string;
  designSession: string;
  /** A cohort Ada administers, which Ben joined as a learner, and Ada's share with it. */
  cohort: string;
  invitation: string;
  share: string;
  application: string;
}

/** One request Ben tries on Ada's data: the route it exercises, and how. */
interface Attempt {
  route: string;
  request: (ids: AdasThings) => { method: Method; url: string; payload?: object };
}

/** Routes whose ids are Ada's own rows: Ben gets 404 on every verb. */
const ATTEMPTS_ON_HER_IDS: Attempt[] = [
  { route: "GET /api/stories/:id", request: (ids) => get(`/api/stories/${ids.story}`) },
  {
    route: "PUT /api/stories/:id",
    request: (ids) => ({
      method: "PUT",
      url: `/api/stories/${ids.story}`,
      payload: storyBody({ title: "Ben was here", text: "Ben rewrote this story." }),
    }),
  },
  {
    route: "DELETE /api/stories/:id",
    request: (ids) => ({ method: "DELETE", url: `/api/stories/${ids.story}` }),
  },
  {
    route: "GET /api/stories/:id/versions/:number",
    request: (ids) => get(`/api/stories/${ids.story}/versions/1`),
  },
  { route: "GET /api/interviews/:id", request: (ids) => get(`/api/interviews/${ids.interview}`) },
  {
    route: "GET /api/interviews/:id/report",
    request: (ids) => get(`/api/interviews/${ids.finishedInterview}/report`),
  },
  {
    route: "POST /api/interviews/:id/answers",
    request: (ids) => ({
      method: "POST",
      url: `/api/interviews/${ids.interview}/answers`,
      payload: { text: "Ben answers in Ada's interview.", turn: 0 },
    }),
  },
  {
    route: "POST /api/interviews/:id/abandon",
    request: (ids) => ({ method: "POST", url: `/api/interviews/${ids.interview}/abandon` }),
  },
  {
    route: "DELETE /api/interviews/:id",
    request: (ids) => ({ method: "DELETE", url: `/api/interviews/${ids.interview}` }),
  },
  {
    route: "GET /api/practice-attempts/:id",
    request: (ids) => get(`/api/practice-attempts/${ids.attempt}`),
  },
  {
    route: "DELETE /api/practice-attempts/:id",
    request: (ids) => ({ method: "DELETE", url: `/api/practice-attempts/${ids.attempt}` }),
  },
  {
    route: "GET /api/assessment-sessions/:sessionId",
    request: (ids) => get(`/api/assessment-sessions/${ids.session}`),
  },
  {
    route: "POST /api/assessment-sessions/:sessionId/results",
    request: (ids) => ({
      method: "POST",
      url: `/api/assessment-sessions/${ids.session}/results`,
      payload: { level: 1, passed: 10, total: 10 },
    }),
  },
  {
    route: "POST /api/assessment-sessions/:sessionId/finish",
    request: (ids) => ({ method: "POST", url: `/api/assessment-sessions/${ids.session}/finish` }),
  },
  {
    route: "GET /api/assessment-sessions/:sessionId/report",
    request: (ids) => get(`/api/assessment-sessions/${ids.session}/report`),
  },
  {
    route: "DELETE /api/shares/:id",
    request: (ids) => ({ method: "DELETE", url: `/api/shares/${ids.share}` }),
  },
  {
    route: "POST /api/shares",
    request: (ids) => ({
      method: "POST",
      url: "/api/shares",
      payload: { cohortId: ids.cohort, kind: "story", id: ids.story },
    }),
  },
  // Ben is a learner of the cohort, not its coach: the coach's view is missing for him.
  {
    route: "GET /api/cohorts/:id/shared",
    request: (ids) => get(`/api/cohorts/${ids.cohort}/shared`),
  },
  {
    route: "GET /api/cohorts/:id/shared/:shareId",
    request: (ids) => get(`/api/cohorts/${ids.cohort}/shared/${ids.share}`),
  },
  {
    route: "GET /api/design-sessions/:id",
    request: (ids) => get(`/api/design-sessions/${ids.designSession}`),
  },
  {
    route: "PUT /api/design-sessions/:id/draft",
    request: (ids) => ({
      method: "PUT",
      url: `/api/design-sessions/${ids.designSession}/draft`,
      payload: { text: "Ben's design" },
    }),
  },
  {
    route: "POST /api/design-sessions/:id/submit",
    request: (ids) => ({ method: "POST", url: `/api/design-sessions/${ids.designSession}/submit` }),
  },
  {
    route: "DELETE /api/design-sessions/:id",
    request: (ids) => ({ method: "DELETE", url: `/api/design-sessions/${ids.designSession}` }),
  },
  {
    route: "GET /api/applications/:id",
    request: (ids) => get(`/api/applications/${ids.application}`),
  },
  {
    route: "PUT /api/applications/:id",
    request: (ids) => ({
      method: "PUT",
      url: `/api/applications/${ids.application}`,
      payload: { company: "Ben's now", version: 1 },
    }),
  },
  {
    route: "DELETE /api/applications/:id",
    request: (ids) => ({ method: "DELETE", url: `/api/applications/${ids.application}` }),
  },
  {
    route: "PUT /api/assessment-sessions/:sessionId/draft",
    request: (ids) => ({
      method: "PUT",
      url: `/api/assessment-sessions/${ids.session}/draft`,
      payload: { code: "// Ben's code\n" },
    }),
  },
];

// What Ada keeps under shared content ids.
const PROBLEM = "lru-cache";
const WORK_SAMPLE = "invoice-totals";
const QUESTION = "behavioral-owned";
const ADAS_PROBLEM_DRAFT = "export class LRUCache { /* Ada's */ }\n";
const ADAS_ANSWER =
  "I owned the billing migration at Acme in 2023. I wrote the rollback plan first, and when " +
  "the cutover failed at 2 a.m. I rolled back in four minutes. I learned to rehearse the rollback.";
const READING = "constitutional-ai";
const ADAS_NOTE =
  "I think the self-critique loop is clever, but I doubt it removes bias, because the same " +
  "model writes and grades the revisions.";
const ADAS_SAMPLE_FILES = { "src/money.js": "export const toCents = () => 100; // Ada's\n" };

/** Routes keyed by content ids everyone shares: Ben reads and writes only his own data there. */
const OWN_DATA_UNDER_SHARED_IDS = [
  // The list is everyone's, its solved and attempted marks each user's own.
  "GET /api/problems",
  "GET /api/problems/:id/submissions",
  "POST /api/problems/:id/submissions",
  "GET /api/problems/:id/draft/:lang",
  "PUT /api/problems/:id/draft/:lang",
  "GET /api/work-samples/:id/draft",
  "PUT /api/work-samples/:id/draft",
  "PUT /api/questions/:id/star",
  "DELETE /api/questions/:id/star",
  "GET /api/packs/:packId/readings",
  "PUT /api/packs/:packId/readings/:readingId/note",
  "DELETE /api/packs/:packId/readings/:readingId/note",
];

/** An administrator's routes: Ben, who is not one, gets 403 and changes nothing. */
const ADMIN_ATTEMPTS: Attempt[] = [
  {
    route: "POST /api/cohorts",
    request: () => ({ method: "POST", url: "/api/cohorts", payload: { name: "Ben's cohort" } }),
  },
  {
    route: "GET /api/cohorts/:id/invitations",
    request: (ids) => get(`/api/cohorts/${ids.cohort}/invitations`),
  },
  {
    route: "POST /api/cohorts/:id/invitations",
    request: (ids) => ({
      method: "POST",
      url: `/api/cohorts/${ids.cohort}/invitations`,
      payload: { role: "coach" },
    }),
  },
  {
    route: "DELETE /api/cohorts/:id/invitations/:invitationId",
    request: (ids) => ({
      method: "DELETE",
      url: `/api/cohorts/${ids.cohort}/invitations/${ids.invitation}`,
    }),
  },
  {
    route: "PATCH /api/cohorts/:id",
    request: (ids) => ({
      method: "PATCH",
      url: `/api/cohorts/${ids.cohort}`,
      payload: { name: "Ben's now" },
    }),
  },
  {
    route: "DELETE /api/cohorts/:id",
    request: (ids) => ({
      method: "DELETE",
      url: `/api/cohorts/${ids.cohort}`,
      payload: { confirm: "Ada's cohort" },
    }),
  },
  {
    route: "GET /api/cohorts/:id/members",
    request: (ids) => get(`/api/cohorts/${ids.cohort}/members`),
  },
  {
    // Anyone's id at all: whom he would remove does not matter, he may remove no one.
    route: "DELETE /api/cohorts/:id/members/:userId",
    request: (ids) => ({
      method: "DELETE",
      url: `/api/cohorts/${ids.cohort}/members/${randomUUID()}`,
    }),
  },
];

/**
 * Routes that list, export, create or delete everything of the caller's: Ben sees only his own,
 * and creates or deletes only his own (account deletion: src/server/routes/account/index.test.ts).
 */
const OWN_COLLECTIONS = [
  "GET /api/account/export",
  "DELETE /api/account",
  "GET /api/stories",
  "POST /api/stories",
  "GET /api/stories/coverage",
  "GET /api/stories/export",
  "POST /api/stories/import",
  "GET /api/interviews",
  "POST /api/interviews",
  "GET /api/cohorts",
  // Leaving takes only the caller's own membership (src/server/routes/cohorts/cohorts.test.ts).
  "DELETE /api/cohorts/:id/membership",
  "GET /api/shares",
  "GET /api/assessment-sessions",
  "POST /api/assessments/:id/sessions",
  "POST /api/analyze",
  "GET /api/practice-attempts",
  "GET /api/progress",
  "GET /api/design-sessions",
  "POST /api/design-sessions",
  "GET /api/applications",
  "POST /api/applications",
  "GET /api/plan",
];

// Fields that read the server's clock at the time of the request, not stored data.
const CLOCK_KEYS = new Set(["remainingMs", "serverTime"]);

function withoutClock<T>(view: T): T {
  return JSON.parse(
    JSON.stringify(view, (key, value: unknown) => (CLOCK_KEYS.has(key) ? undefined : value)),
  ) as T;
}

function get(url: string): { method: "GET"; url: string } {
  return { method: "GET", url };
}

describe.each(DATABASE_TARGETS)("one user's data, out of another's reach, on $name", ({ open }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let ada: SignedIn;
  let ben: SignedIn;
  let ids: AdasThings;

  const as = (who: SignedIn, options: InjectOptions) =>
    app.inject({ ...options, headers: { ...options.headers, cookie: who.cookie } });
  const json = async (who: SignedIn, method: Method, url: string, payload?: object) => {
    const response = await as(who, { method, url, ...(payload === undefined ? {} : { payload }) });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.body === "" ? {} : response.json<Record<string, unknown>>();
  };
  const text = async (who: SignedIn, url: string) => {
    const response = await as(who, { method: "GET", url });
    expect(response.statusCode, `GET ${url}`).toBe(200);
    return response.body;
  };
  const storyId = (detail: Record<string, unknown>) => (detail["story"] as { id: string }).id;

  /**
   * Everything Ada can read of her own, to compare before and after Ben's attempts; without the
   * fields that read the clock.
   */
  const adasView = async () =>
    withoutClock({
      stories: await json(ada, "GET", "/api/stories"),
      story: await json(ada, "GET", `/api/stories/${ids.story}`),
      version: await json(ada, "GET", `/api/stories/${ids.story}/versions/1`),
      export: await text(ada, "/api/stories/export"),
      coverage: await json(ada, "GET", "/api/stories/coverage"),
      interviews: await json(ada, "GET", "/api/interviews"),
      interview: await json(ada, "GET", `/api/interviews/${ids.interview}`),
      finished: await json(ada, "GET", `/api/interviews/${ids.finishedInterview}`),
      report: await json(ada, "GET", `/api/interviews/${ids.finishedInterview}/report`),
      sessions: await json(ada, "GET", "/api/assessment-sessions"),
      attempts: await json(ada, "GET", "/api/practice-attempts"),
      attempt: await json(ada, "GET", `/api/practice-attempts/${ids.attempt}`),
      progress: await json(ada, "GET", "/api/progress"),
      session: await json(ada, "GET", `/api/assessment-sessions/${ids.session}`),
      problemDraft: await json(ada, "GET", `/api/problems/${PROBLEM}/draft/js`),
      submissions: await json(ada, "GET", `/api/problems/${PROBLEM}/submissions`),
      problems: await json(ada, "GET", "/api/problems"),
      sampleDraft: await json(ada, "GET", `/api/work-samples/${WORK_SAMPLE}/draft`),
      question: await json(ada, "GET", `/api/questions/${QUESTION}`),
      cohorts: await json(ada, "GET", "/api/cohorts"),
      shares: await json(ada, "GET", "/api/shares"),
      invitations: await json(ada, "GET", `/api/cohorts/${ids.cohort}/invitations`),
      members: await json(ada, "GET", `/api/cohorts/${ids.cohort}/members`),
      design: await json(ada, "GET", `/api/design-sessions/${ids.designSession}`),
      applications: await json(ada, "GET", "/api/applications"),
      readings: await json(ada, "GET", "/api/packs/example/readings"),
      application: await json(ada, "GET", `/api/applications/${ids.application}`),
      plan: await json(ada, "GET", "/api/plan?today=2026-12-01"),
    });

  beforeAll(async () => {
    database = await open();
    const adasEmail = `ada.${randomUUID()}@example.com`;
    app = await buildAccountsApp(database, { adminEmails: [adasEmail] });
    ada = await signUp(app, {
      name: "Ada Mensah",
      email: adasEmail,
      password: "ada's long password",
    });
    ben = await signUp(app, {
      name: "Ben Kowalski",
      email: `ben.${randomUUID()}@example.com`,
      password: "ben's long password",
    });

    const story = await json(ada, "POST", "/api/stories", storyBody());
    await json(ada, "PUT", `/api/stories/${storyId(story)}`, storyBody({ title: "Second take" }));
    const interview = await json(ada, "POST", "/api/interviews", { round: "values" });
    const finished = await json(ada, "POST", "/api/interviews", { round: "values" });
    await json(ada, "POST", `/api/interviews/${String(finished["id"])}/answers`, {
      text:
        "I pushed back on shipping a model eval I did not trust. I felt uneasy, said so, and " +
        "we delayed by a week; the rerun found a leak in the test split. I learned to ask early.",
    });
    await json(ada, "POST", `/api/interviews/${String(finished["id"])}/abandon`);
    const session = await json(ada, "POST", "/api/assessments/bank-system/sessions", {
      language: "js",
    });
    await json(ada, "POST", `/api/assessment-sessions/${String(session["id"])}/results`, {
      level: 1,
      passed: 2,
      total: 10,
    });
    await json(ada, "PUT", `/api/assessment-sessions/${String(session["id"])}/draft`, {
      code: "// Ada's assessment code\n",
    });
    await json(ada, "PUT", `/api/problems/${PROBLEM}/draft/js`, { code: ADAS_PROBLEM_DRAFT });
    await json(ada, "POST", `/api/problems/${PROBLEM}/submissions`, {
      language: "js",
      code: ADAS_PROBLEM_DRAFT,
      passed: 4,
      total: 4,
    });
    await json(ada, "PUT", `/api/work-samples/${WORK_SAMPLE}/draft`, { files: ADAS_SAMPLE_FILES });
    await json(ada, "PUT", `/api/questions/${QUESTION}/star`);
    await json(ada, "PUT", `/api/packs/example/readings/${READING}/note`, { text: ADAS_NOTE });
    const attempt = await json(ada, "POST", "/api/analyze", {
      text: ADAS_ANSWER,
      kind: "behavioral",
      questionId: QUESTION,
    });
    const design = await json(ada, "POST", "/api/design-sessions", {
      questionId: "design-ai-api-rate-limiting",
    });
    await json(ada, "PUT", `/api/design-sessions/${String(design["id"])}/draft`, {
      text: "## Requirements\nAda's limiter keeps 100 requests a minute per key.",
    });
    // Ada runs a cohort she and Ben both learn in, and shares her story with it.
    const cohort = await json(ada, "POST", "/api/cohorts", { name: "Ada's cohort" });
    const link = await json(ada, "POST", `/api/cohorts/${String(cohort["id"])}/invitations`, {
      role: "learner",
    });
    await json(ada, "POST", `/api/invitations/${String(link["token"])}/accept`);
    await json(ben, "POST", `/api/invitations/${String(link["token"])}/accept`);
    const share = await json(ada, "POST", "/api/shares", {
      cohortId: cohort["id"],
      kind: "story",
      id: storyId(story),
    });
    const application = await json(ada, "POST", "/api/applications", {
      company: "Anthropic",
      stages: [{ round: "values", date: "2026-12-09" }],
      notes: "Ada's private notes on the loop.",
    });
    ids = {
      application: String(application["id"]),
      story: storyId(story),
      interview: String(interview["id"]),
      finishedInterview: String(finished["id"]),
      session: String(session["id"]),
      attempt: String(attempt["attemptId"]),
      designSession: String(design["id"]),
      cohort: String(cohort["id"]),
      invitation: (link["invitation"] as { id: string }).id,
      share: String(share["id"]),
    };
  }, 120_000);

  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it("answers each of Ben's attempts on Ada's ids with 404, as for an id that does not exist", async () => {
    const before = await adasView();
    const nobody: AdasThings = {
      story: randomUUID(),
      interview: randomUUID(),
      finishedInterview: randomUUID(),
      session: randomUUID(),
      attempt: randomUUID(),
      designSession: randomUUID(),
      cohort: randomUUID(),
      invitation: randomUUID(),
      share: randomUUID(),
      application: randomUUID(),
    };
    for (const attempt of ATTEMPTS_ON_HER_IDS) {
      const { method, url, payload } = attempt.request(ids);
      const response = await as(ben, {
        method,
        url,
        ...(payload === undefined ? {} : { payload }),
      });
      expect(response.statusCode, `${attempt.route} on Ada's id`).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: "not-found" } });

      const unknown = attempt.request(nobody);
      const missing = await as(ben, {
        method: unknown.method,
        url: unknown.url,
        ...(unknown.payload === undefined ? {} : { payload: unknown.payload }),
      });
      expect(missing.statusCode, `${attempt.route} on an unknown id`).toBe(404);
    }
    expect(await adasView()).toEqual(before);
  });

  it("refuses Ben, who administers nothing, every administrator's route with 403", async () => {
    const before = await adasView();
    for (const attempt of ADMIN_ATTEMPTS) {
      const { method, url, payload } = attempt.request(ids);
      const response = await as(ben, {
        method,
        url,
        ...(payload === undefined ? {} : { payload }),
      });
      expect(response.statusCode, attempt.route).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: "forbidden" } });
    }
    expect(await adasView()).toEqual(before);
  });

  it("shows Ben none of Ada's things in his lists, export and coverage", async () => {
    expect(await json(ben, "GET", "/api/stories")).toMatchObject({ stories: [] });
    expect(await text(ben, "/api/stories/export")).not.toContain("Second take");
    const hisAccount = await text(ben, "/api/account/export");
    // The cohort is his too: his membership of it is in his export.
    const { cohort: _theirs, ...hers } = ids;
    for (const id of Object.values(hers)) expect(hisAccount).not.toContain(id);
    expect(hisAccount).not.toContain("Second take");
    expect(JSON.stringify(await json(ben, "GET", "/api/stories/coverage"))).not.toContain(
      ids.story,
    );
    expect(await json(ben, "GET", "/api/interviews")).toMatchObject({ interviews: [] });
    expect(await json(ben, "GET", "/api/assessment-sessions")).toMatchObject({ sessions: [] });
    expect(await json(ben, "GET", "/api/practice-attempts")).toMatchObject({ attempts: [] });
    expect(
      await json(ben, "GET", `/api/practice-attempts?questionId=${QUESTION}&before=${ids.attempt}`),
    ).toMatchObject({ attempts: [] });
    const hisProgress = JSON.stringify(await json(ben, "GET", "/api/progress"));
    for (const id of [ids.story, ids.interview, ids.finishedInterview, ids.attempt]) {
      expect(hisProgress).not.toContain(id);
    }
    expect(hisAccount).not.toContain("billing migration at Acme");
    expect(await json(ben, "GET", "/api/shares")).toMatchObject({ shares: [] });
    // He sees the cohort he joined, as a learner, and nothing of what Ada shares with it.
    const hisCohorts = JSON.stringify(await json(ben, "GET", "/api/cohorts"));
    expect(hisCohorts).toContain('"membership":"learner"');
    expect(hisCohorts).not.toContain(ids.share);
  });

  it("gives Ben his own empty drafts and stars under shared ids, and keeps his writes to him", async () => {
    const before = await adasView();
    expect(await json(ben, "GET", `/api/problems/${PROBLEM}/draft/js`)).toMatchObject({
      code: null,
    });
    expect(await json(ben, "GET", `/api/problems/${PROBLEM}/submissions`)).toEqual({
      submissions: [],
    });
    const hisList = (await json(ben, "GET", "/api/problems")) as {
      problems: { id: string; mark?: string }[];
    };
    expect(hisList.problems.find((problem) => problem.id === PROBLEM)?.mark).toBeUndefined();
    expect(await json(ben, "GET", `/api/work-samples/${WORK_SAMPLE}/draft`)).toMatchObject({
      files: null,
    });
    expect(await json(ben, "GET", `/api/questions/${QUESTION}`)).toMatchObject({ starred: false });
    const hisReadings = (await json(ben, "GET", "/api/packs/example/readings")) as {
      readings: { id: string; note: unknown }[];
    };
    expect(hisReadings.readings.find((reading) => reading.id === READING)?.note).toBeNull();

    await json(ben, "PUT", `/api/problems/${PROBLEM}/draft/js`, { code: "// Ben's\n" });
    await json(ben, "POST", `/api/problems/${PROBLEM}/submissions`, {
      language: "js",
      code: "// Ben's\n",
      passed: 0,
      total: 4,
    });
    await json(ben, "PUT", `/api/work-samples/${WORK_SAMPLE}/draft`, {
      files: { "src/money.js": "// Ben's\n" },
    });
    await json(ben, "PUT", `/api/questions/${QUESTION}/star`);
    await json(ben, "DELETE", `/api/questions/${QUESTION}/star`);
    await json(ben, "PUT", `/api/packs/example/readings/${READING}/note`, {
      text: "Ben's note.",
    });
    await json(ben, "DELETE", `/api/packs/example/readings/${READING}/note`);
    // His own story, interview and session, made and removed, touch none of hers.
    const his = await json(ben, "POST", "/api/stories", storyBody({ title: "Ben's story" }));
    const hisExport = await text(ben, "/api/stories/export");
    await json(ben, "DELETE", `/api/stories/${storyId(his)}`);
    await json(ben, "POST", "/api/stories/import", { markdown: hisExport });
    const hisInterview = await json(ben, "POST", "/api/interviews", { round: "values" });
    await json(ben, "DELETE", `/api/interviews/${String(hisInterview["id"])}`);
    await json(ben, "POST", "/api/assessments/bank-system/sessions", { language: "py" });
    const hisAttempt = await json(ben, "POST", "/api/analyze", {
      text: "Ben's own answer about owning a launch.",
      kind: "behavioral",
      questionId: QUESTION,
    });
    await json(ben, "DELETE", `/api/practice-attempts/${String(hisAttempt["attemptId"])}`);

    expect(await adasView()).toEqual(before);
    expect(before.problemDraft).toMatchObject({ code: ADAS_PROBLEM_DRAFT });
    expect(JSON.stringify(before.submissions)).toContain('"accepted":true');
    expect(before.sampleDraft).toMatchObject({ files: ADAS_SAMPLE_FILES });
    expect(before.question).toMatchObject({ starred: true });
    expect(JSON.stringify(before.readings)).toContain("same model writes and grades");
    expect(await json(ben, "GET", `/api/problems/${PROBLEM}/draft/js`)).toMatchObject({
      code: "// Ben's\n",
    });
  });

  it("covers every route the app serves", () => {
    const covered = new Set([
      ...SHARED_ROUTES,
      ...ATTEMPTS_ON_HER_IDS.map((attempt) => attempt.route),
      ...ADMIN_ATTEMPTS.map((attempt) => attempt.route),
      ...OWN_DATA_UNDER_SHARED_IDS,
      ...OWN_COLLECTIONS,
    ]);
    const served = app.routeTable
      .routes()
      .filter((route) => route.url.startsWith("/api") && route.method !== "HEAD")
      .map((route) => `${route.method} ${route.url}`);
    expect(served.filter((route) => !covered.has(route))).toEqual([]);
  });
});
