import { eq } from "drizzle-orm";
import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildAccountsApp,
  newPerson,
  signUp,
  testAccounts,
  type SignedIn,
} from "../../../../tests/support/accounts-app.ts";
import { storyBody } from "../../../../tests/support/story-app.ts";
import { testApp } from "../../../../tests/support/test-app.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../../tests/support/test-database.ts";
import type {
  AcceptedInvitation,
  CohortList,
  CohortMemberList,
  CohortSharedView,
  CohortSummary,
  CreatedInvitation,
  InvitationList,
  ShareList,
  SharedItem,
  ShareView,
} from "../../../core/api/cohorts.ts";
import { cohortInvitations } from "../../../node/db/schema.ts";
import { hashInvitationToken } from "../../cohorts/cohort-service.ts";

const ANSWER =
  "I pushed back on shipping a model eval I did not trust. I felt uneasy, said so, and we " +
  "delayed by a week; the rerun found a leak in the test split. I learned to ask early.";

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(DATABASE_TARGETS)("cohorts, invitations and sharing, on $name", ({ open }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let clock = Date.now();
  const adminPerson = newPerson("Grace Admin");
  let admin: SignedIn;

  const as = (who: SignedIn, options: InjectOptions) =>
    app.inject({ ...options, headers: { ...options.headers, cookie: who.cookie } });
  const ok = async <T>(
    who: SignedIn,
    method: InjectOptions["method"],
    url: string,
    payload?: object,
  ) => {
    const response = await as(who, { method, url, ...(payload === undefined ? {} : { payload }) });
    expect(response.statusCode, `${String(method)} ${url}: ${response.body}`).toBeLessThan(300);
    return response.body === "" ? (undefined as T) : response.json<T>();
  };

  beforeAll(async () => {
    database = await open();
    app = await buildAccountsApp(database, {
      // In any case: the check compares emails without regard to it.
      adminEmails: [adminPerson.email.toLowerCase()],
      now: () => new Date(clock),
    });
    admin = await signUp(app, { ...adminPerson, email: adminPerson.email.toUpperCase() });
  });

  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  /** A cohort the admin makes, with two learners and a coach who joined it through links. */
  async function aCohort() {
    const cohort = await ok<CohortSummary>(admin, "POST", "/api/cohorts", { name: "Spring 2027" });
    const learnerLink = await ok<CreatedInvitation>(
      admin,
      "POST",
      `/api/cohorts/${cohort.id}/invitations`,
      { role: "learner" },
    );
    const coachLink = await ok<CreatedInvitation>(
      admin,
      "POST",
      `/api/cohorts/${cohort.id}/invitations`,
      { role: "coach", expiresInDays: 3 },
    );
    const learner = await signUp(app, newPerson("Lena Learner"));
    const other = await signUp(app, newPerson("Omar Other"));
    const coach = await signUp(app, newPerson("Cora Coach"));
    await ok(learner, "POST", `/api/invitations/${learnerLink.token}/accept`);
    await ok(other, "POST", `/api/invitations/${learnerLink.token}/accept`);
    await ok(coach, "POST", `/api/invitations/${coachLink.token}/accept`);
    return { cohort, learnerLink, coachLink, learner, other, coach };
  }

  async function aStory(who: SignedIn, title: string): Promise<string> {
    const story = await ok<{ story: { id: string } }>(
      who,
      "POST",
      "/api/stories",
      storyBody({ title }),
    );
    return story.story.id;
  }

  it("lets only an administrator make cohorts and invitation links", async () => {
    const { cohort, learnerLink, coachLink, learner } = await aCohort();
    expect(cohort).toMatchObject({ name: "Spring 2027", membership: null, learners: 0 });
    expect(learnerLink.path).toBe(`/invite/${learnerLink.token}`);
    expect(learnerLink.invitation).toMatchObject({ role: "learner", status: "active" });
    const days = (Date.parse(learnerLink.invitation.expiresAt) - clock) / DAY_MS;
    expect(days).toBeCloseTo(14, 3);
    expect((Date.parse(coachLink.invitation.expiresAt) - clock) / DAY_MS).toBeCloseTo(3, 3);

    // The token is not stored, only its hash.
    const stored = await database.db
      .select()
      .from(cohortInvitations)
      .where(eq(cohortInvitations.id, learnerLink.invitation.id));
    expect(stored[0]?.tokenHash).toBe(hashInvitationToken(learnerLink.token));
    expect(JSON.stringify(stored)).not.toContain(learnerLink.token);

    const listed = await ok<CohortList>(admin, "GET", "/api/cohorts");
    expect(listed.admin).toBe(true);
    expect(listed.cohorts.find((one) => one.id === cohort.id)).toMatchObject({
      learners: 2,
      coaches: 1,
    });
    const invitations = await ok<InvitationList>(
      admin,
      "GET",
      `/api/cohorts/${cohort.id}/invitations`,
    );
    expect(invitations.invitations).toHaveLength(2);
    expect(JSON.stringify(invitations)).not.toContain(learnerLink.token);

    for (const [method, url, payload] of [
      ["POST", "/api/cohorts", { name: "Learner's cohort" }],
      ["POST", `/api/cohorts/${cohort.id}/invitations`, { role: "coach" }],
      ["GET", `/api/cohorts/${cohort.id}/invitations`, undefined],
      ["DELETE", `/api/cohorts/${cohort.id}/invitations/${learnerLink.invitation.id}`, undefined],
    ] as const) {
      const refused = await as(learner, { method, url, ...(payload ? { payload } : {}) });
      expect(refused.statusCode, `${method} ${url}`).toBe(403);
      expect(refused.json()).toMatchObject({ error: { code: "forbidden" } });
    }
    const learnerSees = await ok<CohortList>(learner, "GET", "/api/cohorts");
    expect(learnerSees).toMatchObject({
      admin: false,
      cohorts: [{ id: cohort.id, name: "Spring 2027", membership: "learner" }],
    });

    const bad = await as(admin, { method: "POST", url: "/api/cohorts", payload: { name: " " } });
    expect(bad.statusCode).toBe(400);
    const badRole = await as(admin, {
      method: "POST",
      url: `/api/cohorts/${cohort.id}/invitations`,
      payload: { role: "admin" },
    });
    expect(badRole.statusCode).toBe(400);
    const noCohort = await as(admin, {
      method: "POST",
      url: "/api/cohorts/00000000-0000-4000-8000-000000000000/invitations",
      payload: { role: "coach" },
    });
    expect(noCohort.statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: "/api/cohorts" })).statusCode).toBe(401);
  });

  it("joins through a link with one request, twice harmlessly; refuses expired, revoked and unknown links", async () => {
    const { cohort, learnerLink, coachLink, learner } = await aCohort();
    const preview = await app.inject({
      method: "GET",
      url: `/api/invitations/${learnerLink.token}`,
      headers: { cookie: learner.cookie },
    });
    expect(preview.json()).toMatchObject({ cohort: { name: "Spring 2027" }, role: "learner" });

    const again = await ok<AcceptedInvitation>(
      learner,
      "POST",
      `/api/invitations/${learnerLink.token}/accept`,
    );
    expect(again).toMatchObject({ role: "learner", joined: false });
    // A learner who opens a coach's link keeps the role they joined with.
    const coachLinkToo = await ok<AcceptedInvitation>(
      learner,
      "POST",
      `/api/invitations/${coachLink.token}/accept`,
    );
    expect(coachLinkToo).toMatchObject({ role: "learner", joined: false });

    const unknown = await as(learner, {
      method: "POST",
      url: "/api/invitations/not-a-real-token/accept",
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ error: { message: string } }>().error.message).toMatch(/No invitation/);

    await ok(admin, "DELETE", `/api/cohorts/${cohort.id}/invitations/${learnerLink.invitation.id}`);
    const newcomer = await signUp(app, newPerson("Nia Newcomer"));
    const revoked = await as(newcomer, {
      method: "POST",
      url: `/api/invitations/${learnerLink.token}/accept`,
    });
    expect(revoked.statusCode).toBe(410);
    expect(revoked.json()).toMatchObject({ error: { code: "invitation-expired" } });
    expect(revoked.json<{ error: { message: string } }>().error.message).toMatch(/revoked/);
    const listed = await ok<InvitationList>(admin, "GET", `/api/cohorts/${cohort.id}/invitations`);
    expect(listed.invitations.find((one) => one.role === "learner")?.status).toBe("revoked");

    clock += 4 * DAY_MS;
    try {
      const expired = await as(newcomer, {
        method: "POST",
        url: `/api/invitations/${coachLink.token}/accept`,
      });
      expect(expired.statusCode).toBe(410);
      expect(expired.json<{ error: { message: string } }>().error.message).toMatch(/expired/);
      const expiredPreview = await as(newcomer, {
        method: "GET",
        url: `/api/invitations/${coachLink.token}`,
      });
      expect(expiredPreview.statusCode).toBe(410);
    } finally {
      clock -= 4 * DAY_MS;
    }
    expect((await ok<CohortList>(newcomer, "GET", "/api/cohorts")).cohorts).toEqual([]);
  });

  it("shows a coach only what a learner shares, until it is revoked", async () => {
    const { cohort, learner, other, coach } = await aCohort();
    const shared = await aStory(learner, "The eval I would not ship");
    const kept = await aStory(learner, "A story I keep to myself");
    const othersStory = await aStory(other, "Omar's own story");
    const interview = await ok<{ id: string }>(learner, "POST", "/api/interviews", {
      round: "values",
    });
    await ok(learner, "POST", `/api/interviews/${interview.id}/answers`, { text: ANSWER });

    // Nothing is shared by default.
    const empty = await ok<CohortSharedView>(coach, "GET", `/api/cohorts/${cohort.id}/shared`);
    expect(empty.learners.map((one) => [one.name, one.shared])).toEqual([
      ["Lena Learner", 0],
      ["Omar Other", 0],
    ]);

    const storyShare = await as(learner, {
      method: "POST",
      url: "/api/shares",
      payload: { cohortId: cohort.id, kind: "story", id: shared },
    });
    expect(storyShare.statusCode).toBe(201);
    const share = storyShare.json<ShareView>();
    expect(share).toMatchObject({
      kind: "story",
      itemId: shared,
      title: "The eval I would not ship",
    });
    const repeat = await as(learner, {
      method: "POST",
      url: "/api/shares",
      payload: { cohortId: cohort.id, kind: "story", id: shared },
    });
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json<ShareView>().id).toBe(share.id);
    const interviewShare = await ok<ShareView>(learner, "POST", "/api/shares", {
      cohortId: cohort.id,
      kind: "interview",
      id: interview.id,
    });

    // Only their own items, and only with a cohort they belong to.
    for (const payload of [
      { cohortId: cohort.id, kind: "story", id: othersStory },
      { cohortId: cohort.id, kind: "interview", id: shared },
      { cohortId: cohort.id, kind: "story", id: "not-an-id" },
      { cohortId: "00000000-0000-4000-8000-000000000000", kind: "story", id: kept },
    ]) {
      const refused = await as(learner, { method: "POST", url: "/api/shares", payload });
      expect(refused.statusCode, JSON.stringify(payload)).toBe(404);
    }
    const badKind = await as(learner, {
      method: "POST",
      url: "/api/shares",
      payload: { cohortId: cohort.id, kind: "draft", id: kept },
    });
    expect(badKind.statusCode).toBe(400);

    const mine = await ok<ShareList>(learner, "GET", "/api/shares");
    expect(mine.shares.map((one) => one.kind)).toEqual(["story", "interview"]);

    const view = await ok<CohortSharedView>(coach, "GET", `/api/cohorts/${cohort.id}/shared`);
    expect(view.learners.map((one) => [one.name, one.shared])).toEqual([
      ["Lena Learner", 2],
      ["Omar Other", 0],
    ]);
    expect(JSON.stringify(view)).not.toContain(kept);
    expect(JSON.stringify(view)).not.toContain("A story I keep to myself");

    const story = await ok<SharedItem>(
      coach,
      "GET",
      `/api/cohorts/${cohort.id}/shared/${share.id}`,
    );
    expect(story).toMatchObject({
      kind: "story",
      share: { owner: { name: "Lena Learner" }, title: "The eval I would not ship" },
    });
    if (story.kind !== "story") throw new Error("a story share");
    expect(story.story.versions).toHaveLength(1);
    expect(story.versions.map((version) => version.number)).toEqual([1]);
    expect(story.versions[0]?.text).toBe(storyBody()["text"]);
    const transcript = await ok<SharedItem>(
      coach,
      "GET",
      `/api/cohorts/${cohort.id}/shared/${interviewShare.id}`,
    );
    if (transcript.kind !== "interview") throw new Error("an interview share");
    expect(transcript.interview.turns[0]?.answer?.text).toBe(ANSWER);
    expect(transcript.report.round).toBe("values");

    // Learners do not read the coach's routes, nor each other's items.
    for (const who of [learner, other]) {
      for (const url of [
        `/api/cohorts/${cohort.id}/shared`,
        `/api/cohorts/${cohort.id}/shared/${share.id}`,
      ]) {
        const refused = await as(who, { method: "GET", url });
        expect(refused.statusCode, url).toBe(404);
      }
    }
    const othersTry = await as(other, { method: "DELETE", url: `/api/shares/${share.id}` });
    expect(othersTry.statusCode).toBe(404);
    const coachTry = await as(coach, { method: "DELETE", url: `/api/shares/${share.id}` });
    expect(coachTry.statusCode).toBe(404);

    // Revoked: gone for the coach at once.
    const revoked = await as(learner, { method: "DELETE", url: `/api/shares/${share.id}` });
    expect(revoked.statusCode).toBe(204);
    const gone = await as(coach, {
      method: "GET",
      url: `/api/cohorts/${cohort.id}/shared/${share.id}`,
    });
    expect(gone.statusCode).toBe(404);
    const after = await ok<CohortSharedView>(coach, "GET", `/api/cohorts/${cohort.id}/shared`);
    expect(after.learners[0]?.items.map((one) => one.id)).toEqual([interviewShare.id]);
    const twice = await as(learner, { method: "DELETE", url: `/api/shares/${share.id}` });
    expect(twice.statusCode).toBe(404);

    // Deleting the interview takes its share with it.
    await ok(learner, "DELETE", `/api/interviews/${interview.id}`);
    expect((await ok<ShareList>(learner, "GET", "/api/shares")).shares).toEqual([]);
  });

  it("shows a coach a learner's progress only once it is shared, and never the other learner's", async () => {
    const { cohort, learner, other, coach } = await aCohort();
    for (const text of [ANSWER, `${ANSWER} It cost us a week.`]) {
      await ok(learner, "POST", "/api/analyze", { kind: "behavioral", text });
    }
    await ok(other, "POST", "/api/analyze", { kind: "behavioral", text: ANSWER });

    const view = await ok<CohortSharedView>(coach, "GET", `/api/cohorts/${cohort.id}/shared`);
    expect(view.learners.every((one) => one.shared === 0)).toBe(true);

    // Progress takes no id: it is the learner's own as a whole, shared once per cohort.
    const first = await as(learner, {
      method: "POST",
      url: "/api/shares",
      payload: { cohortId: cohort.id, kind: "progress" },
    });
    expect(first.statusCode, first.body).toBe(201);
    const share = first.json<ShareView>();
    expect(share).toMatchObject({ kind: "progress", title: "progress" });
    const again = await as(learner, {
      method: "POST",
      url: "/api/shares",
      payload: { cohortId: cohort.id, kind: "progress", id: share.itemId },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<ShareView>().id).toBe(share.id);

    const read = await ok<SharedItem>(coach, "GET", `/api/cohorts/${cohort.id}/shared/${share.id}`);
    if (read.kind !== "progress") throw new Error("a progress share");
    expect(read.share.owner.name).toBe("Lena Learner");
    expect(read.progress.attempts).toBe(2);
    expect(read.progress.dimensions.ownership.n).toBe(2);
    // The figures only: the history would name the learner's own questions and stories.
    expect(read.progress.recent).toEqual([]);

    // A story or an interview still needs its id; a coach cannot share progress.
    const noId = await as(learner, {
      method: "POST",
      url: "/api/shares",
      payload: { cohortId: cohort.id, kind: "story" },
    });
    expect(noId.statusCode).toBe(400);
    expect(noId.body).toContain("id");
    const coachShares = await as(coach, {
      method: "POST",
      url: "/api/shares",
      payload: { cohortId: cohort.id, kind: "progress" },
    });
    expect(coachShares.statusCode).toBe(404);

    // Taken back: gone for the coach at once.
    await ok(learner, "DELETE", `/api/shares/${share.id}`);
    const gone = await as(coach, {
      method: "GET",
      url: `/api/cohorts/${cohort.id}/shared/${share.id}`,
    });
    expect(gone.statusCode).toBe(404);
  });

  it("lets an administrator list, remove and rename, members leave, and a deleted cohort take only its own rows", async () => {
    const { cohort, learner, other, coach } = await aCohort();
    const story = await aStory(learner, "A story shared, then left behind");
    await ok(learner, "POST", "/api/shares", { cohortId: cohort.id, kind: "story", id: story });
    await ok(other, "POST", "/api/shares", { cohortId: cohort.id, kind: "progress" });

    const list = await ok<CohortMemberList>(admin, "GET", `/api/cohorts/${cohort.id}/members`);
    expect(list.members.map((m) => [m.name, m.role])).toEqual([
      ["Cora Coach", "coach"],
      ["Lena Learner", "learner"],
      ["Omar Other", "learner"],
    ]);
    // Only an administrator manages members or the cohort itself.
    for (const who of [learner, coach]) {
      for (const [method, url, payload] of [
        ["GET", `/api/cohorts/${cohort.id}/members`, undefined],
        ["DELETE", `/api/cohorts/${cohort.id}/members/${other.id}`, undefined],
        ["PATCH", `/api/cohorts/${cohort.id}`, { name: "Mine now" }],
        ["DELETE", `/api/cohorts/${cohort.id}`, { confirm: cohort.name }],
      ] as const) {
        const refused = await as(who, { method, url, ...(payload ? { payload } : {}) });
        expect(refused.statusCode, `${method} ${url}`).toBe(403);
      }
    }
    const blank = await as(admin, {
      method: "PATCH",
      url: `/api/cohorts/${cohort.id}`,
      payload: { name: "  " },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain("name");
    const renamed = await ok<CohortSummary>(admin, "PATCH", `/api/cohorts/${cohort.id}`, {
      name: "Spring 2027, renamed",
    });
    expect(renamed.name).toBe("Spring 2027, renamed");

    // A learner leaves: their share ends with them, and leaving twice is a 404.
    await ok(other, "DELETE", `/api/cohorts/${cohort.id}/membership`);
    expect((await ok<ShareList>(other, "GET", "/api/shares")).shares).toEqual([]);
    const twice = await as(other, {
      method: "DELETE",
      url: `/api/cohorts/${cohort.id}/membership`,
    });
    expect(twice.statusCode).toBe(404);

    // The coach, removed, no longer reads what is shared, on the very next request.
    const shared = await ok<CohortSharedView>(coach, "GET", `/api/cohorts/${cohort.id}/shared`);
    const shareId = shared.learners[0]?.items[0]?.id ?? "";
    await ok(admin, "DELETE", `/api/cohorts/${cohort.id}/members/${coach.id}`);
    const gone = await as(coach, {
      method: "GET",
      url: `/api/cohorts/${cohort.id}/shared/${shareId}`,
    });
    expect(gone.statusCode).toBe(404);
    const unknown = await as(admin, {
      method: "DELETE",
      url: `/api/cohorts/${cohort.id}/members/${coach.id}`,
    });
    expect(unknown.statusCode).toBe(404);

    // Deleting needs the name typed; it takes shares and members, never the learner's story.
    const wrong = await as(admin, {
      method: "DELETE",
      url: `/api/cohorts/${cohort.id}`,
      payload: { confirm: "Spring 2027" },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain("confirm");
    await ok(admin, "DELETE", `/api/cohorts/${cohort.id}`, { confirm: "Spring 2027, renamed" });
    expect((await ok<ShareList>(learner, "GET", "/api/shares")).shares).toEqual([]);
    expect((await ok<CohortList>(learner, "GET", "/api/cohorts")).cohorts).toEqual([]);
    const kept = await as(learner, { method: "GET", url: `/api/stories/${story}` });
    expect(kept.statusCode).toBe(200);
    const after = await as(admin, { method: "GET", url: `/api/cohorts/${cohort.id}/members` });
    expect(after.statusCode).toBe(404);
  });

  it("does not let a coach share, nor see shares made with another cohort", async () => {
    const first = await aCohort();
    const second = await aCohort();
    const story = await aStory(first.learner, "Shared with the first cohort only");
    await ok(first.learner, "POST", "/api/shares", {
      cohortId: first.cohort.id,
      kind: "story",
      id: story,
    });
    const coachStory = await aStory(first.coach, "A coach's story");
    const refused = await as(first.coach, {
      method: "POST",
      url: "/api/shares",
      payload: { cohortId: first.cohort.id, kind: "story", id: coachStory },
    });
    expect(refused.statusCode).toBe(404);
    const view = await ok<CohortSharedView>(
      second.coach,
      "GET",
      `/api/cohorts/${second.cohort.id}/shared`,
    );
    expect(JSON.stringify(view)).not.toContain(story);
    const notTheirs = await as(second.coach, {
      method: "GET",
      url: `/api/cohorts/${first.cohort.id}/shared`,
    });
    expect(notTheirs.statusCode).toBe(404);
  });
});

describe.each(DATABASE_TARGETS)("the log of a server with cohorts, on $name", ({ open }) => {
  it("never holds an invitation link's token", async () => {
    const database = await open();
    const lines: string[] = [];
    const person = newPerson("Grace Admin");
    const app = await testApp(database, {
      accounts: testAccounts(database),
      adminEmails: [person.email],
      logLevel: "info",
      logDestination: { write: (line) => lines.push(line) },
    });
    try {
      const admin = await signUp(app, person);
      const cookie = { cookie: admin.cookie };
      const cohort = await app.inject({
        method: "POST",
        url: "/api/cohorts",
        headers: cookie,
        payload: { name: "Logged" },
      });
      const link = await app.inject({
        method: "POST",
        url: `/api/cohorts/${cohort.json<CohortSummary>().id}/invitations`,
        headers: cookie,
        payload: { role: "learner" },
      });
      const { token } = link.json<CreatedInvitation>();
      await app.inject({ method: "GET", url: `/api/invitations/${token}`, headers: cookie });
      await app.inject({
        method: "POST",
        url: `/api/invitations/${token}/accept`,
        headers: cookie,
      });
      await app.inject({ method: "GET", url: `/invite/${token}` });
      expect(lines.join("\n")).toContain("/api/invitations/[redacted]/accept");
      expect(lines.join("\n")).not.toContain(token);
    } finally {
      await app.close();
      await database.dispose();
    }
  });
});

describe.each(DATABASE_TARGETS)("cohorts in local mode, on $name", ({ open }) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await open();
    app = await testApp(database);
  });

  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it("serves no cohort routes: cohorts need accounts", async () => {
    for (const url of ["/api/cohorts", "/api/shares"]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(404);
    }
  });
});
