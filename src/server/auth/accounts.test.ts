import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildAccountsApp,
  cookieFrom,
  newPerson,
  signUp,
  testAccounts,
} from "../../../tests/support/accounts-app.ts";
import { testApp } from "../../../tests/support/test-app.ts";
import type { Accounts } from "./accounts.ts";
import { openDatabase, type Database } from "../../node/db/database.ts";
import { authAccounts, users } from "../../node/db/schema.ts";
import { ensureLocalUser } from "../../node/db/users-repository.ts";

describe("accounts mode", () => {
  let database: Database;
  let accounts: Accounts;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await openDatabase({ kind: "memory" });
    accounts = testAccounts(database);
    app = await buildAccountsApp(database, { accounts });
  });

  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("signs a user up, with an HTTP-only session cookie that reads their own data", async () => {
    const person = newPerson("Mei Lindqvist");
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      payload: person,
    });
    expect(response.statusCode).toBe(200);
    const session = response.cookies.find((cookie) => cookie.name === "candor.session_token");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(session?.secure).toBeFalsy();
    const cookie = cookieFrom(response);

    const me = await app.inject({
      method: "GET",
      url: "/api/auth/get-session",
      headers: { cookie },
    });
    expect(me.json<{ user: { email: string; name: string } }>().user).toMatchObject({
      email: person.email,
      name: "Mei Lindqvist",
    });
    const stories = await app.inject({ method: "GET", url: "/api/stories", headers: { cookie } });
    expect(stories.statusCode).toBe(200);
    const rows = await database.db
      .select({ kind: users.kind, displayName: users.displayName })
      .from(users)
      .where(eq(users.email, person.email));
    expect(rows).toEqual([{ kind: "account", displayName: "Mei Lindqvist" }]);
  });

  it("answers every other /api route 401 without a session, in the documented shape", async () => {
    for (const [method, url] of [
      ["GET", "/api/stories"],
      ["POST", "/api/interviews"],
      ["GET", "/api/progress"],
      ["GET", "/api/questions"],
      ["GET", "/api/no-such-route"],
    ] as const) {
      const response = await app.inject({
        method,
        url,
        payload: method === "GET" ? undefined : {},
      });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.json()).toEqual({
        error: { code: "unauthenticated", message: expect.stringMatching(/Sign in/) as string },
      });
    }
  });

  it("refuses a forged or stale session cookie", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/api/stories",
      headers: { cookie: "candor.session_token=forged.signature" },
    });
    expect(response.statusCode).toBe(401);
  });

  it("keeps /api/health open", async () => {
    expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
  });

  it("says at /api/account, without a session, that it has accounts and who is signed in", async () => {
    const anonymous = await app.inject({ method: "GET", url: "/api/account" });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ mode: "accounts", user: null });
    const account = await signUp(app, newPerson("Aiyana Brooks"));
    const signedIn = await app.inject({
      method: "GET",
      url: "/api/account",
      headers: { cookie: account.cookie },
    });
    expect(signedIn.json()).toEqual({ mode: "accounts", user: { name: "Aiyana Brooks" } });
  });

  it("signs in with the right password only, and signs out", async () => {
    const account = await signUp(app, newPerson("Tomás Herrera"));
    const wrong = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      payload: { email: account.email, password: "not my password at all" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.cookies.find((cookie) => cookie.name === "candor.session_token")).toBeUndefined();

    const signedIn = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      payload: { email: account.email, password: account.password },
    });
    expect(signedIn.statusCode).toBe(200);
    const cookie = cookieFrom(signedIn);
    expect(
      (await app.inject({ method: "GET", url: "/api/stories", headers: { cookie } })).statusCode,
    ).toBe(200);

    const out = await app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { cookie, origin: "http://localhost" },
    });
    expect(out.statusCode).toBe(200);
    // The session is gone from the database, so the old cookie no longer works anywhere.
    expect(
      (await app.inject({ method: "GET", url: "/api/stories", headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it("stores the password as a salted scrypt hash, never as given", async () => {
    const account = await signUp(app, newPerson("Priya Raman"));
    const rows = await database.db
      .select({ password: authAccounts.password })
      .from(authAccounts)
      .where(eq(authAccounts.userId, account.id));
    const hash = rows[0]?.password ?? "";
    expect(hash).not.toContain(account.password);
    expect(hash).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
  });

  it("refuses a second account on the same email and a short password", async () => {
    const person = newPerson("Jonas Berg");
    await signUp(app, person);
    const again = await app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      payload: { ...person, password: "another long password" },
    });
    expect(again.statusCode).toBeGreaterThanOrEqual(400);
    const short = await app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      payload: { ...newPerson(), password: "short" },
    });
    expect(short.statusCode).toBe(400);
  });

  it("sets a new password through a one-time reset link, signing the old sessions out", async () => {
    const account = await signUp(app, newPerson("Olu Adeyemi"));
    const link = await accounts.resetLink(
      account.email.toUpperCase(),
      "https://candor.example.com",
    );
    expect(link).toMatch(/^https:\/\/candor\.example\.com\/reset-password\?token=\w+$/);
    const token = new URL(link ?? "").searchParams.get("token");

    const reset = () =>
      app.inject({
        method: "POST",
        url: "/api/auth/reset-password",
        payload: { token, newPassword: "a brand new passphrase" },
      });
    expect((await reset()).statusCode).toBe(200);
    expect((await reset()).statusCode).toBe(400);
    const stories = await app.inject({
      method: "GET",
      url: "/api/stories",
      headers: { cookie: account.cookie },
    });
    expect(stories.statusCode).toBe(401);
    const signIn = (password: string) =>
      app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        payload: { email: account.email, password },
      });
    expect((await signIn(account.password)).statusCode).toBe(401);
    expect((await signIn("a brand new passphrase")).statusCode).toBe(200);
  });

  it("makes no reset link for an unknown email, and none over HTTP", async () => {
    expect(await accounts.resetLink("nobody@example.com", "http://localhost:5170")).toBeUndefined();
    const account = await signUp(app, newPerson("Rosa Delgado"));
    const asked = await app.inject({
      method: "POST",
      url: "/api/auth/request-password-reset",
      payload: { email: account.email },
    });
    expect(asked.statusCode).toBe(404);
  });

  it("keeps the Host and Origin checks in front of sign-in", async () => {
    const rebound = await app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: { host: "rebind.evil.example" },
      payload: newPerson(),
    });
    expect(rebound.statusCode).toBe(403);
    const crossSite = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: "http://evil.example" },
      payload: { email: "someone@example.com", password: "whatever it is" },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json()).toMatchObject({ error: { code: "origin-not-allowed" } });
  });
});

describe("Secure cookies", () => {
  it("are Secure when the public address is https", async () => {
    const database = await openDatabase({ kind: "memory" });
    const app = await buildAccountsApp(database, {
      publicUrl: "https://candor.example.com",
      allowedHosts: ["localhost", "candor.example.com"],
    });
    try {
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/sign-up/email",
        headers: { host: "candor.example.com", origin: "https://candor.example.com" },
        payload: newPerson(),
      });
      expect(response.statusCode).toBe(200);
      const session = response.cookies.find((cookie) => cookie.name.endsWith("session_token"));
      expect(session).toMatchObject({ name: "__Secure-candor.session_token", secure: true });
      expect(session?.httpOnly).toBe(true);
    } finally {
      await app.close();
      await database.close();
    }
  });
});

describe("local mode", () => {
  it("mounts no auth routes and needs no session", async () => {
    const database = await openDatabase({ kind: "memory" });
    const app = await testApp(database, { user: await ensureLocalUser(database.db) });
    try {
      expect((await app.inject({ method: "GET", url: "/api/stories" })).statusCode).toBe(200);
      expect((await app.inject({ method: "GET", url: "/api/account" })).json()).toEqual({
        mode: "local",
      });
      const signUpAttempt = await app.inject({
        method: "POST",
        url: "/api/auth/sign-up/email",
        payload: newPerson(),
      });
      expect(signUpAttempt.statusCode).toBe(404);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
