import { z } from "zod";
import type { Analysis, Dimension, ReadsAs, Score } from "../analysis/index.ts";
import type { AnswerKind, CategoryId, StoryType } from "../content/schema.ts";
import type { StoryBankType, StoryDraft } from "../stories/story-schema.ts";
import { storyDraftSchema } from "../stories/story-schema.ts";

/** A story as every save sends it (create and new version alike). */
export const storyBodySchema = storyDraftSchema;

export const storyIdParamsSchema = z.object({
  id: z.string().min(1).max(100),
});

export const storyVersionParamsSchema = z.object({
  id: z.string().min(1).max(100),
  number: z.coerce
    .number({ error: "must be a version number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .max(1_000_000, "is not a version number"),
});

/** The largest Markdown document accepted: about the request body limit. */
export const MAX_IMPORT_CHARS = 900_000;
/** The most stories one import may create. */
export const MAX_IMPORT_STORIES = 500;

export const importBodySchema = z
  .object({
    markdown: z
      .string({ error: "must be a string holding the exported Markdown" })
      .max(
        MAX_IMPORT_CHARS,
        `is limited to ${MAX_IMPORT_CHARS.toLocaleString("en-US")} characters`,
      ),
  })
  .strict();

export const importResponseSchema = z.object({
  imported: z.number().int(),
  ids: z.array(z.string()),
});

/** `POST /api/stories/import`. */
export type ImportResponse = z.infer<typeof importResponseSchema>;

/** The scores of one version, without the evidence: enough for lists and the history. */
export interface StoryScores {
  overall: Score;
  readsAs: ReadsAs;
  dimensions: Record<Dimension, Score>;
  words: number;
}

/** A story's current title, type, tags and themes. */
export interface StoryRecord {
  id: string;
  title: string;
  storyType: StoryBankType;
  customTypeLabel: string | null;
  tags: string[];
  themes: string[];
  createdAt: string;
  updatedAt: string;
}

/** A story in the list: its record, its latest version's number and that version's scores. */
export type StorySummary = StoryRecord & { latestVersion: number; scores: StoryScores };

/** `GET /api/stories`. */
export interface StoryList {
  stories: StorySummary[];
}

/** One saved version with its analysis (`GET /api/stories/:id/versions/:number`). */
export interface StoryVersion extends StoryDraft {
  number: number;
  analysis: Analysis;
  createdAt: string;
}

/** One entry of a story's history. */
export interface StoryVersionSummary {
  number: number;
  createdAt: string;
  scores: StoryScores;
}

/** `GET /api/stories/:id`, and what every save answers. */
export interface StoryDetail {
  story: StoryRecord;
  latest: StoryVersion;
  versions: StoryVersionSummary[];
}

/** A question as the coverage view names it: enough to name it and link to it. */
export interface CoverageQuestionView {
  id: string;
  prompt: string;
  category: CategoryId;
  answerKind?: AnswerKind;
  storyTypes: StoryType[];
  themes: string[];
}

/** `GET /api/stories/coverage`: which questions each story covers, and which none covers. */
export interface StoryCoverageView {
  minSharedThemes: number;
  spokenQuestionCount: number;
  coveredQuestionCount: number;
  stories: (Pick<StoryRecord, "id" | "title" | "storyType" | "customTypeLabel" | "themes"> & {
    questions: (CoverageQuestionView &
      ({ via: "type" } | { via: "themes"; sharedThemes: readonly string[] }))[];
  })[];
  uncovered: CoverageQuestionView[];
}
