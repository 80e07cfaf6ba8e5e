import type { Analysis } from "../analysis/index.ts";
import type { OpinionComparison, SecondOpinion } from "../analysis/second-opinion.ts";
import { z } from "zod";
import { FLAG_CODES } from "../analysis/types.ts";
import { answerKindSchema } from "../content/schema.ts";

/** `POST /api/second-opinion`: the answer as `POST /api/analyze` takes it. */
export const secondOpinionBodySchema = z
  .object({
    text: z.string({ error: "must be a string holding the answer" }),
    kind: answerKindSchema,
    question: z.string().max(2000, "is limited to 2,000 characters").optional(),
    changedMind: z.boolean().optional(),
    followUp: z
      .object({
        question: z.string().max(2000, "is limited to 2,000 characters"),
        targets: z.array(z.enum(FLAG_CODES)).max(FLAG_CODES.length).readonly(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** `POST /api/second-opinion`. */
export type SecondOpinionRequest = z.input<typeof secondOpinionBodySchema>;

/** `GET /api/second-opinion`: whether the server has a language model for second opinions. */
export interface SecondOpinionStatus {
  available: boolean;
  model?: string;
}

/** `POST /api/second-opinion`: the model's opinion with the offline analysis it is compared with. */
export interface SecondOpinionAnswer {
  offline: Analysis;
  secondOpinion: SecondOpinion;
  comparison: OpinionComparison;
  model: string;
}
