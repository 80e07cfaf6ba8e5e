import { z } from "zod";
import { answerKindSchema } from "../../../core/content/schema.ts";

export const analyzeBodySchema = z
  .object({
    text: z.string({ error: "must be a string holding the answer" }),
    kind: answerKindSchema,
    question: z.string().max(2000, "is limited to 2,000 characters").optional(),
    changedMind: z.boolean().optional(),
  })
  .strict();
