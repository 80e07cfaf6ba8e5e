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

/** What the list sends for each problem: enough to show and filter it. */
export const problemSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  difficulty: difficultySchema,
  kind: problemMetaSchema.shape.kind,
  themes: z.array(z.string()),
  summary: z.string(),
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
