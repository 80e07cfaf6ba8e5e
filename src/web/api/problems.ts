import type {
  ProblemDraft,
  ProblemSolution,
  SavedProblemDraft,
  SubmissionView,
} from "../../core/api/problems.ts";
import type { Language } from "../../core/problems/schema.ts";
import { apiRequest } from "./client.ts";

export type {
  ProblemDraft,
  SubmissionList,
  SubmissionView,
  ProblemList,
  ProblemSummary,
  ProblemView,
} from "../../core/api/problems.ts";

/** The languages a problem can be solved in, as the picker names them. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  js: "JavaScript",
  ts: "TypeScript",
  py: "Python",
};

function draftPath(problemId: string, language: Language): string {
  return `/problems/${encodeURIComponent(problemId)}/draft/${language}`;
}

/** This user's draft of a problem in a language. */
export function fetchDraft(
  problemId: string,
  language: Language,
  signal?: AbortSignal,
): Promise<ProblemDraft> {
  return apiRequest<ProblemDraft>(draftPath(problemId, language), signal ? { signal } : {});
}

/** Saves this user's draft of a problem in a language. */
export function saveDraft(
  problemId: string,
  language: Language,
  code: string,
  keepalive = false,
): Promise<SavedProblemDraft> {
  return apiRequest(draftPath(problemId, language), {
    method: "PUT",
    body: { code },
    keepalive,
  });
}

/** A problem's reference solution in a language. */
export function fetchSolution(problemId: string, language: Language): Promise<ProblemSolution> {
  return apiRequest(`/problems/${encodeURIComponent(problemId)}/solution/${language}`);
}

/** Keeps a submission as this browser ran it: the code and how many of every test it passed. */
export function recordSubmission(
  problemId: string,
  submission: { language: Language; code: string; passed: number; total: number },
): Promise<SubmissionView> {
  return apiRequest<SubmissionView>(`/problems/${encodeURIComponent(problemId)}/submissions`, {
    method: "POST",
    body: submission,
  });
}
