import type { AnalyzeInput } from "../../core/analysis/index.ts";
import { compareOpinions } from "../../core/analysis/second-opinion.ts";
import { ERROR_CATALOGUE } from "../../core/api/errors.ts";
import type {
  SecondOpinionAnswer,
  SecondOpinionRequest,
  SecondOpinionStatus,
} from "../../core/api/second-opinion.ts";
import { err, ok, type Result } from "../../core/result.ts";
import type { AnalysisRunner, DesignReviewInput } from "../analysis/analysis-pool.ts";
import type { ServiceError } from "../http/errors.ts";
import type { ConfiguredModel } from "../llm/language-model.ts";
import { failureReason } from "../llm/phrase-turn.ts";
import { askSecondOpinion } from "../llm/second-opinion.ts";
import { askDesignOpinion } from "../llm/design-second-opinion.ts";
import { compareDesignOpinions } from "../../core/design/second-opinion.ts";
import type { DesignSecondOpinionAnswer } from "../../core/api/design-reviews.ts";
import type { Refinement } from "../../core/api/refinements.ts";
import { newSpecifics } from "../../core/refine/new-specifics.ts";
import { diffPieces } from "../../core/refine/pieces.ts";
import { askRefinement } from "../llm/refine-answer.ts";

/** A second-opinion error a client can act on. */
export type SecondOpinionServiceError = ServiceError<
  "empty-answer" | "answer-too-long" | "no-language-model" | "language-model-failed"
>;

/** What the service needs, made once at start-up. */
export interface SecondOpinionServiceDeps {
  /** The configured model, when there is one. */
  llm: (ConfiguredModel & { timeoutMs: number }) | undefined;
  /** The offline coach. */
  analysis: AnalysisRunner;
  /** How the model is asked; the provider call unless a test stands in for it. */
  ask?: typeof askSecondOpinion;
  /** How the model is asked about a design. */
  askDesign?: typeof askDesignOpinion;
  /** How the model is asked to refine a draft. */
  askRefine?: typeof askRefinement;
}

/**
 * A second opinion on an answer: the offline analysis, the language model's judgement of the same
 * answer against the same rubric, and where the two agree and differ.
 */
export function createSecondOpinionService(deps: SecondOpinionServiceDeps) {
  const {
    llm,
    analysis,
    ask = askSecondOpinion,
    askDesign = askDesignOpinion,
    askRefine = askRefinement,
  } = deps;

  return {
    /** Whether a language model can give a second opinion, and which. */
    status(): SecondOpinionStatus {
      return llm === undefined ? { available: false } : { available: true, model: llm.description };
    },

    /**
     * The offline analysis comes first, so an answer it refuses is refused the same way with or
     * without a model; a model that fails is reported with its reason, never thrown.
     */
    async ask(
      request: SecondOpinionRequest,
    ): Promise<Result<SecondOpinionAnswer, SecondOpinionServiceError>> {
      const input = analyzeInputOf(request);
      const offline = await analysis.analyze(input);
      if (!offline.ok) return err({ code: offline.error.code, message: offline.error.message });
      if (llm === undefined) {
        return err({
          code: "no-language-model",
          message: ERROR_CATALOGUE["no-language-model"].message,
        });
      }
      const second = await ask({ model: llm.model, input, timeoutMs: llm.timeoutMs });
      if (!second.ok) {
        return err({
          code: "language-model-failed",
          message: `No second opinion: ${failureReason(second.error)}. The offline coach's analysis stands.`,
          details: { reason: second.error },
        });
      }
      return ok({
        offline: offline.value,
        secondOpinion: second.value,
        comparison: compareOpinions(offline.value, second.value),
        model: llm.description,
      });
    },

    /**
     * A second opinion on a design: the offline review first, then the model's step-by-step
     * judgement of the same text, every quote checked, and where the two agree per step.
     */
    async design(
      request: DesignReviewInput,
    ): Promise<Result<DesignSecondOpinionAnswer, SecondOpinionServiceError>> {
      if (request.text.trim() === "") {
        return err({ code: "empty-answer", message: ERROR_CATALOGUE["empty-answer"].message });
      }
      const offline = await analysis.reviewDesign(request);
      if (llm === undefined) {
        return err({
          code: "no-language-model",
          message: ERROR_CATALOGUE["no-language-model"].message,
        });
      }
      const second = await askDesign({
        model: llm.model,
        question: request.question.prompt,
        text: request.text,
        timeoutMs: llm.timeoutMs,
      });
      if (!second.ok) {
        return err({
          code: "language-model-failed",
          message: `No second opinion: ${failureReason(second.error)}. The offline review stands.`,
          details: { reason: second.error },
        });
      }
      return ok({
        offline,
        secondOpinion: second.value,
        comparison: compareDesignOpinions(offline, second.value),
        model: llm.description,
      });
    },

    /**
     * Draft first: the candidate's own answer is analysed, then the model suggests a refinement
     * of it, which is analysed the same way. The draft is never changed here: the candidate takes
     * the suggestion piece by piece, and is told which numbers and names it adds.
     */
    async refine(
      request: SecondOpinionRequest,
    ): Promise<Result<Refinement, SecondOpinionServiceError>> {
      const input = analyzeInputOf(request);
      const draft = await analysis.analyze(input);
      if (!draft.ok) return err({ code: draft.error.code, message: draft.error.message });
      if (llm === undefined) {
        return err({
          code: "no-language-model",
          message: ERROR_CATALOGUE["no-language-model"].message,
        });
      }
      const suggested = await askRefine({ model: llm.model, input, timeoutMs: llm.timeoutMs });
      const suggestion = suggested.ok
        ? await analysis.analyze({ ...input, text: suggested.value })
        : undefined;
      if (!suggested.ok || suggestion === undefined || !suggestion.ok) {
        const reason = suggested.ok
          ? "it answered with an empty or unusable text"
          : failureReason(suggested.error);
        return err({
          code: "language-model-failed",
          message: `No suggestion: ${reason}. Your draft and its analysis are unchanged.`,
          details: { reason: suggested.ok ? "malformed" : suggested.error },
        });
      }
      return ok({
        draft: { text: input.text, analysis: draft.value },
        suggestion: { text: suggested.value, analysis: suggestion.value },
        pieces: diffPieces(input.text, suggested.value),
        newSpecifics: newSpecifics(input.text, suggested.value),
        model: llm.description,
      });
    },
  };
}

/** The second-opinion service's interface. */
export type SecondOpinionService = ReturnType<typeof createSecondOpinionService>;

/** The request as the offline coach reads it, with absent options left out. */
function analyzeInputOf(request: SecondOpinionRequest): AnalyzeInput {
  const { text, kind, question, changedMind, followUp } = request;
  return {
    text,
    kind,
    ...(question === undefined ? {} : { question }),
    ...(changedMind === undefined ? {} : { changedMind }),
    ...(followUp === undefined ? {} : { followUp }),
  };
}
