import type {
  AssessmentReport,
  AssessmentSummary,
  SessionStatus,
  SessionSummary,
  SessionView,
  UnlockedLevelView,
} from "../../core/assessments/index.ts";
import type { LevelResultRequest, SavedSessionDraft } from "../../core/api/assessments.ts";
import type { Language } from "../../core/problems/schema.ts";
import { apiRequest } from "./client.ts";

export type {
  AssessmentReport,
  AssessmentSummary,
  SessionStatus,
  SessionSummary,
  SessionView,
  UnlockedLevelView,
};

/** How a session's status reads on the page. */
export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  active: "In progress",
  expired: "Time up",
  finished: "Finished",
};

/** Starts a session; the server fixes its deadline now. */
export function startAssessmentSession(
  assessmentId: string,
  language: Language,
): Promise<SessionView> {
  return apiRequest<SessionView>(`/assessments/${encodeURIComponent(assessmentId)}/sessions`, {
    method: "POST",
    body: { language },
  });
}

/** Records a level's submission (visible and hidden tests); the answer is the updated session. */
export function submitLevelResult(
  sessionId: string,
  result: LevelResultRequest,
): Promise<SessionView> {
  return apiRequest<SessionView>(`/assessment-sessions/${sessionId}/results`, {
    method: "POST",
    body: result,
  });
}

/** Ends a session before its time runs out. */
export function finishAssessmentSession(sessionId: string): Promise<SessionView> {
  return apiRequest<SessionView>(`/assessment-sessions/${sessionId}/finish`, { method: "POST" });
}

/** Saves the session's code. */
export function saveAssessmentDraft(
  sessionId: string,
  code: string,
  keepalive = false,
): Promise<SavedSessionDraft> {
  return apiRequest(`/assessment-sessions/${sessionId}/draft`, {
    method: "PUT",
    body: { code },
    keepalive,
  });
}

/** A countdown as "1:29:59" or "04:05"; never negative. */
export function formatCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const mmss = `${String(minutes).padStart(2, "0")}:${String(rest).padStart(2, "0")}`;
  return hours > 0 ? `${String(hours)}:${mmss}` : mmss;
}

/** Whole minutes, for figures: "41 min", "<1 min". */
export function formatMinutesShort(ms: number): string {
  return ms < 60_000 ? "<1 min" : `${String(Math.round(ms / 60_000))} min`;
}

/** A score as "40.9%" (or "100%"). */
export function formatPercent(percent: number): string {
  return `${Number.isInteger(percent) ? String(percent) : percent.toFixed(1)}%`;
}
