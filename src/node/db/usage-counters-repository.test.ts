import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeUser } from "../../../tests/support/factories.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../tests/support/test-database.ts";
import { usageCounters } from "./schema.ts";
import { deleteUserData } from "./user-data-repository.ts";
import { countUse, pruneCounters, readCount, uncountUse } from "./usage-counters-repository.ts";

const HOUR = new Date("2026-12-04T21:00:00Z");
const NEXT_HOUR = new Date("2026-12-04T22:00:00Z");

describe.each(DATABASE_TARGETS)("usage counters on $name", ({ open }) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await open();
  });

  beforeEach(() => database.reset());

  afterAll(() => database.dispose());

  it("counts up to the limit and then refuses without counting further", async () => {
    const window = { key: "analyses:test", windowStart: HOUR, limit: 3 };
    const outcomes = [];
    for (let i = 0; i < 5; i += 1) outcomes.push(await countUse(database.db, window));
    expect(outcomes).toEqual([
      { counted: true, count: 1 },
      { counted: true, count: 2 },
      { counted: true, count: 3 },
      { counted: false },
      { counted: false },
    ]);
    expect(await readCount(database.db, window)).toBe(3);
  });

  it("keeps windows and keys apart", async () => {
    await countUse(database.db, { key: "a", windowStart: HOUR, limit: 1 });
    expect(await countUse(database.db, { key: "a", windowStart: NEXT_HOUR, limit: 1 })).toEqual({
      counted: true,
      count: 1,
    });
    expect(await countUse(database.db, { key: "b", windowStart: HOUR, limit: 1 })).toEqual({
      counted: true,
      count: 1,
    });
    expect(await readCount(database.db, { key: "c", windowStart: HOUR })).toBe(0);
  });

  it("never counts past the limit under concurrent requests", async () => {
    const window = { key: "sign-in:address:192.0.2.1", windowStart: HOUR, limit: 7 };
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => countUse(database.db, window)),
    );
    expect(outcomes.filter((outcome) => outcome.counted)).toHaveLength(7);
    expect(await readCount(database.db, window)).toBe(7);
  });

  it("gives a use back, never below zero", async () => {
    const window = { key: "sign-in:email:x", windowStart: HOUR };
    await countUse(database.db, { ...window, limit: 5 });
    await uncountUse(database.db, window);
    await uncountUse(database.db, window);
    expect(await readCount(database.db, window)).toBe(0);
  });

  it("refuses everything when the limit is zero", async () => {
    expect(await countUse(database.db, { key: "z", windowStart: HOUR, limit: 0 })).toEqual({
      counted: false,
    });
  });

  it("prunes the windows that began before a time", async () => {
    await countUse(database.db, { key: "a", windowStart: HOUR, limit: 9 });
    await countUse(database.db, { key: "b", windowStart: HOUR, limit: 9 });
    await countUse(database.db, { key: "a", windowStart: NEXT_HOUR, limit: 9 });
    expect(await pruneCounters(database.db, NEXT_HOUR)).toBe(2);
    expect(await readCount(database.db, { key: "a", windowStart: NEXT_HOUR })).toBe(1);
  });

  it("deletes a user's counters with the user", async () => {
    const ada = await makeUser(database.db);
    await countUse(database.db, {
      key: `analyses:${ada.id}`,
      windowStart: HOUR,
      limit: 9,
      userId: ada.id,
    });
    await deleteUserData(database.db, ada.id, { keepUser: false });
    const left = await database.db
      .select()
      .from(usageCounters)
      .where(eq(usageCounters.key, `analyses:${ada.id}`));
    expect(left).toEqual([]);
  });
});
