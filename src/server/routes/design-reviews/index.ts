import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import {
  designReviewBodySchema,
  type DesignSecondOpinionAnswer,
  type ReferenceDesignView,
} from "../../../core/api/design-reviews.ts";
import type { SecondOpinionService } from "../../second-opinion/second-opinion-service.ts";
import { unwrap } from "../../http/errors.ts";
import { questionIdParamsSchema } from "../../../core/api/questions.ts";
import type { Question } from "../../../core/content/schema.ts";
import type { AnalysisRunner, DesignReviewInput } from "../../analysis/analysis-pool.ts";
import { notFound } from "../../http/errors.ts";

type DesignReviewBody = z.output<typeof designReviewBodySchema>;

/**
 * `POST /api/design-reviews`: the offline review of a system-design answer (DESIGN.md); and
 * `GET /api/questions/:id/reference-design`: a question's reference design with its own review.
 */
export const designReviewRoutes: FastifyPluginAsyncZod<{
  analysis: AnalysisRunner;
  secondOpinion: SecondOpinionService;
  findQuestion: (id: string) => Question | undefined;
  findReferenceDesign: (questionId: string) => string | undefined;
}> = async (app, { analysis, secondOpinion, findQuestion, findReferenceDesign }) => {
  /** The review's input for a body, or 404 when its question is no system-design question. */
  const reviewInput = (body: DesignReviewBody): DesignReviewInput => {
    const question = findQuestion(body.questionId);
    if (question?.category !== "system-design" || question.areas === undefined) {
      throw notFound("system-design question", body.questionId);
    }
    return {
      text: body.text,
      question: { prompt: question.prompt, areas: question.areas, numbers: question.numbers ?? [] },
      diagram: body.diagram,
    };
  };

  app.post("/design-reviews", { schema: { body: designReviewBodySchema } }, async (request) =>
    analysis.reviewDesign(reviewInput(request.body)),
  );

  // With a language model configured: its step-by-step judgement beside the offline review.
  app.post(
    "/design-reviews/second-opinion",
    { schema: { body: designReviewBodySchema } },
    async (request): Promise<DesignSecondOpinionAnswer> =>
      unwrap(await secondOpinion.design(reviewInput(request.body))),
  );

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
        question: {
          prompt: question.prompt,
          areas: question.areas,
          numbers: question.numbers ?? [],
        },
      });
      return { questionId, text, review };
    },
  );
};
