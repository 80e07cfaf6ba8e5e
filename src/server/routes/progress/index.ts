import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { progressQuerySchema, type Progress } from "../../../core/api/progress.ts";
import type { ProgressService } from "../../progress/progress-service.ts";

/** The progress route; the summary is the progress service's. */
export const progressRoutes: FastifyPluginAsyncZod<{ progress: ProgressService }> = async (
  app,
  { progress },
) => {
  app.get(
    "/progress",
    { schema: { querystring: progressQuerySchema } },
    async (request): Promise<Progress> => progress.summary(request.user.id),
  );
};
