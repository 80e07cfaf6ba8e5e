import type {
  AssessmentReport,
  AssessmentSummary,
  SessionSummary,
  SessionView,
} from "../assessments/index.ts";
import { z } from "zod";
import { languageSchema } from "../problems/schema.ts";

/** The longest draft kept: far more than any solution needs, well under the body limit. */
export const MAX_DRAFT_CHARS = 200_000;

export const assessmentParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const sessionParamsSchema = z.object({ sessionId: z.string().min(1).max(100) });

export const startSessionBodySchema = z
  .object({
    language: languageSchema,
  })
  .strict();

/** A level's result as the candidate's browser ran it: visible and hidden tests together. */
export const levelResultBodySchema = z
  .object({
    level: z.number().int("must be a whole number").min(1, "must be 1 or more").max(100),
    passed: z.number().int("must be a whole number").min(0, "must be 0 or more"),
    total: z.number().int("must be a whole number").min(1, "must be 1 or more"),
  })
  .strict();

export const draftBodySchema = z
  .object({
    code: z
      .string({ error: "must be a string holding the code" })
      .max(MAX_DRAFT_CHARS, `is limited to ${MAX_DRAFT_CHARS.toLocaleString("en-US")} characters`),
  })
  .strict();

/** `GET /api/assessments`. */
export interface AssessmentList {
  assessments: AssessmentSummary[];
}

/** `GET /api/assessment-sessions`. */
export interface SessionList {
  sessions: SessionSummary[];
}

/** `PUT /api/assessment-sessions/:sessionId/draft`. */
export interface SavedSessionDraft {
  updatedAt: string;
}

/**
 * A session (`POST /api/assessments/:id/sessions`, `GET`, `.../results`, `.../finish`) and its
 * report (`GET /api/assessment-sessions/:sessionId/report`).
 */
export type { AssessmentReport, SessionView };

/** `POST /api/assessment-sessions/:sessionId/results`. */
export type LevelResultRequest = z.infer<typeof levelResultBodySchema>;
