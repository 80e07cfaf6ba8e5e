import type { Difficulty } from "../../core/content/schema.ts";
import type { Language } from "../../core/problems/schema.ts";
import type { TestCase } from "../../core/runner/types.ts";
import type { GradedReview } from "../../core/work-samples/review-grader.ts";
import type { SampleFile } from "../../core/work-samples/sample-files.ts";
import type {
  ReviewFinding,
  WorkSampleKind,
  WorkSampleMeta,
} from "../../core/work-samples/schema.ts";
import { apiRequest } from "./client.ts";

/** A work sample as the list sends it (`GET /api/work-samples`). */
export interface WorkSampleSummary {
  id: string;
  title: string;
  kind: WorkSampleKind;
  language: Language;
  difficulty: Difficulty;
  summary: string;
  minutes: number;
  files: number;
}

export interface WorkSampleList {
  total: number;
  samples: WorkSampleSummary[];
}

/** One work sample (`GET /api/work-samples/:id`): no reference solution, no answer key. */
export interface WorkSampleView {
  meta: WorkSampleMeta;
  brief: string;
  files: SampleFile[];
  tests: { visible: TestCase[]; hidden: TestCase[] };
  newCases: string[];
  review?: { diff: string; issueCount: number };
}

/** A saved draft: edited files, or a review's findings; both null when nothing was saved. */
export interface WorkSampleDraft {
  files: Record<string, string> | null;
  findings: ReviewFinding[] | null;
  updatedAt: string | null;
}

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
): Promise<{ updatedAt: string }> {
  return apiRequest(`${samplePath(id)}/draft`, { method: "PUT", body, keepalive });
}

/** Grades a review's findings against the issues seeded in the diff. */
export function gradeWorkSampleReview(
  id: string,
  findings: ReviewFinding[],
): Promise<GradedReview> {
  return apiRequest(`${samplePath(id)}/review`, { method: "POST", body: { findings } });
}
