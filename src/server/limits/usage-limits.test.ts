import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeUser } from "../../../tests/support/factories.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../tests/support/test-database.ts";
import { usageCounters } from "../../node/db/schema.ts";
import {
  addressBlock,
  createUsageLimiter,
  inTime,
  NO_LIMITS,
  windowStartOf,
} from "./usage-limits.ts";

describe("windows and waits", () => {
  it("cuts the same fixed window from any moment inside it", () => {
    const hour = 60 * 60 * 1000;
    expect(windowStartOf(new Date("2026-12-04T21:59:59.999Z"), hour)).toEqual(
      new Date("2026-12-04T21:00:00Z"),
    );
    expect(windowStartOf(new Date("2026-12-04T21:44:00Z"), 15 * 60 * 1000)).toEqual(
      new Date("2026-12-04T21:30:00Z"),
    );
  });

  it("says how long to wait in seconds under a minute and in whole minutes above", () => {
    expect(inTime(1)).toBe("in 1 second");
    expect(inTime(45)).toBe("in 45 seconds");
    expect(inTime(60)).toBe("in 1 minute");
    expect(inTime(61)).toBe("in 2 minutes");
    expect(inTime(720)).toBe("in 12 minutes");
  });
});

describe("the address block a sign-in is counted under", () => {
  it.each([
    ["192.0.2.7", "192.0.2.7"],
    ["::ffff:192.0.2.7", "192.0.2.7"],
    ["2001:db8:aa:1:1234:5678:9abc:def0", "2001:db8:aa:1::/64"],
    ["2001:0DB8:00aa:0001::9", "2001:db8:aa:1::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["fe80::", "fe80:0:0:0::/64"],
  ])("counts %s as %s", (address, block) => {
    expect(addressBlock(address)).toBe(block);
  });
});

describe.each(DATABASE_TARGETS)("the usage limiter on $name", ({ open }) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await open();
  });

  beforeEach(() => database.reset());

  afterAll(() => database.dispose());

  it("refuses the use past the limit with the seconds left in the window", async () => {
    const ada = await makeUser(database.db);
    const limiter = createUsageLimiter({
      db: database.db,
      limits: { ...NO_LIMITS, analysesPerHour: 1 },
      now: () => new Date("2026-12-04T21:59:15Z"),
    });
    expect((await limiter.countAnalysis(ada.id)).ok).toBe(true);
    expect(await limiter.countAnalysis(ada.id)).toEqual({
      ok: false,
      error: {
        message:
          "You have run 1 analysis this hour, the limit on this server. Try again in 45 seconds.",
        retryAfterSeconds: 45,
      },
    });
    // No language-model limit is set, so none is counted.
    expect((await limiter.countLlmCall(ada.id)).ok).toBe(true);
  });

  it("prunes windows older than a day on the back of a count", async () => {
    const ada = await makeUser(database.db);
    let clock = new Date("2026-12-03T09:10:00Z");
    const limiter = createUsageLimiter({
      db: database.db,
      limits: { ...NO_LIMITS, analysesPerHour: 5 },
      now: () => clock,
    });
    await limiter.countAnalysis(ada.id);
    clock = new Date("2026-12-04T21:10:00Z");
    await limiter.countAnalysis(ada.id);
    const rows = await database.db
      .select({ windowStart: usageCounters.windowStart })
      .from(usageCounters);
    expect(rows).toEqual([{ windowStart: new Date("2026-12-04T21:00:00Z") }]);
  });

  it("gives a sign-in's counts back when it succeeds", async () => {
    const limiter = createUsageLimiter({
      db: database.db,
      limits: { ...NO_LIMITS, signIn: { perEmail: 1, perAddress: 1, windowMinutes: 15 } },
      now: () => new Date("2026-12-04T21:50:00Z"),
    });
    for (let i = 0; i < 3; i += 1) {
      const attempt = await limiter.beginSignIn("Ada@Example.com", "192.0.2.1");
      if (!attempt.ok) throw new Error("refused a sign-in that had failed no time");
      await attempt.value.giveBack();
    }
    expect((await limiter.beginSignIn("ada@example.com ", "192.0.2.1")).ok).toBe(true);
    const refused = await limiter.beginSignIn("ADA@example.com", "192.0.2.2");
    expect(refused.ok).toBe(false);
    // The stored keys carry neither the email nor the address.
    const keys = (await database.db.select({ key: usageCounters.key }).from(usageCounters)).map(
      (row) => row.key,
    );
    expect(keys.join(" ")).not.toMatch(/example|192\.0\.2/i);
  });
});
