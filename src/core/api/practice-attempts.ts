import { z } from "zod";
import type { Analysis, AnalysisKind, ReadsAs, Score } from "../analysis/index.ts";

/** The most attempts one page of the history lists. */
export const MAX_ATTEMPTS_PAGE = 100;
/** How many attempts a page lists when the request does not say. */
export const DEFAULT_ATTEMPTS_PAGE = 20;

const attemptId = z.uuid({ error: "must be an attempt id (a UUID)" });

export const practiceAttemptParamsSchema = z.object({ id: attemptId });

export const practiceAttemptListQuerySchema = z
  .object({
    questionId: z.string().min(1).max(100, "is limited to 100 characters").optional(),
    limit: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be 1 or more")
      .max(MAX_ATTEMPTS_PAGE, `is at most ${String(MAX_ATTEMPTS_PAGE)}`)
      .default(DEFAULT_ATTEMPTS_PAGE),
    before: attemptId.optional(),
  })
  .strict();

/** An attempt in the history: its score and the start of the answer (`GET /api/practice-attempts`). */
export interface PracticeAttemptSummary {
  id: string;
  /** The bank question answered; null for the candidate's own question. */
  questionId: string | null;
  /** The question's text as it was answered; null when none was given. */
  question: string | null;
  kind: AnalysisKind;
  overall: Score;
  readsAs: ReadsAs;
  /** The opening of the answer, cut short with an ellipsis; never the whole of a long answer. */
  excerpt: string;
  createdAt: string;
}

/** `GET /api/practice-attempts`: newest first; `nextBefore` fetches the page after this one. */
export interface PracticeAttemptList {
  attempts: PracticeAttemptSummary[];
  nextBefore: string | null;
}

/** One kept attempt, whole (`GET /api/practice-attempts/:id`). */
export interface PracticeAttempt {
  id: string;
  questionId: string | null;
  question: string | null;
  kind: AnalysisKind;
  answer: string;
  analysis: Analysis;
  createdAt: string;
}
