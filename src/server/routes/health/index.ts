import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { healthResponseSchema } from "../../../core/api/health.ts";
import type { HealthService } from "../../health/health-service.ts";
import { unwrap } from "../../http/errors.ts";

/** `GET /api/health`: the app is up and can reach its database; 503 when it cannot. */
export const healthRoutes: FastifyPluginAsyncZod<{ health: HealthService }> = async (
  app,
  { health },
) => {
  app.get("/health", { schema: { response: { 200: healthResponseSchema } } }, async () =>
    unwrap(await health.check()),
  );
};
