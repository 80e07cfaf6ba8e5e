import type { DesignSessionView } from "../../core/api/design-sessions.ts";
import type { ReferenceDesignView } from "../../core/api/design-reviews.ts";
import { ApiError, apiRequest } from "./client.ts";

export type { DesignSessionList, DesignSessionView } from "../../core/api/design-sessions.ts";

/** Starts a timed design on a question; the server fixes its deadline. */
export function startDesignSession(
  questionId: string,
  minutes?: number,
): Promise<DesignSessionView> {
  return apiRequest<DesignSessionView>("/design-sessions", {
    method: "POST",
    body: minutes === undefined ? { questionId } : { questionId, minutes },
  });
}

/** Saves part of a timed design's draft: its text or its diagram's elements. */
export function saveDesignSessionDraft(
  id: string,
  draft: { text: string } | { diagram: string },
  keepalive = false,
): Promise<DesignSessionView> {
  return apiRequest<DesignSessionView>(`/design-sessions/${encodeURIComponent(id)}/draft`, {
    method: "PUT",
    body: draft,
    keepalive,
  });
}

/** Hands a timed design in: the server reviews it once and keeps the review. */
export function submitDesignSession(id: string): Promise<DesignSessionView> {
  return apiRequest<DesignSessionView>(`/design-sessions/${encodeURIComponent(id)}/submit`, {
    method: "POST",
  });
}

/** A question's reference design with its review, or undefined when it has none. */
export async function fetchReferenceDesign(
  questionId: string,
  signal?: AbortSignal,
): Promise<ReferenceDesignView | undefined> {
  try {
    return await apiRequest<ReferenceDesignView>(
      `/questions/${encodeURIComponent(questionId)}/reference-design`,
      signal === undefined ? {} : { signal },
    );
  } catch (caught) {
    if (caught instanceof ApiError && caught.status === 404) return undefined;
    throw caught;
  }
}
