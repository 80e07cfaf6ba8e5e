import { z } from "zod";
import { INTERVIEW_ROUNDS } from "../../../core/interview/index.ts";

export const startInterviewBodySchema = z
  .object({
    round: z.enum(INTERVIEW_ROUNDS),
  })
  .strict();

export const interviewParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const answerBodySchema = z
  .object({
    text: z.string({ error: "must be a string holding the answer" }),
    /** The index of the turn being answered; when it is not the open turn, 409 turn-changed. */
    turn: z.number().int().min(0).optional(),
  })
  .strict();
