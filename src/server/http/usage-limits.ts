import type { FastifyInstance, FastifyReply } from "fastify";
import type { Result } from "../../core/result.ts";
import { AppError } from "./errors.ts";
import type { LimitRefusal, UsageLimiter } from "../limits/usage-limits.ts";

/** What a route's request counts against. */
interface CountedRoute {
  /** The route runs the coach. */
  analysis: boolean;
  /** The route asks the language model, when one is configured. */
  llmCall: boolean;
}

/**
 * The routes that run the coach or call the language model, by method and route pattern. An
 * interview answer's model call is counted by the interview service, which falls back to the
 * offline engine past the limit instead of refusing the answer.
 */
const COUNTED_ROUTES: Record<string, CountedRoute> = {
  "POST /api/analyze": { analysis: true, llmCall: false },
  "POST /api/design-reviews": { analysis: true, llmCall: false },
  "POST /api/design-sessions/:id/submit": { analysis: true, llmCall: false },
  "POST /api/interviews/:id/answers": { analysis: true, llmCall: false },
  "POST /api/stories": { analysis: true, llmCall: false },
  "PUT /api/stories/:id": { analysis: true, llmCall: false },
  "POST /api/stories/import": { analysis: true, llmCall: false },
  "POST /api/second-opinion": { analysis: true, llmCall: true },
  "POST /api/design-reviews/second-opinion": { analysis: true, llmCall: true },
  "POST /api/refinements": { analysis: true, llmCall: true },
  "PUT /api/packs/:packId/readings/:readingId/note": { analysis: true, llmCall: false },
};

/**
 * Counts each request to a counted route against its user's hourly limits once the request is
 * valid (a refused body costs nothing), and answers 429 with Retry-After past a limit.
 */
export function installUsageLimits(
  app: FastifyInstance,
  options: { limiter: UsageLimiter; llmConfigured: boolean },
): void {
  const { limiter, llmConfigured } = options;
  app.addHook("preHandler", async (request, reply) => {
    const counted = COUNTED_ROUTES[`${request.method} ${request.routeOptions.url ?? ""}`];
    if (counted === undefined) return;
    const llmCall =
      counted.llmCall && llmConfigured ? await limiter.countLlmCall(request.user.id) : undefined;
    if (llmCall !== undefined) refuseIfLimited(reply, llmCall);
    if (!counted.analysis) return;
    const analysis = await limiter.countAnalysis(request.user.id);
    // A request refused by its second limit is not served, so its first count is given back.
    if (!analysis.ok && llmCall?.ok === true) await llmCall.value.giveBack();
    refuseIfLimited(reply, analysis);
  });
}

/** Throws the 429 for a refusal, with the Retry-After header set on the reply. */
export function refuseIfLimited(reply: FastifyReply, counted: Result<unknown, LimitRefusal>): void {
  if (counted.ok) return;
  reply.header("retry-after", String(counted.error.retryAfterSeconds));
  throw new AppError("rate-limited", counted.error.message, {
    retryAfterSeconds: counted.error.retryAfterSeconds,
  });
}
