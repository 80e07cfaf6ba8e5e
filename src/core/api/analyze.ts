import type { Analysis } from "../analysis/index.ts";
import { z } from "zod";
import { ANSWER_KINDS } from "../content/schema.ts";

const pushbackPart = (what: string) =>
  z
    .string({ error: `must be a string holding ${what}` })
    .max(4000, "is limited to 4,000 characters")
    .optional();

export const analyzeBodySchema = z
  .object({
    text: z.string({ error: "must be a string holding the answer" }),
    kind: z.enum([...ANSWER_KINDS, "pushback"]),
    question: z.string().max(2000, "is limited to 2,000 characters").optional(),
    /** The bank question answered; its prompt is the question the answer is read against. */
    questionId: z.string().min(1).max(100, "is limited to 100 characters").optional(),
    changedMind: z.boolean().optional(),
    view: pushbackPart("the view the candidate stated"),
    challenge: pushbackPart("the interviewer's challenge to that view"),
    /** False: analyse only, and keep nothing in the practice history. */
    record: z.boolean({ error: "must be true or false" }).optional(),
  })
  .strict()
  .superRefine((body, context) => {
    if (body.kind !== "pushback") return;
    for (const field of ["view", "challenge"] as const) {
      if ((body[field] ?? "").trim() === "") {
        context.addIssue({
          code: "custom",
          path: [field],
          message: 'is required when kind is "pushback"',
        });
      }
    }
  });

/** `POST /api/analyze`. */
export type AnalyzeRequest = z.input<typeof analyzeBodySchema>;

/** The answer analysis of DESIGN.md. */
export type { Analysis };

/** `POST /api/analyze`'s answer: the analysis, and the id of the attempt kept unless opted out. */
export type AnalyzeResponse = Analysis & { attemptId?: string };
