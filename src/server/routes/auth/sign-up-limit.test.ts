import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPerson, testAccounts } from "../../../../tests/support/accounts-app.ts";
import { testApp } from "../../../../tests/support/test-app.ts";
import { openDatabase, type Database } from "../../../node/db/database.ts";
import { NO_LIMITS } from "../../limits/usage-limits.ts";

// 21:50 UTC: the hour's window ends in 10 minutes.
const CLOCK = new Date("2026-12-04T21:50:00Z");

let database: Database;
let app: FastifyInstance;

beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
  app = await testApp(database, {
    accounts: testAccounts(database),
    limits: { ...NO_LIMITS, signUpsPerAddressPerHour: 2 },
    now: () => CLOCK,
  });
});

afterAll(async () => {
  await app.close();
  await database.close();
});

function signUpFrom(remoteAddress: string, person: object = newPerson()) {
  return app.inject({
    method: "POST",
    url: "/api/auth/sign-up/email",
    headers: { origin: "http://localhost" },
    payload: person,
    remoteAddress,
  });
}

describe("the new-accounts limit", () => {
  it("refuses a third account from one address within the hour, with when to come back", async () => {
    // A sign-up that makes no account costs nothing: a password that is too short.
    const weak = await signUpFrom("198.51.100.7", { ...newPerson(), password: "short" });
    expect(weak.statusCode).toBe(400);
    expect((await signUpFrom("198.51.100.7")).statusCode).toBe(200);
    expect((await signUpFrom("198.51.100.7")).statusCode).toBe(200);

    const refused = await signUpFrom("198.51.100.7");
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("600");
    expect(refused.cookies).toEqual([]);
    expect(refused.json()).toMatchObject({
      code: "rate-limited",
      retryAfterSeconds: 600,
      message: expect.stringContaining("Too many new accounts from your network address") as string,
    });
    // Another address, and signing in, are not held up.
    expect((await signUpFrom("198.51.100.8")).statusCode).toBe(200);
  });

  it("counts an IPv6 subscriber's whole /64 as one address", async () => {
    expect((await signUpFrom("2001:db8:1:2::10")).statusCode).toBe(200);
    expect((await signUpFrom("2001:db8:1:2:ffff::1")).statusCode).toBe(200);
    expect((await signUpFrom("2001:db8:1:2::99")).statusCode).toBe(429);
  });
});
