import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  DRAFT_BODY_LIMIT_BYTES,
  draftResponseSchema,
  listProblemsResponseSchema,
  problemIdParamsSchema,
  problemLanguageParamsSchema,
  saveDraftBodySchema,
  savedDraftResponseSchema,
  solutionResponseSchema,
  submissionBodySchema,
  submissionListSchema,
  submissionViewSchema,
  type ProblemList,
  type ProblemView,
} from "../../../core/api/problems.ts";
import { unwrap } from "../../http/errors.ts";
import type { ProblemService } from "../../problems/problem-service.ts";

/** Coding problems' routes; the rules are the problem service's. */
export const problemRoutes: FastifyPluginAsyncZod<{ problems: ProblemService }> = async (
  app,
  { problems },
) => {
  app.get(
    "/problems",
    { schema: { response: { 200: listProblemsResponseSchema } } },
    async (request): Promise<ProblemList> => problems.list(request.user.id),
  );

  app.get(
    "/problems/:id",
    // Not re-validated on the way out: built from validated content, and a problem's tests can
    // run to hundreds of kilobytes.
    { schema: { params: problemIdParamsSchema } },
    async (request): Promise<ProblemView> => unwrap(await problems.find(request.params.id)),
  );

  app.get(
    "/problems/:id/solution/:lang",
    { schema: { params: problemLanguageParamsSchema, response: { 200: solutionResponseSchema } } },
    async (request) => unwrap(await problems.solution(request.params.id, request.params.lang)),
  );

  app.get(
    "/problems/:id/draft/:lang",
    { schema: { params: problemLanguageParamsSchema, response: { 200: draftResponseSchema } } },
    async (request) => {
      const { id, lang } = request.params;
      return unwrap(await problems.draft(request.user.id, id, lang));
    },
  );

  app.put(
    "/problems/:id/draft/:lang",
    {
      bodyLimit: DRAFT_BODY_LIMIT_BYTES,
      schema: {
        params: problemLanguageParamsSchema,
        body: saveDraftBodySchema,
        response: { 200: savedDraftResponseSchema },
      },
    },
    async (request) => {
      const { id, lang } = request.params;
      return unwrap(await problems.saveDraft(request.user.id, id, lang, request.body.code));
    },
  );

  app.post(
    "/problems/:id/submissions",
    {
      bodyLimit: DRAFT_BODY_LIMIT_BYTES,
      schema: {
        params: problemIdParamsSchema,
        body: submissionBodySchema,
        response: { 201: submissionViewSchema },
      },
    },
    async (request, reply) => {
      const kept = unwrap(await problems.submit(request.user.id, request.params.id, request.body));
      return reply.status(201).send(kept);
    },
  );

  app.get(
    "/problems/:id/submissions",
    { schema: { params: problemIdParamsSchema, response: { 200: submissionListSchema } } },
    async (request) => unwrap(await problems.submissions(request.user.id, request.params.id)),
  );
};
