import type {
  GradedReview,
  SavedWorkSampleDraft,
  WorkSampleDraft,
} from "../../core/api/work-samples.ts";
import type { ReviewFinding, WorkSampleKind } from "../../core/work-samples/schema.ts";
import { apiRequest } from "./client.ts";

export type {
  WorkSampleDraft,
  WorkSampleList,
  WorkSampleSummary,
  WorkSampleView,
} from "../../core/api/work-samples.ts";

/** How each kind of exercise is named on the page. */
export const KIND_NAMES: Record<WorkSampleKind, string> = {
  debug: "Debug",
  refactor: "Refactor",
  extend: "Extend",
  review: "Code review",
};

function samplePath(id: string): string {
  return `/work-samples/${encodeURIComponent(id)}`;
}

/** This user's draft of a work sample. */
export function fetchWorkSampleDraft(id: string, signal?: AbortSignal): Promise<WorkSampleDraft> {
  return apiRequest<WorkSampleDraft>(`${samplePath(id)}/draft`, signal ? { signal } : {});
}

/** Saves this user's draft: the files as edited, or the review's findings. */
export function saveWorkSampleDraft(
  id: string,
  body: { files: Record<string, string> } | { findings: ReviewFinding[] },
  keepalive = false,
): Promise<SavedWorkSampleDraft> {
  return apiRequest(`${samplePath(id)}/draft`, { method: "PUT", body, keepalive });
}

/** Grades a review's findings against the issues seeded in the diff. */
export function gradeWorkSampleReview(
  id: string,
  findings: ReviewFinding[],
): Promise<GradedReview> {
  return apiRequest(`${samplePath(id)}/review`, { method: "POST", body: { findings } });
}
