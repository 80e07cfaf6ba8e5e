import type { Problem } from "../problems/parse-problem.ts";
import { z } from "zod";
import { difficultySchema } from "../content/schema.ts";
import { languageSchema, problemMetaSchema } from "../problems/schema.ts";

/** The longest draft kept, in characters: far beyond any interview solution. */
export const MAX_DRAFT_CHARACTERS = 100_000;

/** The largest draft request body, in bytes (a draft of MAX_DRAFT_CHARACTERS, JSON-escaped). */
export const DRAFT_BODY_LIMIT_BYTES = 512 * 1024;

export const problemIdParamsSchema = z.object({
  id: z.string().min(1).max(200),
});

export const problemLanguageParamsSchema = problemIdParamsSchema.extend({
  lang: languageSchema,
});

/** What the list sends for each problem: enough to show and filter it, and this user's mark. */
export const problemSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  difficulty: difficultySchema,
  kind: problemMetaSchema.shape.kind,
  themes: z.array(z.string()),
  summary: z.string(),
  /** "solved" once a submission passed every test, "attempted" after any other; absent before. */
  mark: z.enum(["solved", "attempted"]).optional(),
});
export type ProblemSummary = z.infer<typeof problemSummarySchema>;

export const listProblemsResponseSchema = z.object({
  total: z.number().int(),
  problems: z.array(problemSummarySchema),
});

export const solutionResponseSchema = z.object({
  id: z.string(),
  language: languageSchema,
  code: z.string(),
});

export const draftResponseSchema = z.object({
  language: languageSchema,
  /** The saved code; null when this user has saved none for this problem and language. */
  code: z.string().nullable(),
  updatedAt: z.iso.datetime().nullable(),
});

export const saveDraftBodySchema = z
  .object({
    code: z.string().max(MAX_DRAFT_CHARACTERS, `is longer than ${MAX_DRAFT_CHARACTERS} characters`),
  })
  .strict();

export const savedDraftResponseSchema = z.object({
  language: languageSchema,
  updatedAt: z.iso.datetime(),
});

/** `GET /api/problems`. */
export type ProblemList = z.infer<typeof listProblemsResponseSchema>;

/**
 * `GET /api/problems/:id`: metadata, statement, every test case (hidden ones included, since the
 * code runs in the browser: this is practice, not an exam), the starters, and whether reference
 * solutions can be fetched one at a time.
 */
export type ProblemView = Omit<Problem, "solutions"> & { solutionAvailable: boolean };

/** `GET /api/problems/:id/solution/:lang`. */
export type ProblemSolution = z.infer<typeof solutionResponseSchema>;

/** `GET /api/problems/:id/draft/:lang`; `code` is null when none was saved. */
export type ProblemDraft = z.infer<typeof draftResponseSchema>;

/** `PUT /api/problems/:id/draft/:lang`. */
export type SavedProblemDraft = z.infer<typeof savedDraftResponseSchema>;

/** How many submissions of one problem are listed: the newest. */
export const SUBMISSIONS_LISTED = 20;

/**
 * `POST /api/problems/:id/submissions`: a submission as the browser ran it against every test of
 * the problem. The tests run in the browser, so the counts are the candidate's own report.
 */
export const submissionBodySchema = z
  .object({
    language: languageSchema,
    code: z
      .string()
      .min(1, "is empty")
      .max(MAX_DRAFT_CHARACTERS, `is longer than ${MAX_DRAFT_CHARACTERS} characters`),
    passed: z.number().int().min(0),
    total: z.number().int().min(1).max(10_000),
  })
  .strict()
  .refine((body) => body.passed <= body.total, {
    message: "cannot be more than total",
    path: ["passed"],
  });

/** A kept submission. */
export const submissionViewSchema = z.object({
  id: z.string(),
  language: languageSchema,
  code: z.string(),
  passed: z.number().int(),
  total: z.number().int(),
  accepted: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type SubmissionView = z.infer<typeof submissionViewSchema>;

/** `GET /api/problems/:id/submissions`: the newest submissions, at most SUBMISSIONS_LISTED. */
export const submissionListSchema = z.object({ submissions: z.array(submissionViewSchema) });
export type SubmissionList = z.infer<typeof submissionListSchema>;
