import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { designReviewBodySchema } from "../../../core/api/design-reviews.ts";
import type { Question } from "../../../core/content/schema.ts";
import type { AnalysisRunner } from "../../analysis/analysis-pool.ts";
import { notFound } from "../../http/errors.ts";

/** `POST /api/design-reviews`: the offline review of a system-design answer (DESIGN.md). */
export const designReviewRoutes: FastifyPluginAsyncZod<{
  analysis: AnalysisRunner;
  findQuestion: (id: string) => Question | undefined;
}> = async (app, { analysis, findQuestion }) => {
  app.post("/design-reviews", { schema: { body: designReviewBodySchema } }, async (request) => {
    const { questionId, text, diagram } = request.body;
    const question = findQuestion(questionId);
    if (question?.category !== "system-design" || question.areas === undefined) {
      throw notFound("system-design question", questionId);
    }
    return analysis.reviewDesign({
      text,
      question: { prompt: question.prompt, areas: question.areas },
      diagram,
    });
  });
};
