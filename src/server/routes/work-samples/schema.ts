import { z } from "zod";
import { difficultySchema } from "../../../core/content/schema.ts";
import { languageSchema } from "../../../core/problems/schema.ts";
import {
  MAX_FINDINGS,
  reviewFindingSchema,
  samplePathSchema,
  workSampleKindSchema,
} from "../../../core/work-samples/schema.ts";

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
