import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  designReviewBodySchema,
  type ReferenceDesignView,
} from "../../../core/api/design-reviews.ts";
import { questionIdParamsSchema } from "../../../core/api/questions.ts";
import type { Question } from "../../../core/content/schema.ts";
import type { AnalysisRunner } from "../../analysis/analysis-pool.ts";
import { notFound } from "../../http/errors.ts";

/**
 * `POST /api/design-reviews`: the offline review of a system-design answer (DESIGN.md); and
 * `GET /api/questions/:id/reference-design`: a question's reference design with its own review.
 */
export const designReviewRoutes: FastifyPluginAsyncZod<{
  analysis: AnalysisRunner;
  findQuestion: (id: string) => Question | undefined;
  findReferenceDesign: (questionId: string) => string | undefined;
}> = async (app, { analysis, findQuestion, findReferenceDesign }) => {
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

  app.get(
    "/questions/:id/reference-design",
    { schema: { params: questionIdParamsSchema } },
    async (request): Promise<ReferenceDesignView> => {
      const questionId = request.params.id;
      const question = findQuestion(questionId);
      const text = findReferenceDesign(questionId);
      if (question?.areas === undefined || text === undefined) {
        throw notFound("reference design", questionId);
      }
      const review = await analysis.reviewDesign({
        text,
        question: { prompt: question.prompt, areas: question.areas },
      });
      return { questionId, text, review };
    },
  );
};
