import { z } from "zod";
import type { Analysis } from "../analysis/index.ts";
import type { AnswerContextInput, InterviewReport } from "../interview/index.ts";
import {
  INTERVIEW_ROUNDS,
  MAX_OWN_QUESTION_LENGTH,
  OWN_QUESTION_KINDS,
  type AnsweredText,
  type InterviewRound,
  type InterviewTurn,
} from "../interview/types.ts";

const limit = MAX_OWN_QUESTION_LENGTH.toLocaleString("en-US");

/** `POST /api/interviews`: a round and, optionally, the question to open on. */
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
export type StartInterviewRequest = z.input<typeof startInterviewBodySchema>;

export const interviewParamsSchema = z.object({ id: z.string().min(1).max(100) });

/** `POST /api/interviews/:id/answers`. */
export const answerBodySchema = z
  .object({
    text: z.string({ error: "must be a string holding the answer" }),
    /** The index of the turn being answered; when it is not the open turn, 409 turn-changed. */
    turn: z.number().int().min(0).optional(),
  })
  .strict();
export type AnswerRequest = z.input<typeof answerBodySchema>;

/** Where an interview stands. */
export type InterviewStatus = "active" | "finished" | "abandoned";

/**
 * An interviewer turn as the API sends it: with a notice when the offline engine stood in, and
 * the server's time it was asked (absent in interviews stored before that was recorded).
 */
export type TurnView = InterviewTurn & { notice?: string; askedAt?: string };

/** `201` to `POST /api/interviews`: the new interview's id and its first turn. */
export interface StartedInterview {
  id: string;
  turn: TurnView;
}

/** A turn of the transcript, with the answer given to it once there is one. */
export type TranscriptTurn = TurnView & {
  answer?: AnsweredText;
  /** What the answer was analysed as (its kind and question), for a second opinion to match. */
  analysisInput?: AnswerContextInput;
};

/** `GET /api/interviews/:id`. */
export interface InterviewTranscript {
  id: string;
  round: InterviewRound;
  status: InterviewStatus;
  createdAt: string;
  /** Main questions planned for the round, the opening included. */
  questions: number;
  /** The server's clock when it answered, to time the open turn without the browser's clock. */
  serverTime: string;
  turns: TranscriptTurn[];
}

/** One row of `GET /api/interviews`. */
export interface InterviewSummary {
  id: string;
  round: InterviewRound;
  status: InterviewStatus;
  /** Main questions planned for the round. */
  questions: number;
  /** Answers given so far, follow-ups included. */
  answers: number;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/interviews`. */
export interface InterviewList {
  interviews: InterviewSummary[];
}

/** `POST /api/interviews/:id/answers`: the analysis of the answer and the interviewer's next turn. */
export interface AnswerResult {
  turn: TurnView;
  analysis: Analysis;
}

/** `POST /api/interviews/:id/abandon`. */
export interface AbandonedInterview {
  id: string;
  status: "abandoned";
}

/** `GET /api/interviews/:id/report`. */
export type { InterviewReport };

/**
 * The events of a streamed answer (`Accept: text/event-stream`), by name: the analysis as soon as
 * it exists, each piece of the next turn's text, then the turn as saved or an error body.
 */
export interface AnswerStreamEvents {
  analysis: Analysis;
  delta: { text: string };
  turn: AnswerResult;
  error: { error: { code: string; message: string } };
}
