import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeUser } from "../../../tests/support/factories.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../tests/support/test-database.ts";
import { listStarredQuestionIds, starQuestion, unstarQuestion } from "./starred-repository.ts";
import { ensureLocalUser, findUser } from "./users-repository.ts";

describe.each(DATABASE_TARGETS)("repositories on $name", ({ open }) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await open();
  });

  afterEach(async () => {
    await database.dispose();
  });

  it("creates the local user once and returns the same one afterwards", async () => {
    const first = await ensureLocalUser(database.db);
    const second = await ensureLocalUser(database.db);
    expect(second.id).toBe(first.id);
    expect(first.kind).toBe("local");
    expect(await findUser(database.db, first.id)).toEqual(first);
  });

  it("keeps each user's stars to that user", async () => {
    const alice = await makeUser(database.db);
    const bob = await makeUser(database.db);
    await starQuestion(database.db, alice.id, "values-one");
    await starQuestion(database.db, alice.id, "values-one");
    await starQuestion(database.db, bob.id, "coding-two");

    expect(await listStarredQuestionIds(database.db, alice.id)).toEqual(["values-one"]);
    expect(await listStarredQuestionIds(database.db, bob.id)).toEqual(["coding-two"]);

    await unstarQuestion(database.db, bob.id, "values-one");
    expect(await listStarredQuestionIds(database.db, alice.id)).toEqual(["values-one"]);
    await unstarQuestion(database.db, alice.id, "values-one");
    expect(await listStarredQuestionIds(database.db, alice.id)).toEqual([]);
  });

  it("returns undefined for an unknown user id", async () => {
    expect(await findUser(database.db, "00000000-0000-4000-8000-000000000000")).toBeUndefined();
  });
});
