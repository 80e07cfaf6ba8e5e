export type {
  CoverageQuestionView,
  StoryCoverageView,
  StoryDetail,
  StoryList,
  StoryRecord,
  StoryScores,
  StoryVersion,
} from "../../core/api/stories.ts";

/** Formats an API timestamp for people: "23 Nov 2026, 13:05". */
export function formatSavedAt(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
