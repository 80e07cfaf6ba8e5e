import type { Difficulty } from "../../core/content/schema.ts";
import type { Problem } from "../../core/problems/parse-problem.ts";
import type { Language, ProblemMeta } from "../../core/problems/schema.ts";
import { apiRequest } from "./client.ts";

/** A problem as the list sends it (`GET /api/problems`). */
export interface ProblemSummary {
  id: string;
  title: string;
  difficulty: Difficulty;
  kind: ProblemMeta["kind"];
  themes: string[];
  summary: string;
}

export interface ProblemList {
  total: number;
  problems: ProblemSummary[];
}

/**
 * One problem (`GET /api/problems/:id`): metadata, statement, visible and hidden cases and the
 * starters; the reference solutions are fetched one at a time when asked for.
 */
export type ProblemView = Omit<Problem, "solutions"> & { solutionAvailable: boolean };

/** A saved draft (`GET /api/problems/:id/draft/:lang`); `code` is null when none was saved. */
export interface ProblemDraft {
  language: Language;
  code: string | null;
  updatedAt: string | null;
}

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
): Promise<{ language: Language; updatedAt: string }> {
  return apiRequest(draftPath(problemId, language), {
    method: "PUT",
    body: { code },
    keepalive,
  });
}

/** A problem's reference solution in a language. */
export function fetchSolution(
  problemId: string,
  language: Language,
): Promise<{ id: string; language: Language; code: string }> {
  return apiRequest(`/problems/${encodeURIComponent(problemId)}/solution/${language}`);
}
