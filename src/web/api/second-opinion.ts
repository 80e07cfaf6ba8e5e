import type { SecondOpinionAnswer, SecondOpinionRequest } from "../../core/api/second-opinion.ts";
import { apiRequest } from "./client.ts";

export type { SecondOpinionAnswer, SecondOpinionStatus } from "../../core/api/second-opinion.ts";

/** Asks the configured language model for its judgement of an answer. */
export function requestSecondOpinion(input: SecondOpinionRequest): Promise<SecondOpinionAnswer> {
  return apiRequest<SecondOpinionAnswer>("/second-opinion", { method: "POST", body: input });
}
