import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { AUTH_BASE_PATH, toFetchHeaders, type Accounts } from "../../auth/accounts-api.ts";
import type { LimitRefusal, UsageLimiter } from "../../limits/usage-limits.ts";

// Headers that describe the body Fastify already read and parsed; the body is sent on afresh.
const BODY_FRAMING_HEADERS = ["content-length", "transfer-encoding"];

const SIGN_IN_PATH = `${AUTH_BASE_PATH}/sign-in/email`;
const SIGN_UP_PATH = `${AUTH_BASE_PATH}/sign-up/email`;

/**
 * `/api/auth/*`: better-auth's endpoints (sign-up and sign-in with email and password, sign-out,
 * session), answered by better-auth itself and mounted only in accounts mode. Their bodies are
 * better-auth's own (`{ "code", "message" }` on an error), as its clients expect. A sign-in passes
 * the failed-sign-in limits first (docs/decisions/020).
 */
export const authRoutes: FastifyPluginAsync<{ accounts: Accounts; limiter: UsageLimiter }> = async (
  app,
  { accounts, limiter },
) => {
  app.route({
    method: ["GET", "POST"],
    url: "/auth/*",
    handler: async (request, reply) => {
      if (isPost(request, SIGN_UP_PATH)) {
        const signUp = await limiter.beginSignUp(request.ip);
        if (!signUp.ok) return refuse(reply, signUp.error);
        const response = await accounts.handle(toFetchRequest(request));
        // Only an account made counts: a refused email or a weak password gives the count back.
        if (!response.ok) await signUp.value.giveBack();
        return sendFetchResponse(reply, response);
      }
      const email = signInEmail(request);
      if (email === undefined)
        return sendFetchResponse(reply, await accounts.handle(toFetchRequest(request)));
      const attempt = await limiter.beginSignIn(email, request.ip);
      if (!attempt.ok) return refuse(reply, attempt.error);
      const response = await accounts.handle(toFetchRequest(request));
      // Only a refused email or password counts as a failed sign-in; anything else gives it back.
      if (response.status !== 401) await attempt.value.giveBack();
      return sendFetchResponse(reply, response);
    },
  });
};

/** A 429 in better-auth's body shape, with when to come back. */
function refuse(reply: FastifyReply, refusal: LimitRefusal): FastifyReply {
  const { message, retryAfterSeconds } = refusal;
  return reply
    .status(429)
    .header("retry-after", String(retryAfterSeconds))
    .send({ code: "rate-limited", message, retryAfterSeconds });
}

function isPost(request: FastifyRequest, path: string): boolean {
  return request.method === "POST" && request.url.split("?")[0] === path;
}

/** The email a sign-in with email and password names, or undefined for any other request. */
function signInEmail(request: FastifyRequest): string | undefined {
  if (!isPost(request, SIGN_IN_PATH)) return undefined;
  const body = request.body;
  if (typeof body !== "object" || body === null || !("email" in body)) return undefined;
  return typeof body.email === "string" && body.email.trim() !== "" ? body.email : undefined;
}

function toFetchRequest(request: FastifyRequest): Request {
  const headers = toFetchHeaders(request.headers);
  for (const name of BODY_FRAMING_HEADERS) headers.delete(name);
  // better-auth takes the client's address from this header (for a session's record and its own
  // in-memory limiter, on under NODE_ENV=production): it gets the address Fastify resolved, which
  // trusts X-Forwarded-For only from CANDOR_TRUSTED_PROXIES, never one a client wrote itself.
  headers.set("x-forwarded-for", request.ip);
  // The URL's host is the Host header our request-source checks already accepted.
  const url = new URL(request.url, `${request.protocol}://${request.headers.host ?? "localhost"}`);
  const hasBody = request.method !== "GET" && request.body !== undefined;
  return new Request(url, {
    method: request.method,
    headers,
    ...(hasBody ? { body: JSON.stringify(request.body) } : {}),
  });
}

async function sendFetchResponse(reply: FastifyReply, response: Response): Promise<FastifyReply> {
  reply.status(response.status);
  for (const [name, value] of response.headers) {
    if (name === "set-cookie" || BODY_FRAMING_HEADERS.includes(name)) continue;
    reply.header(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header("set-cookie", cookies);
  return reply.send(response.body === null ? null : Buffer.from(await response.arrayBuffer()));
}
