import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  listQuestionsQuerySchema,
  questionIdParamsSchema,
  questionViewSchema,
  starResponseSchema,
  type QuestionView,
  type StarResponse,
} from "../../../core/api/questions.ts";
import { unwrap } from "../../http/errors.ts";
import type { QuestionService } from "../../questions/question-service.ts";

/** The question bank's routes; the rules are the question service's. */
export const questionRoutes: FastifyPluginAsyncZod<{ questions: QuestionService }> = async (
  app,
  { questions },
) => {
  app.get(
    "/questions",
    // The body is prepared from validated content (questions/prepared-list.ts), not re-validated per call:
    // serialising hundreds of questions per request would dominate the route.
    { schema: { querystring: listQuestionsQuerySchema } },
    async (request, reply) => {
      const answer = await questions.list(
        request.user.id,
        request.query,
        request.headers["if-none-match"],
      );
      // Stars change the list, so a client must ask each time; the answer is often a 304.
      void reply.header("etag", answer.etag).header("cache-control", "no-cache");
      if (answer.fresh) return reply.status(304).send();
      return reply.type("application/json; charset=utf-8").send(answer.body);
    },
  );

  app.get(
    "/questions/:id",
    { schema: { params: questionIdParamsSchema, response: { 200: questionViewSchema } } },
    async (request): Promise<QuestionView> =>
      unwrap(await questions.find(request.user.id, request.params.id)),
  );

  app.put(
    "/questions/:id/star",
    { schema: { params: questionIdParamsSchema, response: { 200: starResponseSchema } } },
    async (request): Promise<StarResponse> =>
      unwrap(await questions.star(request.user.id, request.params.id)),
  );

  app.delete(
    "/questions/:id/star",
    { schema: { params: questionIdParamsSchema, response: { 200: starResponseSchema } } },
    async (request): Promise<StarResponse> =>
      unwrap(await questions.unstar(request.user.id, request.params.id)),
  );
};
