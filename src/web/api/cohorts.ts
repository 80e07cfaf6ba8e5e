import type {
  AcceptedInvitation,
  CohortRole,
  CohortSummary,
  CreatedInvitation,
  ShareKind,
  ShareView,
} from "../../core/api/cohorts.ts";
import { apiRequest } from "./client.ts";
import { ROUND_DETAILS } from "./interviews.ts";

export type {
  CohortList,
  CohortMemberList,
  CohortSharedView,
  CohortSummary,
  CreatedInvitation,
  InvitationList,
  InvitationPreview,
  InvitationView,
  ShareKind,
  ShareList,
  SharedItem,
  ShareView,
} from "../../core/api/cohorts.ts";

/** Makes a cohort (administrators only). */
export function createCohort(name: string): Promise<CohortSummary> {
  return apiRequest<CohortSummary>("/cohorts", { method: "POST", body: { name } });
}

/** Makes an invitation link for a cohort (administrators only); its token is shown this once. */
export function createInvitation(cohortId: string, role: CohortRole): Promise<CreatedInvitation> {
  return apiRequest<CreatedInvitation>(`/cohorts/${encodeURIComponent(cohortId)}/invitations`, {
    method: "POST",
    body: { role },
  });
}

/** Stops an invitation link from letting anyone else join. */
export async function revokeInvitation(cohortId: string, invitationId: string): Promise<void> {
  const path = `/cohorts/${encodeURIComponent(cohortId)}/invitations/${encodeURIComponent(invitationId)}`;
  await apiRequest<undefined>(path, { method: "DELETE" });
}

/** Joins the cohort an invitation link names. */
export function acceptInvitation(token: string): Promise<AcceptedInvitation> {
  return apiRequest<AcceptedInvitation>(`/invitations/${encodeURIComponent(token)}/accept`, {
    method: "POST",
  });
}

/** Shares one of the user's stories or interviews, or their progress, with a cohort they learn in. */
export function shareItem(cohortId: string, kind: ShareKind, id?: string): Promise<ShareView> {
  const body = id === undefined ? { cohortId, kind } : { cohortId, kind, id };
  return apiRequest<ShareView>("/shares", { method: "POST", body });
}

/** Takes a share back: the cohort's coaches no longer see the item. */
export async function revokeShare(shareId: string): Promise<void> {
  await apiRequest<undefined>(`/shares/${encodeURIComponent(shareId)}`, { method: "DELETE" });
}

/** The full address of an invitation link, for copying. */
export function invitationUrl(created: CreatedInvitation): string {
  return new URL(created.path, window.location.origin).toString();
}

/** The words for a role. */
export const ROLE_LABELS: Record<CohortRole, string> = { learner: "learner", coach: "coach" };

/** How a share is named in lists: "Story: its title", "Interview: its round's name", "Progress". */
export function shareLabel(share: ShareView): string {
  if (share.kind === "story") return `Story: ${share.title}`;
  if (share.kind === "progress") return "Progress: every analysed answer";
  const round = Object.entries(ROUND_DETAILS).find(([id]) => id === share.title)?.[1];
  return `Interview: ${round?.name ?? share.title}`;
}

/** Renames a cohort (administrators only). */
export function renameCohort(cohortId: string, name: string): Promise<CohortSummary> {
  return apiRequest<CohortSummary>(`/cohorts/${encodeURIComponent(cohortId)}`, {
    method: "PATCH",
    body: { name },
  });
}

/** Deletes a cohort, its links, members and shares (administrators only); `confirm` is its name. */
export async function deleteCohort(cohortId: string, confirm: string): Promise<void> {
  await apiRequest<undefined>(`/cohorts/${encodeURIComponent(cohortId)}`, {
    method: "DELETE",
    body: { confirm },
  });
}

/** Takes a member out of a cohort (administrators only); their shares to it end. */
export async function removeMember(cohortId: string, userId: string): Promise<void> {
  const path = `/cohorts/${encodeURIComponent(cohortId)}/members/${encodeURIComponent(userId)}`;
  await apiRequest<undefined>(path, { method: "DELETE" });
}

/** Leaves a cohort; the caller's shares to it end. */
export async function leaveCohort(cohortId: string): Promise<void> {
  await apiRequest<undefined>(`/cohorts/${encodeURIComponent(cohortId)}/membership`, {
    method: "DELETE",
  });
}
