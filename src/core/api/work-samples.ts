import type { TestCase } from "../runner/types.ts";
import type { GradedReview } from "../work-samples/review-grader.ts";
import type { SampleFile } from "../work-samples/sample-files.ts";
import type { WorkSampleMeta } from "../work-samples/schema.ts";
import { z } from "zod";
import { difficultySchema } from "../content/schema.ts";
import { languageSchema } from "../problems/schema.ts";
import {
  MAX_FINDINGS,
  reviewFindingSchema,
  samplePathSchema,
  workSampleKindSchema,
} from "../work-samples/schema.ts";

/** The most text a draft's files may hold, in characters: many times any sample's codebase. */
export const MAX_DRAFT_FILE_CHARACTERS = 200_000;

/** The most files a draft may hold: the codebase's and the modules a candidate adds. */
export const MAX_DRAFT_FILES = 12;

/** The largest draft or review request body, in bytes. */
export const WORK_SAMPLE_BODY_LIMIT_BYTES = 512 * 1024;

export const workSampleIdParamsSchema = z.object({
  id: z.string().min(1).max(200),
});

/** What the list sends for each sample: enough to show it and group it by kind. */
export const workSampleSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: workSampleKindSchema,
  language: languageSchema,
  difficulty: difficultySchema,
  summary: z.string(),
  minutes: z.number().int(),
  files: z.number().int(),
});
export type WorkSampleSummary = z.infer<typeof workSampleSummarySchema>;

export const listWorkSamplesResponseSchema = z.object({
  total: z.number().int(),
  samples: z.array(workSampleSummarySchema),
});

const findingsSchema = z
  .array(reviewFindingSchema)
  .max(MAX_FINDINGS, `holds at most ${String(MAX_FINDINGS)} findings`);

const draftFilesSchema = z
  .record(samplePathSchema, z.string())
  .refine(
    (files) =>
      Object.values(files).reduce((total, content) => total + content.length, 0) <=
      MAX_DRAFT_FILE_CHARACTERS,
    { message: `holds more than ${String(MAX_DRAFT_FILE_CHARACTERS)} characters in all` },
  );

/**
 * A draft: the edited files of a debug, refactor or extend sample (path → content), or the
 * findings of a review in progress.
 */
export const saveDraftBodySchema = z
  .object({ files: draftFilesSchema.optional(), findings: findingsSchema.optional() })
  .strict()
  .refine((body) => (body.files === undefined) !== (body.findings === undefined), {
    message: "send either files or findings",
  });
export type WorkSampleDraftBody = z.infer<typeof saveDraftBodySchema>;

export const draftResponseSchema = z.object({
  files: z.record(z.string(), z.string()).nullable(),
  findings: z.array(reviewFindingSchema).nullable(),
  updatedAt: z.iso.datetime().nullable(),
});

export const savedDraftResponseSchema = z.object({ updatedAt: z.iso.datetime() });

export const reviewBodySchema = z.object({ findings: findingsSchema }).strict();

const gradedIssueSchema = z.object({
  id: z.string(),
  title: z.string(),
  severity: z.enum(["high", "medium", "low"]),
  file: z.string(),
  lines: z.tuple([z.number().int(), z.number().int()]),
  alsoAt: z
    .array(z.object({ file: z.string(), lines: z.tuple([z.number().int(), z.number().int()]) }))
    .optional(),
  explanation: z.string(),
});

export const gradedReviewResponseSchema = z.object({
  found: z.array(z.object({ issue: gradedIssueSchema, findings: z.array(z.number().int()) })),
  missed: z.array(gradedIssueSchema),
  falsePositives: z.array(
    z.object({
      finding: z.number().int(),
      reason: z.enum(["no-issue-here", "not-named"]),
      issueId: z.string().optional(),
    }),
  ),
  score: z.object({
    found: z.number().int(),
    total: z.number().int(),
    falsePositives: z.number().int(),
  }),
});

/** `GET /api/work-samples`. */
export type WorkSampleList = z.infer<typeof listWorkSamplesResponseSchema>;

/**
 * `GET /api/work-samples/:id`: the brief, the codebase, every case (hidden ones included: the code
 * runs in the browser, and this is practice), which cases test an extension, and for a review the
 * diff and how many issues it hides. The reference solution and the answer key stay on the server.
 */
export interface WorkSampleView {
  meta: WorkSampleMeta;
  brief: string;
  files: SampleFile[];
  tests: { visible: TestCase[]; hidden: TestCase[] };
  newCases: string[];
  review?: { diff: string; issueCount: number };
}

/** `GET /api/work-samples/:id/draft`: edited files, or a review's findings; null when unsaved. */
export type WorkSampleDraft = z.infer<typeof draftResponseSchema>;

/** `PUT /api/work-samples/:id/draft`. */
export type SavedWorkSampleDraft = z.infer<typeof savedDraftResponseSchema>;

/** `POST /api/work-samples/:id/review`. */
export type { GradedReview };
