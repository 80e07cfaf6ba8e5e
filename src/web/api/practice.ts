import type { AnalyzeRequest, AnalyzeResponse } from "../../core/api/analyze.ts";
import { apiRequest } from "./client.ts";

export type {
  PracticeAttempt,
  PracticeAttemptList,
  PracticeAttemptSummary,
} from "../../core/api/practice-attempts.ts";

/** Analyses an answer on the server, which keeps it in the history unless `record` is false. */
export function analyzePracticeAnswer(request: AnalyzeRequest): Promise<AnalyzeResponse> {
  return apiRequest<AnalyzeResponse>("/analyze", { method: "POST", body: request });
}

/** The history's path for one bank question's attempts, or for every recent attempt. */
export function practiceAttemptsPath(questionId: string | undefined, limit = 10): string {
  const query = new URLSearchParams({ limit: String(limit) });
  if (questionId !== undefined) query.set("questionId", questionId);
  return `/practice-attempts?${query.toString()}`;
}

/** Deletes one kept attempt. */
export async function deletePracticeAttempt(id: string): Promise<void> {
  await apiRequest(`/practice-attempts/${encodeURIComponent(id)}`, { method: "DELETE" });
}
