import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Database } from "../../../node/db/database.ts";
import { healthResponseSchema } from "../../../core/api/health.ts";

/** `GET /api/health`: the app is up and can reach its database. */
export const healthRoutes: FastifyPluginAsyncZod<{ database: Database; version: string }> = async (
  app,
  { database, version },
) => {
  app.get("/health", { schema: { response: { 200: healthResponseSchema } } }, async () => {
    await database.db.execute("select 1");
    return { status: "ok" as const, version, database: database.kind };
  });
};
