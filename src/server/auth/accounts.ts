import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { Db } from "../../node/db/database.ts";
import { authAccounts, authSessions, authVerifications, users } from "../../node/db/schema.ts";
import { AUTH_BASE_PATH, toFetchHeaders, type Accounts } from "./accounts-api.ts";

export type { Accounts } from "./accounts-api.ts";

/** Settings for accounts mode. */
export interface AccountsOptions {
  db: Db;
  /** Signs session cookies; at least 32 characters (see config.ts). */
  secret: string;
  /** The public address; an https one makes cookies Secure. */
  publicUrl: string | undefined;
}

/** A user's password: long enough to resist guessing, short enough to hash cheaply. */
export const PASSWORD_LENGTH = { min: 10, max: 128 } as const;

/** How long a password-reset link works. */
export const RESET_LINK_HOURS = 24;

/** The web app's page that a reset link opens. */
export const RESET_PASSWORD_PAGE = "/reset-password";

/** How long a session lasts without use. */
export const SESSION_DAYS = 7;
const DAY_SECONDS = 24 * 60 * 60;

/** Sets better-auth up on the given database. */
export function createAccounts(options: AccountsOptions): Accounts {
  // Reset tokens handed to resetLink by better-auth, by email, for the moment between the two.
  const issuedResetTokens = new Map<string, string>();
  const secure = options.publicUrl?.startsWith("https://") === true;
  const auth = betterAuth({
    appName: "Candor",
    secret: options.secret,
    // Used for the links better-auth makes; requests may arrive under any of the server's names.
    baseURL: options.publicUrl ?? "http://localhost",
    basePath: AUTH_BASE_PATH,
    database: drizzleAdapter(options.db, {
      provider: "pg",
      schema: {
        user: users,
        session: authSessions,
        account: authAccounts,
        verification: authVerifications,
      },
    }),
    user: {
      fields: { name: "displayName" },
      additionalFields: {
        kind: { type: "string", required: false, defaultValue: "account", input: false },
      },
    },
    // Stored in the database and checked on every request (no cookie cache), so a sign-out ends a
    // session at once on every server; a session in use is renewed once a day for another week.
    session: { expiresIn: SESSION_DAYS * DAY_SECONDS, updateAge: DAY_SECONDS },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_LENGTH.min,
      maxPasswordLength: PASSWORD_LENGTH.max,
      // No mail is sent: an administrator hands the link over (`candor users reset-link`).
      sendResetPassword: ({ user, token }) => {
        issuedResetTokens.set(user.email.toLowerCase(), token);
        return Promise.resolve();
      },
      resetPasswordTokenExpiresIn: RESET_LINK_HOURS * 60 * 60,
      // Whoever held the old password is signed out everywhere.
      revokeSessionsOnPasswordReset: true,
    },
    // Reset links come from the administrator only, so nobody can ask for one over HTTP.
    disabledPaths: ["/request-password-reset"],
    // Our Host and Origin checks (http/request-origin.ts) run first and let through only this
    // server's names and same-origin writes; better-auth trusts what they let through, so the
    // two never disagree about a page behind a TLS terminator.
    trustedOrigins: (request) => (request === undefined ? [] : ownOrigins(request)),
    telemetry: { enabled: false },
    // Its log lines can quote what a request held (an email address, a database message with its
    // values), which Candor's logs never carry; its failures still reach our error handler.
    logger: { disabled: true },
    advanced: {
      useSecureCookies: secure,
      cookiePrefix: "candor",
      database: { generateId: "uuid" },
    },
  });

  return {
    handle: (request) => auth.handler(request),
    sessionUser: async (headers) => {
      const { headers: answer, response } = await auth.api.getSession({
        headers: toFetchHeaders(headers),
        returnHeaders: true,
      });
      return {
        user:
          response === null
            ? undefined
            : { id: response.user.id, displayName: response.user.name, kind: "account" },
        setCookies: answer.getSetCookie(),
      };
    },
    signOut: async (headers) => {
      const { headers: answer } = await auth.api.signOut({
        headers: toFetchHeaders(headers),
        returnHeaders: true,
      });
      return answer.getSetCookie();
    },
    resetLink: async (email, origin) => {
      const key = email.trim().toLowerCase();
      try {
        await auth.api.requestPasswordReset({ body: { email: key } });
        const token = issuedResetTokens.get(key);
        if (token === undefined) return undefined;
        const link = new URL(RESET_PASSWORD_PAGE, origin);
        link.searchParams.set("token", token);
        return link.toString();
      } finally {
        issuedResetTokens.delete(key);
      }
    },
  };
}

/** The origins a request addressed to this server may come from: its own host, either scheme. */
function ownOrigins(request: Request): string[] {
  const host = request.headers.get("host");
  if (host === null) return [];
  return [`http://${host}`, `https://${host}`];
}
