import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AnalyzeInput } from "../../../core/analysis/index.ts";
import { compareOpinions } from "../../../core/analysis/second-opinion.ts";
import type { AnalysisRunner } from "../../analysis/analysis-pool.ts";
import { AppError } from "../../http/errors.ts";
import type { ConfiguredModel } from "../../llm/language-model.ts";
import { failureReason } from "../../llm/phrase-turn.ts";
import { askSecondOpinion } from "../../llm/second-opinion.ts";
import { secondOpinionBodySchema } from "../../../core/api/second-opinion.ts";

/** What the routes need: the configured model, when there is one, and the offline coach. */
export interface SecondOpinionOptions {
  llm: (ConfiguredModel & { timeoutMs: number }) | undefined;
  analysis: AnalysisRunner;
}

/**
 * `GET /api/second-opinion`: whether a language model can give one. `POST /api/second-opinion`:
 * the offline analysis, the model's judgement of the same answer against the same rubric (every
 * quote checked against the answer) and where the two agree and differ.
 */
export const secondOpinionRoutes: FastifyPluginAsyncZod<SecondOpinionOptions> = async (
  app,
  options,
) => {
  app.get("/second-opinion", async () =>
    options.llm === undefined
      ? { available: false }
      : { available: true, model: options.llm.description },
  );

  app.post("/second-opinion", { schema: { body: secondOpinionBodySchema } }, async (request) => {
    const { text, kind, question, changedMind, followUp } = request.body;
    const input: AnalyzeInput = {
      text,
      kind,
      ...(question === undefined ? {} : { question }),
      ...(changedMind === undefined ? {} : { changedMind }),
      ...(followUp === undefined ? {} : { followUp }),
    };
    const offline = await options.analysis.analyze(input);
    if (!offline.ok) throw new AppError(offline.error.code, offline.error.message);
    const llm = options.llm;
    if (llm === undefined) throw new AppError("no-language-model");
    const second = await askSecondOpinion({ model: llm.model, input, timeoutMs: llm.timeoutMs });
    if (!second.ok) {
      throw new AppError(
        "language-model-failed",
        `No second opinion: ${failureReason(second.error)}. The offline coach's analysis stands.`,
        { reason: second.error },
      );
    }
    return {
      offline: offline.value,
      secondOpinion: second.value,
      comparison: compareOpinions(offline.value, second.value),
      model: llm.description,
    };
  });
};
