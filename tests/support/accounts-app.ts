import { randomUUID } from "node:crypto";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { testApp } from "./test-app.ts";
import { createAccounts, type Accounts } from "../../src/server/auth/accounts.ts";
import type { Database } from "../../src/node/db/database.ts";
import type { UsageLimitsConfig } from "../../src/server/limits/usage-limits.ts";

/** A secret long enough for accounts mode; tests only. */
export const TEST_AUTH_SECRET = "test-secret-0123456789-abcdefghijklmnop";

/** The app in accounts mode over `database`. */
export function buildAccountsApp(
  database: Database,
  options: {
    publicUrl?: string;
    allowedHosts?: readonly string[];
    accounts?: Accounts;
    limits?: UsageLimitsConfig;
    /** Who administers cohorts, by email. */
    adminEmails?: readonly string[];
    now?: () => Date;
  } = {},
): Promise<FastifyInstance> {
  return testApp(database, {
    accounts: options.accounts ?? testAccounts(database, options.publicUrl),
    ...(options.allowedHosts === undefined ? {} : { allowedHosts: options.allowedHosts }),
    ...(options.limits === undefined ? {} : { limits: options.limits }),
    ...(options.adminEmails === undefined ? {} : { adminEmails: options.adminEmails }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
}

/** Accounts mode over `database` with the test secret. */
export function testAccounts(database: Database, publicUrl?: string): Accounts {
  return createAccounts({ db: database.db, secret: TEST_AUTH_SECRET, publicUrl });
}

/** Someone with an account: the Cookie header their browser would send, and who they are. */
export interface SignedIn {
  id: string;
  email: string;
  cookie: string;
}

/** A new person's sign-up details, unique per call. */
export function newPerson(name = "Ada Okafor"): { name: string; email: string; password: string } {
  return {
    name,
    email: `${name.toLowerCase().replace(/\W+/g, ".")}.${randomUUID().slice(0, 8)}@example.com`,
    password: "correct horse battery staple",
  };
}

/** The Cookie header that sends back every cookie a response set. */
export function cookieFrom(response: LightMyRequestResponse): string {
  return response.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** Signs a new person up through the HTTP API and returns their session cookie. */
export async function signUp(
  app: FastifyInstance,
  person = newPerson(),
): Promise<SignedIn & { password: string }> {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-up/email",
    headers: { origin: "http://localhost" },
    payload: person,
  });
  if (response.statusCode !== 200) {
    throw new Error(`sign-up answered ${String(response.statusCode)}: ${response.body}`);
  }
  const body = response.json<{ user: { id: string } }>();
  return {
    id: body.user.id,
    email: person.email,
    password: person.password,
    cookie: cookieFrom(response),
  };
}
