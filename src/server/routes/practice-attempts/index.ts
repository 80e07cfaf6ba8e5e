import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  practiceAttemptListQuerySchema,
  practiceAttemptParamsSchema,
  type PracticeAttempt,
  type PracticeAttemptList,
} from "../../../core/api/practice-attempts.ts";
import { unwrap } from "../../http/errors.ts";
import type { PracticeService } from "../../practice/practice-service.ts";

/** The practice history's routes; the rules are the practice service's. */
export const practiceAttemptRoutes: FastifyPluginAsyncZod<{ practice: PracticeService }> = async (
  app,
  { practice },
) => {
  app.get(
    "/practice-attempts",
    { schema: { querystring: practiceAttemptListQuerySchema } },
    async (request): Promise<PracticeAttemptList> => {
      const { questionId, limit, before } = request.query;
      return practice.list(request.user.id, {
        limit,
        ...(questionId === undefined ? {} : { questionId }),
        ...(before === undefined ? {} : { before }),
      });
    },
  );

  app.get(
    "/practice-attempts/:id",
    { schema: { params: practiceAttemptParamsSchema } },
    async (request): Promise<PracticeAttempt> =>
      unwrap(await practice.find(request.user.id, request.params.id)),
  );

  app.delete(
    "/practice-attempts/:id",
    { schema: { params: practiceAttemptParamsSchema } },
    async (request, reply) => {
      unwrap(await practice.remove(request.user.id, request.params.id));
      return reply.status(204).send();
    },
  );
};
