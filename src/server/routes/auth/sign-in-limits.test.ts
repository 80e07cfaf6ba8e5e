import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPerson, signUp, testAccounts } from "../../../../tests/support/accounts-app.ts";
import { testApp } from "../../../../tests/support/test-app.ts";
import { openDatabase, type Database } from "../../../node/db/database.ts";
import { authSessions } from "../../../node/db/schema.ts";
import type { UsageLimitsConfig } from "../../limits/usage-limits.ts";

// 21:50 UTC: the 15-minute window that began at 21:45 ends in 10 minutes.
const CLOCK = new Date("2026-12-04T21:50:00Z");

const LIMITS: UsageLimitsConfig = {
  analysesPerHour: undefined,
  llmCallsPerHour: undefined,
  signUpsPerAddressPerHour: undefined,
  signIn: { perEmail: 3, perAddress: 5, windowMinutes: 15 },
};

let database: Database;
let app: FastifyInstance;

beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
  app = await testApp(database, {
    accounts: testAccounts(database),
    limits: LIMITS,
    now: () => CLOCK,
  });
});

afterAll(async () => {
  await app.close();
  await database.close();
});

function signIn(email: string, password: string, remoteAddress: string) {
  return app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    payload: { email, password },
    remoteAddress,
  });
}

describe("the failed sign-in limits", () => {
  it("locks an account out after its failed sign-ins, the right password included", async () => {
    const ada = await signUp(app, newPerson("Ada Okafor"));
    expect((await signIn(ada.email, "wrong password 1", "192.0.2.10")).statusCode).toBe(401);
    expect((await signIn(ada.email, "wrong password 2", "192.0.2.11")).statusCode).toBe(401);
    // Successful sign-ins are not failures and use up nothing.
    for (let i = 0; i < 4; i += 1) {
      expect((await signIn(ada.email, ada.password, "192.0.2.12")).statusCode).toBe(200);
    }
    expect((await signIn(ada.email.toUpperCase(), "wrong 3", "192.0.2.13")).statusCode).toBe(401);

    const refused = await signIn(ada.email, ada.password, "192.0.2.14");
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("600");
    expect(refused.cookies).toEqual([]);
    expect(refused.json()).toEqual({
      code: "rate-limited",
      message:
        "Too many failed sign-ins to this account: 3 failed sign-ins in 15 minutes is the " +
        "limit on this server. Try again in 10 minutes.",
      retryAfterSeconds: 600,
    });

    // Another account is not locked out.
    const ben = await signUp(app, newPerson("Ben Adeyemi"));
    expect((await signIn(ben.email, ben.password, "192.0.2.14")).statusCode).toBe(200);
  });

  it("locks an address out after its failed sign-ins, whichever accounts they named", async () => {
    const mei = await signUp(app, newPerson("Mei Lindqvist"));
    for (let i = 0; i < 5; i += 1) {
      const email = newPerson(`Guess ${String(i)}`).email;
      expect((await signIn(email, "a guessed password", "198.51.100.7")).statusCode).toBe(401);
    }
    const refused = await signIn(mei.email, mei.password, "198.51.100.7");
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("600");
    expect(refused.json<{ message: string }>().message).toMatch(
      /^Too many failed sign-ins from your network address: 5 failed sign-ins in 15 minutes/,
    );
    // The refusal from the address did not count against Mei's account.
    expect((await signIn(mei.email, mei.password, "198.51.100.8")).statusCode).toBe(200);
  });

  it("counts nothing for a request better-auth refuses before checking a password", async () => {
    const tomas = await signUp(app, newPerson("Tomás Herrera"));
    for (let i = 0; i < 5; i += 1) {
      const response = await signIn("not an email address", "any password", "203.0.113.5");
      expect(response.statusCode).toBe(400);
    }
    expect((await signIn(tomas.email, tomas.password, "203.0.113.5")).statusCode).toBe(200);
  });

  it("counts the client a trusted proxy names, and ignores the header from anyone else", async () => {
    const proxied = await testApp(database, {
      accounts: testAccounts(database),
      limits: LIMITS,
      now: () => CLOCK,
      trustedProxies: ["10.0.0.0/8"],
    });
    try {
      const priya = await signUp(proxied, newPerson("Priya Raman"));
      const through = (client: string, password: string, peer = "10.0.0.2") =>
        proxied.inject({
          method: "POST",
          url: "/api/auth/sign-in/email",
          payload: { email: newPerson().email, password },
          remoteAddress: peer,
          headers: { "x-forwarded-for": client },
        });
      for (let i = 0; i < 5; i += 1) {
        expect((await through("192.0.2.77", "a guess")).statusCode).toBe(401);
      }
      expect((await through("192.0.2.77", "a guess")).statusCode).toBe(429);
      // Another client behind the same proxy is not locked out.
      const other = await proxied.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        payload: { email: priya.email, password: priya.password },
        remoteAddress: "10.0.0.2",
        headers: { "x-forwarded-for": "192.0.2.78" },
      });
      expect(other.statusCode).toBe(200);
      // A client that is not a trusted proxy cannot pick a fresh address with the header.
      for (let i = 0; i < 5; i += 1) {
        const forged = `192.0.2.${String(100 + i)}`;
        expect((await through(forged, "a guess", "198.18.0.9")).statusCode).toBe(401);
      }
      expect((await through("192.0.2.200", "a guess", "198.18.0.9")).statusCode).toBe(429);
    } finally {
      await proxied.close();
    }
  });

  it("hands better-auth the client's address, not one the client wrote", async () => {
    const lena = await signUp(app, newPerson("Lena Park"));
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      payload: { email: lena.email, password: lena.password },
      remoteAddress: "192.0.2.99",
      headers: { "x-forwarded-for": "203.0.113.250" },
    });
    expect(response.statusCode).toBe(200);
    const sessions = await database.db
      .select({ ipAddress: authSessions.ipAddress })
      .from(authSessions)
      .where(eq(authSessions.userId, lena.id));
    expect(sessions.map((session) => session.ipAddress)).toContain("192.0.2.99");
    expect(sessions.map((session) => session.ipAddress)).not.toContain("203.0.113.250");
  });
});
