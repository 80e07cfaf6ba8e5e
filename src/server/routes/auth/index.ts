import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { toFetchHeaders, type Accounts } from "../../auth/accounts-api.ts";

// Headers that describe the body Fastify already read and parsed; the body is sent on afresh.
const BODY_FRAMING_HEADERS = ["content-length", "transfer-encoding"];

/**
 * `/api/auth/*`: better-auth's endpoints (sign-up and sign-in with email and password, sign-out,
 * session), answered by better-auth itself and mounted only in accounts mode. Their bodies are
 * better-auth's own (`{ "code", "message" }` on an error), as its clients expect.
 */
export const authRoutes: FastifyPluginAsync<{ accounts: Accounts }> = async (app, { accounts }) => {
  app.route({
    method: ["GET", "POST"],
    url: "/auth/*",
    handler: async (request, reply) => {
      const response = await accounts.handle(toFetchRequest(request));
      return sendFetchResponse(reply, response);
    },
  });
};

function toFetchRequest(request: FastifyRequest): Request {
  const headers = toFetchHeaders(request.headers);
  for (const name of BODY_FRAMING_HEADERS) headers.delete(name);
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
