import { z } from "zod";
import type { InterviewReport } from "../interview/index.ts";
import type { InterviewTranscript } from "./interviews.ts";
import type { Progress } from "./progress.ts";
import type { StoryDetail, StoryVersion } from "./stories.ts";

/** The roles a cohort member has: a learner shares items, a coach reads what is shared. */
export const COHORT_ROLES = ["learner", "coach"] as const;

/** A learner's or a coach's place in a cohort. */
export type CohortRole = (typeof COHORT_ROLES)[number];

/** What a learner can share with a cohort: one story, one interview, or their progress as a whole. */
export const SHARE_KINDS = ["story", "interview", "progress"] as const;

/** A kind of shared item. */
export type ShareKind = (typeof SHARE_KINDS)[number];

/** How long an invitation works unless its maker says otherwise. */
export const DEFAULT_INVITATION_DAYS = 14;

/** The longest an invitation may work. */
export const MAX_INVITATION_DAYS = 90;

/** The web app's page an invitation link opens: `/invite/<token>`. */
export const INVITE_PAGE = "/invite";

const id = z.string().min(1).max(100);

/** `POST /api/cohorts`. */
export const createCohortBodySchema = z
  .object({
    name: z
      .string({ error: "must be a string holding the cohort's name" })
      .trim()
      .min(1, "must not be empty")
      .max(120, "is limited to 120 characters"),
  })
  .strict();

/** `/api/cohorts/:id...`. */
export const cohortParamsSchema = z.object({ id });

/** `PATCH /api/cohorts/:id`: a new name. */
export const renameCohortBodySchema = createCohortBodySchema;

/** `DELETE /api/cohorts/:id`: the cohort's name, typed, so that a stray request deletes nothing. */
export const deleteCohortBodySchema = z
  .object({ confirm: z.string({ error: "must be the cohort's name, typed to confirm" }).max(200) })
  .strict();

/** `DELETE /api/cohorts/:id/members/:userId`. */
export const cohortMemberParamsSchema = z.object({ id, userId: id });

/** A member of a cohort, as its administrators see them. */
export interface CohortMember {
  id: string;
  name: string;
  role: CohortRole;
  joinedAt: string;
}

/** `GET /api/cohorts/:id/members`. */
export interface CohortMemberList {
  members: CohortMember[];
}

/** `DELETE /api/cohorts/:id/invitations/:invitationId`. */
export const invitationParamsSchema = z.object({ id, invitationId: id });

/** `GET /api/cohorts/:id/shared/:shareId`. */
export const cohortShareParamsSchema = z.object({ id, shareId: id });

/** `POST /api/cohorts/:id/invitations`: the role it grants and how many days it works. */
export const createInvitationBodySchema = z
  .object({
    role: z.enum(COHORT_ROLES, { error: "must be learner or coach" }),
    expiresInDays: z
      .number({ error: "must be a number of days" })
      .int("must be a whole number of days")
      .min(1, "must be at least 1")
      .max(MAX_INVITATION_DAYS, `must be at most ${String(MAX_INVITATION_DAYS)}`)
      .optional(),
  })
  .strict();

/** `/api/invitations/:token...`: the token the link carries. */
export const invitationTokenParamsSchema = z.object({
  token: z.string().min(1).max(200),
});

/**
 * `POST /api/shares`: one of the caller's items, for one of their cohorts. Progress is the
 * caller's own as a whole, so it takes no `id`.
 */
export const createShareBodySchema = z
  .object({
    cohortId: id,
    kind: z.enum(SHARE_KINDS, { error: "must be story, interview or progress" }),
    id: id.optional(),
  })
  .strict()
  .superRefine((body, context) => {
    if (body.kind !== "progress" && body.id === undefined) {
      context.addIssue({
        code: "custom",
        path: ["id"],
        message: "is required to share a story or an interview",
      });
    }
  });

/** `DELETE /api/shares/:id`. */
export const shareParamsSchema = z.object({ id });

/** A cohort as its lists show it. */
export interface CohortSummary {
  id: string;
  name: string;
  createdAt: string;
  /** The caller's role in it; null for an administrator who is not a member. */
  membership: CohortRole | null;
  learners: number;
  coaches: number;
}

/** `GET /api/cohorts`: whether the caller administers cohorts, and the cohorts they see. */
export interface CohortList {
  admin: boolean;
  cohorts: CohortSummary[];
}

/** An invitation as an administrator sees it: never its token, which is not kept. */
export interface InvitationView {
  id: string;
  role: CohortRole;
  expiresAt: string;
  revokedAt: string | null;
  createdAt: string;
  status: "active" | "expired" | "revoked";
}

/** `GET /api/cohorts/:id/invitations`. */
export interface InvitationList {
  invitations: InvitationView[];
}

/** `POST /api/cohorts/:id/invitations`: the invitation, and its link, shown this once. */
export interface CreatedInvitation {
  invitation: InvitationView;
  token: string;
  /** The path of the page that joins: `/invite/<token>`. */
  path: string;
}

/** `GET /api/invitations/:token`: what joining with it means. */
export interface InvitationPreview {
  cohort: { id: string; name: string };
  role: CohortRole;
  expiresAt: string;
}

/** `POST /api/invitations/:token/accept`. */
export interface AcceptedInvitation {
  cohort: { id: string; name: string };
  /** The role held now: a member who joins again keeps the role they had. */
  role: CohortRole;
  /** False when the caller was already a member. */
  joined: boolean;
}

/** One item shared with a cohort. */
export interface ShareView {
  id: string;
  cohort: { id: string; name: string };
  kind: ShareKind;
  itemId: string;
  /** The story's title, the interview's round, or "progress". */
  title: string;
  createdAt: string;
}

/** `GET /api/shares`: the caller's shares. */
export interface ShareList {
  shares: ShareView[];
}

/** A learner of a cohort, as its coaches see them: only what they chose to share. */
export interface LearnerView {
  id: string;
  name: string;
  shared: number;
  items: ShareView[];
}

/** `GET /api/cohorts/:id/shared`: a coach's view of the cohort. */
export interface CohortSharedView {
  cohort: { id: string; name: string };
  learners: LearnerView[];
}

/** `GET /api/cohorts/:id/shared/:shareId`: one shared item, whole, and who shared it. */
export type SharedItem = {
  share: ShareView & { owner: { id: string; name: string } };
} & (
  | { kind: "story"; story: StoryDetail; versions: StoryVersion[] }
  | { kind: "interview"; interview: InterviewTranscript; report: InterviewReport }
  | { kind: "progress"; progress: Progress }
);
