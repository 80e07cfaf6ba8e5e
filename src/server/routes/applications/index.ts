import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  applicationBodySchema,
  applicationParamsSchema,
  applicationUpdateSchema,
  type Application,
  type ApplicationList,
} from "../../../core/api/applications.ts";
import { unwrap } from "../../http/errors.ts";
import type { PlanService } from "../../plan/plan-service.ts";

/** The application tracker's routes; the rules are the plan service's. */
export const applicationRoutes: FastifyPluginAsyncZod<{ plan: PlanService }> = async (
  app,
  { plan },
) => {
  app.get("/applications", async (request): Promise<ApplicationList> => plan.list(request.user.id));

  app.post(
    "/applications",
    { schema: { body: applicationBodySchema } },
    async (request, reply): Promise<Application> => {
      const created = await plan.create(request.user.id, request.body);
      return reply.status(201).send(created);
    },
  );

  app.get(
    "/applications/:id",
    { schema: { params: applicationParamsSchema } },
    async (request): Promise<Application> =>
      unwrap(await plan.find(request.user.id, request.params.id)),
  );

  app.put(
    "/applications/:id",
    { schema: { params: applicationParamsSchema, body: applicationUpdateSchema } },
    async (request): Promise<Application> => {
      const { version, ...body } = request.body;
      return unwrap(await plan.update(request.user.id, request.params.id, version, body));
    },
  );

  app.delete(
    "/applications/:id",
    { schema: { params: applicationParamsSchema } },
    async (request, reply) => {
      unwrap(await plan.remove(request.user.id, request.params.id));
      return reply.status(204).send();
    },
  );
};
