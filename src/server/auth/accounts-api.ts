// What the rest of the server knows of accounts mode, apart from better-auth itself: local mode
// imports this and never loads the library.
import type { IncomingHttpHeaders } from "node:http";
import type { User } from "../../node/db/users-repository.ts";

/** Where better-auth's endpoints answer (sign-up, sign-in, sign-out, session). */
export const AUTH_BASE_PATH = "/api/auth";

/** Accounts mode: better-auth over Candor's database (docs/decisions/016). */
export interface Accounts {
  /** Answers a request to one of better-auth's endpoints under AUTH_BASE_PATH. */
  handle(request: Request): Promise<Response>;
  /**
   * The user a request's session cookie names, or undefined without a valid session; `setCookies`
   * carries a refreshed session cookie to send back when the session was extended.
   */
  sessionUser(
    headers: IncomingHttpHeaders,
  ): Promise<{ user: User | undefined; setCookies: string[] }>;
  /**
   * A one-time link, under `origin`, that lets the account with this email set a new password
   * (valid for RESET_LINK_HOURS); undefined when no account has that email.
   */
  resetLink(email: string, origin: string): Promise<string | undefined>;
  /**
   * Ends the session a request's cookie names, if it still exists, and returns the Set-Cookie
   * headers that clear the cookie in the browser.
   */
  signOut(headers: IncomingHttpHeaders): Promise<string[]>;
}

/** Node's request headers as the fetch API's Headers, repeated ones kept. */
export function toFetchHeaders(headers: IncomingHttpHeaders): Headers {
  const converted = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) converted.append(name, one);
  }
  return converted;
}
