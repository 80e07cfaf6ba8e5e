import type { Analysis, AnalyzeInput } from "../../core/analysis/index.ts";
import type { OpinionComparison, SecondOpinion } from "../../core/analysis/second-opinion.ts";
import { apiRequest } from "./client.ts";

/** Whether the server has a language model for second opinions. */
export interface SecondOpinionStatus {
  available: boolean;
  model?: string;
}

/** A second opinion with the offline analysis it is compared with. */
export interface SecondOpinionAnswer {
  offline: Analysis;
  secondOpinion: SecondOpinion;
  comparison: OpinionComparison;
  model: string;
}

/** Asks the configured language model for its judgement of an answer. */
export function requestSecondOpinion(input: AnalyzeInput): Promise<SecondOpinionAnswer> {
  return apiRequest<SecondOpinionAnswer>("/second-opinion", { method: "POST", body: input });
}
