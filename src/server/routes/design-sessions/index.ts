import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  createDesignSessionBodySchema,
  designSessionDraftBodySchema,
  designSessionParamsSchema,
  type DesignSessionList,
  type DesignSessionView,
} from "../../../core/api/design-sessions.ts";
import type { DesignSessionService } from "../../design-sessions/design-session-service.ts";
import { unwrap } from "../../http/errors.ts";

/** `/api/design-sessions`: timed system-design rounds; the rules are the service's. */
export const designSessionRoutes: FastifyPluginAsyncZod<{
  designSessions: DesignSessionService;
}> = async (app, { designSessions }) => {
  app.post(
    "/design-sessions",
    { schema: { body: createDesignSessionBodySchema } },
    async (request, reply) => {
      const session = unwrap(await designSessions.start(request.user.id, request.body));
      return reply.status(201).send(session);
    },
  );

  app.get("/design-sessions", async (request): Promise<DesignSessionList> =>
    designSessions.list(request.user.id),
  );

  app.get(
    "/design-sessions/:id",
    { schema: { params: designSessionParamsSchema } },
    async (request): Promise<DesignSessionView> =>
      unwrap(await designSessions.get(request.user.id, request.params.id)),
  );

  app.put(
    "/design-sessions/:id/draft",
    { schema: { params: designSessionParamsSchema, body: designSessionDraftBodySchema } },
    async (request): Promise<DesignSessionView> =>
      unwrap(await designSessions.saveDraft(request.user.id, request.params.id, request.body)),
  );

  app.post(
    "/design-sessions/:id/submit",
    { schema: { params: designSessionParamsSchema } },
    async (request): Promise<DesignSessionView> =>
      unwrap(await designSessions.submit(request.user.id, request.params.id)),
  );

  app.delete(
    "/design-sessions/:id",
    { schema: { params: designSessionParamsSchema } },
    async (request, reply) => {
      unwrap(await designSessions.remove(request.user.id, request.params.id));
      return reply.status(204).send();
    },
  );
};
