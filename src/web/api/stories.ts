import type { Analysis, Dimension, ReadsAs, Score } from "../../core/analysis/index.ts";
import type { CategoryId, StoryType } from "../../core/content/schema.ts";
import type { StoryBankType, StoryDraft } from "../../core/stories/story-schema.ts";

/** The scores of one version, as lists and the history show them. */
export interface StoryScores {
  overall: Score;
  readsAs: ReadsAs;
  dimensions: Record<Dimension, Score>;
  words: number;
}

/** A story's current fields, as the API sends them. */
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

/** `GET /api/stories`. */
export interface StoryList {
  stories: (StoryRecord & { latestVersion: number; scores: StoryScores })[];
}

/** One saved version with its analysis (`GET /api/stories/:id/versions/:number`). */
export interface StoryVersion extends StoryDraft {
  number: number;
  analysis: Analysis;
  createdAt: string;
}

/** `GET /api/stories/:id`, and what every save answers. */
export interface StoryDetail {
  story: StoryRecord;
  latest: StoryVersion;
  versions: { number: number; createdAt: string; scores: StoryScores }[];
}

/** A question as the coverage view names it. */
export interface CoverageQuestionView {
  id: string;
  prompt: string;
  category: CategoryId;
  storyTypes: StoryType[];
  themes: string[];
}

/** `GET /api/stories/coverage`. */
export interface StoryCoverageView {
  minSharedThemes: number;
  spokenQuestionCount: number;
  coveredQuestionCount: number;
  stories: (Pick<StoryRecord, "id" | "title" | "storyType" | "customTypeLabel" | "themes"> & {
    questions: (CoverageQuestionView &
      ({ via: "type" } | { via: "themes"; sharedThemes: string[] }))[];
  })[];
  uncovered: CoverageQuestionView[];
}

/** Formats an API timestamp for people: "23 Nov 2026, 13:05". */
export function formatSavedAt(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
