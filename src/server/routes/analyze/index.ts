import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { unwrap } from "../../http/errors.ts";
import { analyzeBodySchema, type AnalyzeResponse } from "../../../core/api/analyze.ts";
import type { PracticeService } from "../../practice/practice-service.ts";

/**
 * `POST /api/analyze`: the offline coach's analysis of one answer (the DESIGN.md contract), kept
 * in the user's practice history with its `attemptId` unless the body says `"record": false`.
 */
export const analyzeRoutes: FastifyPluginAsyncZod<{ practice: PracticeService }> = async (
  app,
  { practice },
) => {
  app.post(
    "/analyze",
    { schema: { body: analyzeBodySchema } },
    async (request): Promise<AnalyzeResponse> =>
      unwrap(await practice.analyze(request.user.id, request.body)),
  );
};
