import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeUser } from "../../../tests/support/factories.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../tests/support/test-database.ts";
import { listStarredQuestionIds, starQuestion, unstarQuestion } from "./starred-repository.ts";
import { ensureLocalUser, findUser } from "./users-repository.ts";

describe.each(DATABASE_TARGETS)("repositories on $name", ({ open }) => {
  let database: TestDatabase;

  // One database for the file, emptied before each test: no test sees another's rows.
  beforeAll(async () => {
    database = await open();
  });

  beforeEach(() => database.reset());

  afterAll(() => database.dispose());

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

  it("starts each test from empty tables once the file's database is reset", async () => {
    const carol = await makeUser(database.db);
    await starQuestion(database.db, carol.id, "values-one");
    await database.reset();
    expect(await findUser(database.db, carol.id)).toBeUndefined();
    expect(await listStarredQuestionIds(database.db, carol.id)).toEqual([]);
    // The schema survives the reset: the next test writes as usual.
    const local = await ensureLocalUser(database.db);
    expect(await findUser(database.db, local.id)).toEqual(local);
  });

  it("returns undefined for an unknown user id", async () => {
    expect(await findUser(database.db, "00000000-0000-4000-8000-000000000000")).toBeUndefined();
  });
});
