import { randomUUID } from "node:crypto";
import { count, eq, getTableName, is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { InterviewState } from "../../core/interview/index.ts";
import { makeUser } from "../../../tests/support/factories.ts";
import { makeAnalysedDraft } from "../../../tests/support/story-factories.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../tests/support/test-database.ts";
import {
  addMember,
  createCohort,
  createInvitation,
  findCohort,
  findMembership,
  listInvitations,
} from "./cohorts-repository.ts";
import { createApplication } from "./applications-repository.ts";
import { saveReadingNote } from "./reading-notes-repository.ts";
import { createShare, listOwnShares } from "./shares-repository.ts";
import { createAssessmentSession } from "./assessment-sessions-repository.ts";
import { saveDraft } from "./code-drafts-repository.ts";
import { recordSubmission } from "./problem-submissions-repository.ts";
import type { Db } from "./database.ts";
import { createInterview } from "./interviews-repository.ts";
import { createPracticeAttempt } from "./practice-attempts-repository.ts";
import * as schema from "./schema.ts";
import { starQuestion } from "./starred-repository.ts";
import { createStory, saveStoryVersion } from "./stories-repository.ts";
import {
  deleteUserData,
  findProfile,
  readUserRows,
  USER_CREATED_TABLES,
  USER_OWNED_TABLES,
  type UserOwnedTableName,
} from "./user-data-repository.ts";
import { ensureLocalUser } from "./users-repository.ts";

/** Every table schema.ts declares. */
function schemaTables(): PgTable[] {
  return Object.values(schema as Record<string, unknown>).filter((value): value is PgTable =>
    is(value, PgTable),
  );
}

/** Whether a table's rows belong to a user: a `user_id` column, or any foreign key to `users`. */
function isUserOwned(table: PgTable): boolean {
  const config = getTableConfig(table);
  return (
    config.columns.some((column) => column.name === "user_id") ||
    config.foreignKeys.some((key) => key.reference().foreignTable === schema.users)
  );
}

describe("the list of user-owned tables", () => {
  it("names every table of schema.ts that holds a user's rows, exported or with a reason", () => {
    const listed = new Set<string>([
      ...Object.keys(USER_OWNED_TABLES),
      ...Object.keys(USER_CREATED_TABLES),
    ]);
    const missing = schemaTables()
      .filter(isUserOwned)
      .map((table) => getTableName(table))
      .filter((name) => !listed.has(name));
    expect(
      missing,
      "add these to USER_OWNED_TABLES in user-data-repository.ts (exported, or notExported with why)",
    ).toEqual([]);
  });

  it("lists only real user-owned tables, each under its own SQL name", () => {
    for (const [name, owned] of Object.entries(USER_OWNED_TABLES)) {
      expect(getTableName(owned.table)).toBe(name);
      expect(isUserOwned(owned.table)).toBe(true);
    }
  });

  it("keeps a user-created table's rows when its creator goes, naming no one", () => {
    for (const [name, created] of Object.entries(USER_CREATED_TABLES)) {
      expect(getTableName(created.table)).toBe(name);
      const keys = getTableConfig(created.table).foreignKeys.filter(
        (key) => key.reference().foreignTable === schema.users,
      );
      expect(keys.map((key) => key.onDelete)).toEqual(["set null"]);
      expect(created.creator.notNull).toBe(false);
    }
  });

  it("gives a reason for every table it keeps out of the export", () => {
    for (const owned of Object.values(USER_OWNED_TABLES)) {
      if ("notExported" in owned) expect(owned.notExported.length).toBeGreaterThan(20);
    }
  });
});

/** One row or more in every user-owned table, for this user. */
async function seedEverything(db: Db, userId: string): Promise<void> {
  const story = await createStory(db, userId, makeAnalysedDraft());
  await saveStoryVersion(db, userId, story.story.id, makeAnalysedDraft({ title: "Second take" }));
  await createInterview(db, userId, {
    round: "values",
    state: { round: "values", turns: [] } as unknown as InterviewState,
    turnSources: [],
  });
  await saveDraft(db, userId, { subject: "problem:two-sum", language: "python", code: "pass\n" });
  await saveDraft(db, userId, { subject: "work-sample:w1", language: "typescript", code: "//\n" });
  await recordSubmission(db, userId, {
    problemId: "two-sum",
    language: "py",
    code: "pass\n",
    passed: 1,
    total: 3,
  });
  await createAssessmentSession(db, userId, {
    assessmentId: "a1",
    language: "javascript",
    durationMinutes: 90,
  });
  await starQuestion(db, userId, "values-one");
  await createApplication(db, userId, {
    company: "Anthropic",
    role: "",
    status: "active",
    stages: [{ round: "values", date: "2026-12-09", done: false }],
    nextStep: "",
    notes: "",
  });
  await saveReadingNote(db, userId, { packId: "anthropic", readingId: "constitutional-ai" }, null, {
    text: "I doubt the feedback loop removes bias, because the model grades itself.",
    check: {
      view: [],
      critique: [],
      performed: [],
      complete: false,
      missing: [],
      analysis: makeAnalysedDraft().analysis,
    },
  });
  const saved = makeAnalysedDraft();
  await createPracticeAttempt(db, userId, {
    questionId: "values-one",
    question: "What would you push back on?",
    kind: "values",
    answer: saved.draft.text,
    analysis: saved.analysis,
  });
  const cohort = await createCohort(db, { name: "Spring cohort", createdBy: userId });
  await addMember(db, { cohortId: cohort.id, userId, role: "learner" });
  await createShare(db, { userId, cohortId: cohort.id, kind: "story", itemId: story.story.id });
  await db.insert(schema.authSessions).values({
    userId,
    token: randomUUID(),
    expiresAt: new Date(Date.now() + 60_000),
  });
  await db.insert(schema.authAccounts).values({
    userId,
    accountId: userId,
    providerId: "credential",
    password: "salt:hash",
  });
  await db.insert(schema.designSessions).values({
    userId,
    questionId: "design-ai-api-rate-limiting",
    minutes: 45,
    deadlineAt: new Date(Date.now() + 45 * 60_000),
    text: "## Requirements\n100 requests a minute per key.",
  });
  await db.insert(schema.usageCounters).values({
    key: `analyses:${userId}`,
    windowStart: new Date(),
    count: 1,
    userId,
  });
  await db.insert(schema.authVerifications).values({
    identifier: `reset-password:${randomUUID()}`,
    value: userId,
    expiresAt: new Date(Date.now() + 60_000),
  });
}

/** How many rows of each user-owned table belong to this user. */
async function countRows(db: Db, userId: string): Promise<Record<UserOwnedTableName, number>> {
  const counts: Record<string, number> = {};
  for (const [name, owned] of Object.entries(USER_OWNED_TABLES)) {
    const [row] = await db
      .select({ n: count() })
      .from(owned.table)
      .where(eq(owned.table.userId, userId));
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

async function countVerifications(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(schema.authVerifications)
    .where(eq(schema.authVerifications.value, userId));
  return row?.n ?? 0;
}

describe.each(DATABASE_TARGETS)("a user's data on $name", ({ open }) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await open();
  });

  beforeEach(() => database.reset());

  afterAll(() => database.dispose());

  it("seeds a row in every user-owned table, so the checks below can fail", async () => {
    const ada = await makeUser(database.db);
    await seedEverything(database.db, ada.id);
    for (const [name, n] of Object.entries(await countRows(database.db, ada.id))) {
      expect(n, name).toBeGreaterThan(0);
    }
  });

  it("reads every exported table's rows of one user only, and no secret", async () => {
    const ada = await makeUser(database.db);
    const ben = await makeUser(database.db);
    await seedEverything(database.db, ada.id);
    await seedEverything(database.db, ben.id);

    const rows = await readUserRows(database.db, ada.id);
    expect(Object.keys(rows).sort()).toEqual(
      Object.entries(USER_OWNED_TABLES)
        .filter(([, owned]) => !("notExported" in owned))
        .map(([name]) => name)
        .sort(),
    );
    expect(rows.stories).toHaveLength(1);
    expect(rows.story_versions.map((version) => version.number).sort()).toEqual([1, 2]);
    expect(rows.code_drafts).toHaveLength(2);
    for (const table of Object.values(rows)) {
      for (const row of table) expect(row.userId).toBe(ada.id);
    }
    expect(JSON.stringify(rows)).not.toContain("salt:hash");
    expect(await findProfile(database.db, ada.id)).toMatchObject({
      id: ada.id,
      displayName: ada.displayName,
    });
  });

  it("deletes an account and every row it owns, and leaves another user's rows alone", async () => {
    const ada = await makeUser(database.db);
    const ben = await makeUser(database.db);
    await seedEverything(database.db, ada.id);
    await seedEverything(database.db, ben.id);
    const bensBefore = await countRows(database.db, ben.id);

    const deleted = await deleteUserData(database.db, ada.id, { keepUser: false });
    expect(deleted.stories).toBe(1);
    expect(deleted.auth_sessions).toBe(1);

    for (const [name, n] of Object.entries(await countRows(database.db, ada.id))) {
      expect(n, name).toBe(0);
    }
    expect(await countVerifications(database.db, ada.id)).toBe(0);
    expect(await findProfile(database.db, ada.id)).toBeUndefined();
    expect(await countRows(database.db, ben.id)).toEqual(bensBefore);
    expect(await countVerifications(database.db, ben.id)).toBe(1);
    expect(await findProfile(database.db, ben.id)).toBeDefined();
  });

  it("keeps the cohorts and invitations a deleted administrator made, with no creator", async () => {
    const admin = await makeUser(database.db);
    const learner = await makeUser(database.db);
    const cohort = await createCohort(database.db, { name: "Autumn", createdBy: admin.id });
    const invitation = await createInvitation(database.db, {
      cohortId: cohort.id,
      role: "learner",
      tokenHash: randomUUID(),
      expiresAt: new Date(Date.now() + 60_000),
      createdBy: admin.id,
    });
    await addMember(database.db, { cohortId: cohort.id, userId: learner.id, role: "learner" });

    await deleteUserData(database.db, admin.id, { keepUser: false });

    expect(await findCohort(database.db, cohort.id)).toMatchObject({
      name: "Autumn",
      createdBy: null,
    });
    expect(await listInvitations(database.db, cohort.id)).toMatchObject([
      { id: invitation.id, createdBy: null },
    ]);
    expect(await findMembership(database.db, cohort.id, learner.id)).toBe("learner");
  });

  it("removes an item's shares when the story or interview is deleted", async () => {
    const ada = await makeUser(database.db);
    await seedEverything(database.db, ada.id);
    const [storyShare] = await listOwnShares(database.db, ada.id);
    if (storyShare === undefined) throw new Error("the seed shares a story");
    const [interview] = await database.db.select().from(schema.interviews);
    if (interview === undefined) throw new Error("the seed makes an interview");
    await createShare(database.db, {
      userId: ada.id,
      cohortId: storyShare.cohortId,
      kind: "interview",
      itemId: interview.id,
    });
    expect(await listOwnShares(database.db, ada.id)).toHaveLength(2);

    await database.db.delete(schema.stories).where(eq(schema.stories.id, storyShare.itemId));
    expect((await listOwnShares(database.db, ada.id)).map((share) => share.kind)).toEqual([
      "interview",
    ]);
    await database.db.delete(schema.interviews).where(eq(schema.interviews.id, interview.id));
    expect(await listOwnShares(database.db, ada.id)).toEqual([]);
  });

  it("empties the local user's data and keeps the local user", async () => {
    const local = await ensureLocalUser(database.db);
    await seedEverything(database.db, local.id);

    await deleteUserData(database.db, local.id, { keepUser: true });

    for (const [name, n] of Object.entries(await countRows(database.db, local.id))) {
      expect(n, name).toBe(0);
    }
    expect((await ensureLocalUser(database.db)).id).toBe(local.id);
  });
});
