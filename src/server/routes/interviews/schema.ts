import { z } from "zod";
import {
  INTERVIEW_ROUNDS,
  MAX_OWN_QUESTION_LENGTH,
  OWN_QUESTION_KINDS,
} from "../../../core/interview/index.ts";

const limit = MAX_OWN_QUESTION_LENGTH.toLocaleString("en-US");

export const startInterviewBodySchema = z
  .object({
    round: z.enum(INTERVIEW_ROUNDS),
    /** A question of the bank to open on. */
    questionId: z
      .string({ error: "must be a string holding a question id from the bank" })
      .min(1, "must not be empty")
      .max(200, "is longer than any question id")
      .optional(),
    /** The candidate's own question to open on. */
    question: z
      .object({
        prompt: z
          .string({ error: "must be a string holding the question" })
          .refine((prompt) => prompt.trim() !== "", "must not be empty")
          .refine(
            (prompt) => prompt.trim().length <= MAX_OWN_QUESTION_LENGTH,
            `is limited to ${limit} characters`,
          ),
        kind: z.enum(OWN_QUESTION_KINDS),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((body, context) => {
    if (body.questionId !== undefined && body.question !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["question"],
        message:
          "cannot be given with questionId: open on a bank question or on your own, not both",
      });
    }
  });

export const interviewParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const answerBodySchema = z
  .object({
    text: z.string({ error: "must be a string holding the answer" }),
    /** The index of the turn being answered; when it is not the open turn, 409 turn-changed. */
    turn: z.number().int().min(0).optional(),
  })
  .strict();
