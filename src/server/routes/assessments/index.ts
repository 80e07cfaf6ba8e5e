import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AssessmentService } from "../../assessments/assessment-service.ts";
import { unwrap } from "../../http/errors.ts";
import {
  assessmentParamsSchema,
  draftBodySchema,
  levelResultBodySchema,
  sessionParamsSchema,
  startSessionBodySchema,
} from "../../../core/api/assessments.ts";

/**
 * Timed progressive assessments: the list, sessions on the server's clock (a reload never resets
 * it), level results that unlock the next level, the end-of-session report and the code draft.
 * Every session is the requesting user's own; another user's answers 404 as a missing one does.
 */
export const assessmentRoutes: FastifyPluginAsyncZod<{ assessments: AssessmentService }> = async (
  app,
  { assessments },
) => {
  app.get("/assessments", async () => ({ assessments: await assessments.list() }));

  app.post(
    "/assessments/:id/sessions",
    { schema: { params: assessmentParamsSchema, body: startSessionBodySchema } },
    async (request, reply) => {
      const started = await assessments.start(
        request.user.id,
        request.params.id,
        request.body.language,
      );
      return reply.status(201).send(unwrap(started));
    },
  );

  app.get("/assessment-sessions", async (request) => ({
    sessions: await assessments.sessions(request.user.id),
  }));

  app.get(
    "/assessment-sessions/:sessionId",
    { schema: { params: sessionParamsSchema } },
    async (request) => unwrap(await assessments.session(request.user.id, request.params.sessionId)),
  );

  app.post(
    "/assessment-sessions/:sessionId/results",
    { schema: { params: sessionParamsSchema, body: levelResultBodySchema } },
    async (request) =>
      unwrap(
        await assessments.recordResult(request.user.id, request.params.sessionId, request.body),
      ),
  );

  app.post(
    "/assessment-sessions/:sessionId/finish",
    { schema: { params: sessionParamsSchema } },
    async (request) => unwrap(await assessments.finish(request.user.id, request.params.sessionId)),
  );

  app.get(
    "/assessment-sessions/:sessionId/report",
    { schema: { params: sessionParamsSchema } },
    async (request) => unwrap(await assessments.report(request.user.id, request.params.sessionId)),
  );

  app.put(
    "/assessment-sessions/:sessionId/draft",
    { schema: { params: sessionParamsSchema, body: draftBodySchema } },
    async (request) =>
      unwrap(
        await assessments.saveDraft(request.user.id, request.params.sessionId, request.body.code),
      ),
  );
};
