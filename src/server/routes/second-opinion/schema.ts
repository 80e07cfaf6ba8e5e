import { z } from "zod";
import { FLAG_CODES } from "../../../core/analysis/index.ts";
import { answerKindSchema } from "../../../core/content/schema.ts";

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
        targets: z.array(z.enum(FLAG_CODES)).max(FLAG_CODES.length),
      })
      .strict()
      .optional(),
  })
  .strict();
