import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeUser } from "../../../tests/support/factories.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../tests/support/test-database.ts";
import {
  createAssessmentSession,
  findAssessmentSession,
  listAssessmentSessions,
  updateAssessmentSession,
} from "./assessment-sessions-repository.ts";
import { findDraft, saveDraft } from "./code-drafts-repository.ts";

describe.each(DATABASE_TARGETS)("code practice repositories on $name", ({ open }) => {
  let database: TestDatabase;

  // One database for the file, emptied before each test: no test sees another's rows.
  beforeAll(async () => {
    database = await open();
  });

  beforeEach(() => database.reset());

  afterAll(() => database.dispose());

  it("keeps one draft per user, subject and language, and replaces it on save", async () => {
    const alice = await makeUser(database.db);
    const bob = await makeUser(database.db);
    await saveDraft(database.db, alice.id, {
      subject: "problem:lru-cache",
      language: "py",
      code: "a",
    });
    await saveDraft(database.db, alice.id, {
      subject: "problem:lru-cache",
      language: "py",
      code: "b",
    });
    await saveDraft(database.db, alice.id, {
      subject: "problem:lru-cache",
      language: "js",
      code: "c",
    });
    expect((await findDraft(database.db, alice.id, "problem:lru-cache", "py"))?.code).toBe("b");
    expect((await findDraft(database.db, alice.id, "problem:lru-cache", "js"))?.code).toBe("c");
    expect(await findDraft(database.db, bob.id, "problem:lru-cache", "py")).toBeUndefined();
  });

  it("fixes an assessment's deadline at the start and keeps sessions to their user", async () => {
    const alice = await makeUser(database.db);
    const bob = await makeUser(database.db);
    const now = new Date("2026-11-23T10:00:00Z");
    const session = await createAssessmentSession(database.db, alice.id, {
      assessmentId: "bank-system",
      language: "ts",
      durationMinutes: 90,
      now,
    });
    expect(session.deadlineAt.toISOString()).toBe("2026-11-23T11:30:00.000Z");
    expect(await findAssessmentSession(database.db, bob.id, session.id)).toBeUndefined();
    expect(await findAssessmentSession(database.db, alice.id, "not-a-uuid")).toBeUndefined();

    const results = [{ level: 1, passed: 10, total: 10, passedAtMs: 600_000, attempts: 2 }];
    expect(
      await updateAssessmentSession(database.db, bob.id, session.id, {
        levelResults: results,
        status: "active",
        finishedAt: null,
      }),
    ).toBe(false);
    await updateAssessmentSession(database.db, alice.id, session.id, {
      levelResults: results,
      status: "active",
      finishedAt: null,
    });
    const read = await findAssessmentSession(database.db, alice.id, session.id);
    expect(read?.levelResults).toEqual(results);
    expect(read?.deadlineAt).toEqual(session.deadlineAt);
    expect(await listAssessmentSessions(database.db, bob.id)).toEqual([]);
  });
});
