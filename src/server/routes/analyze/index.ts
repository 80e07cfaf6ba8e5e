import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AnalysisRunner } from "../../analysis/analysis-pool.ts";
import { unwrap } from "../../http/errors.ts";
import { analyzeBodySchema } from "../../../core/api/analyze.ts";

/** `POST /api/analyze`: the offline coach's analysis of one answer (the DESIGN.md contract). */
export const analyzeRoutes: FastifyPluginAsyncZod<{ analysis: AnalysisRunner }> = async (
  app,
  { analysis },
) => {
  app.post("/analyze", { schema: { body: analyzeBodySchema } }, async (request) => {
    const { text, kind, question, changedMind, view, challenge } = request.body;
    const result = await analysis.analyze({
      text,
      kind,
      ...(question === undefined ? {} : { question }),
      ...(changedMind === undefined ? {} : { changedMind }),
      ...(view === undefined ? {} : { view }),
      ...(challenge === undefined ? {} : { challenge }),
    });
    return unwrap(result);
  });
};
