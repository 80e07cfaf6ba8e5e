import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  secondOpinionBodySchema,
  type SecondOpinionAnswer,
  type SecondOpinionStatus,
} from "../../../core/api/second-opinion.ts";
import type { Refinement } from "../../../core/api/refinements.ts";
import { unwrap } from "../../http/errors.ts";
import type { SecondOpinionService } from "../../second-opinion/second-opinion-service.ts";

/**
 * `GET /api/second-opinion`: whether a language model can give one. `POST /api/second-opinion`:
 * the offline analysis, the model's judgement of the same answer against the same rubric (every
 * quote checked against the answer) and where the two agree and differ. The rules are the
 * second-opinion service's.
 */
export const secondOpinionRoutes: FastifyPluginAsyncZod<{
  secondOpinion: SecondOpinionService;
}> = async (app, { secondOpinion }) => {
  app.get("/second-opinion", (): SecondOpinionStatus => secondOpinion.status());

  app.post(
    "/second-opinion",
    { schema: { body: secondOpinionBodySchema } },
    async (request): Promise<SecondOpinionAnswer> => unwrap(await secondOpinion.ask(request.body)),
  );

  // Draft first: the suggestion is made only from the candidate's own answer.
  app.post(
    "/refinements",
    { schema: { body: secondOpinionBodySchema } },
    async (request): Promise<Refinement> => unwrap(await secondOpinion.refine(request.body)),
  );
};
