import { createHash, randomBytes } from "node:crypto";
import {
  DEFAULT_INVITATION_DAYS,
  INVITE_PAGE,
  type AcceptedInvitation,
  type CohortList,
  type CohortMemberList,
  type CohortRole,
  type CohortSummary,
  type CreatedInvitation,
  type InvitationList,
  type InvitationPreview,
  type InvitationView,
} from "../../core/api/cohorts.ts";
import type { InterviewReport, InterviewTranscript } from "../../core/api/interviews.ts";
import type { Progress } from "../../core/api/progress.ts";
import type { StoryDetail, StoryVersion } from "../../core/api/stories.ts";
import { err, ok, type Result } from "../../core/result.ts";
import type { Db } from "../../node/db/database.ts";
import * as repository from "../../node/db/cohorts-repository.ts";
import { findProfile } from "../../node/db/user-data-repository.ts";
import type { User } from "../../node/db/users-repository.ts";
import { missing, type ServiceError } from "../http/errors.ts";
import { createShareMethods } from "./share-service.ts";

/** What a service method gives: its value, or the error to answer with. */
export type ServiceResult<T> = Promise<Result<T, ServiceError>>;

/** What the cohort service needs: the database, who administers, and the items it shows. */
export interface CohortServiceDeps {
  db: Db;
  /** The administrators' emails, in lower case (CANDOR_ADMIN_EMAILS). */
  adminEmails: readonly string[];
  /** A story of `ownerId`'s, as its owner sees it, with every version whole. */
  readStory(
    ownerId: string,
    id: string,
  ): ServiceResult<{ story: StoryDetail; versions: StoryVersion[] }>;
  /** An interview of `ownerId`'s: its transcript and report, as its owner sees them. */
  readInterview(
    ownerId: string,
    id: string,
  ): ServiceResult<{ transcript: InterviewTranscript; report: InterviewReport }>;
  /** `ownerId`'s progress, as its owner sees it. */
  readProgress(ownerId: string): Promise<Progress>;
  now?: () => Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The SHA-256 of an invitation token, in hex: all the database keeps of it. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Cohorts, invitations and sharing (docs/decisions/019). Administrators make cohorts and
 * invitation links; whoever opens a link joins with its role; a learner shares one item at a time
 * with a cohort; the cohort's coaches read exactly what is shared, checked on every request.
 * Another user's share, and a cohort the caller may not see, are missing as absent ones are.
 */
export function createCohortService(deps: CohortServiceDeps) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const admins = new Set(deps.adminEmails.map((email) => email.toLowerCase()));

  async function isAdmin(user: User): Promise<boolean> {
    if (admins.size === 0 || user.kind !== "account") return false;
    const email = (await findProfile(db, user.id))?.email;
    return email != null && admins.has(email.toLowerCase());
  }

  /** The cohort, for an administrator; 403 for anyone else, 404 when there is no such cohort. */
  async function administered(user: User, cohortId: string): ServiceResult<repository.CohortRow> {
    if (!(await isAdmin(user))) return err(notAdmin());
    const cohort = await repository.findCohort(db, cohortId);
    return cohort === undefined ? err(missing("cohort", cohortId)) : ok(cohort);
  }

  /** The cohort, for one of its coaches; 404 for anyone else, as for a cohort that is absent. */
  async function coached(user: User, cohortId: string): ServiceResult<repository.CohortRow> {
    const role = await repository.findMembership(db, cohortId, user.id);
    const cohort = role === "coach" ? await repository.findCohort(db, cohortId) : undefined;
    return cohort === undefined ? err(missing("cohort", cohortId)) : ok(cohort);
  }

  /** The invitation a token names, while it works; 404 unknown, 410 expired or revoked. */
  async function usableInvitation(
    token: string,
  ): ServiceResult<repository.InvitationRow & { cohortName: string }> {
    const invitation = await repository.findInvitationByHash(db, hashInvitationToken(token));
    if (invitation === undefined) {
      return err({ code: "not-found", message: "No invitation matches this link." });
    }
    if (invitationStatus(invitation, now()) !== "active") {
      return err({
        code: "invitation-expired",
        message:
          invitation.revokedAt === null
            ? "This invitation has expired; ask whoever sent it for a new link."
            : "This invitation was revoked; ask whoever sent it for a new link.",
      });
    }
    return ok(invitation);
  }

  return {
    async list(user: User): Promise<CohortList> {
      const admin = await isAdmin(user);
      const cohorts = await repository.listCohorts(db, user.id, { all: admin });
      return { admin, cohorts: cohorts.map(cohortSummary) };
    },

    async create(user: User, name: string): ServiceResult<CohortSummary> {
      if (!(await isAdmin(user))) return err(notAdmin());
      const cohort = await repository.createCohort(db, { name, createdBy: user.id });
      return ok(cohortSummary({ ...cohort, membership: null, learners: 0, coaches: 0 }));
    },

    async invitations(user: User, cohortId: string): ServiceResult<InvitationList> {
      const cohort = await administered(user, cohortId);
      if (!cohort.ok) return cohort;
      const rows = await repository.listInvitations(db, cohort.value.id);
      const at = now();
      return ok({ invitations: rows.map((row) => invitationView(row, at)) });
    },

    async invite(
      user: User,
      cohortId: string,
      request: { role: CohortRole; expiresInDays?: number | undefined },
    ): ServiceResult<CreatedInvitation> {
      const cohort = await administered(user, cohortId);
      if (!cohort.ok) return cohort;
      const token = randomBytes(32).toString("base64url");
      const at = now();
      const days = request.expiresInDays ?? DEFAULT_INVITATION_DAYS;
      const row = await repository.createInvitation(db, {
        cohortId: cohort.value.id,
        role: request.role,
        tokenHash: hashInvitationToken(token),
        expiresAt: new Date(at.getTime() + days * DAY_MS),
        createdBy: user.id,
      });
      return ok({ invitation: invitationView(row, at), token, path: `${INVITE_PAGE}/${token}` });
    },

    async revokeInvitation(
      user: User,
      cohortId: string,
      invitationId: string,
    ): ServiceResult<true> {
      const cohort = await administered(user, cohortId);
      if (!cohort.ok) return cohort;
      const revoked = await repository.revokeInvitation(db, cohort.value.id, invitationId, now());
      return revoked ? ok(true) : err(missing("invitation", invitationId));
    },

    async previewInvitation(token: string): ServiceResult<InvitationPreview> {
      const invitation = await usableInvitation(token);
      if (!invitation.ok) return invitation;
      const { cohortId, cohortName, role, expiresAt } = invitation.value;
      return ok({ cohort: { id: cohortId, name: cohortName }, role, expiresAt: iso(expiresAt) });
    },

    async accept(user: User, token: string): ServiceResult<AcceptedInvitation> {
      const invitation = await usableInvitation(token);
      if (!invitation.ok) return invitation;
      const { cohortId, cohortName, role } = invitation.value;
      const membership = await repository.addMember(db, { cohortId, userId: user.id, role });
      return ok({ cohort: { id: cohortId, name: cohortName }, ...membership });
    },

    async members(user: User, cohortId: string): ServiceResult<CohortMemberList> {
      const cohort = await administered(user, cohortId);
      if (!cohort.ok) return cohort;
      const members = await repository.listMembers(db, cohort.value.id);
      return ok({ members: members.map((m) => ({ ...m, joinedAt: iso(m.joinedAt) })) });
    },

    /** An administrator takes a member out; their shares to the cohort end with them. */
    async removeMember(user: User, cohortId: string, memberId: string): ServiceResult<true> {
      const cohort = await administered(user, cohortId);
      if (!cohort.ok) return cohort;
      const removed = await repository.removeMember(db, cohort.value.id, memberId);
      return removed ? ok(true) : err(missing("member", memberId));
    },

    /** A member leaves; their shares to the cohort end with them. */
    async leave(user: User, cohortId: string): ServiceResult<true> {
      const left = await repository.removeMember(db, cohortId, user.id);
      return left ? ok(true) : err(missing("cohort", cohortId));
    },

    async rename(user: User, cohortId: string, name: string): ServiceResult<CohortSummary> {
      const cohort = await administered(user, cohortId);
      if (!cohort.ok) return cohort;
      await repository.renameCohort(db, cohort.value.id, name);
      const [row] = await repository.listCohorts(db, user.id, {
        all: true,
        only: cohort.value.id,
      });
      return row === undefined ? err(missing("cohort", cohortId)) : ok(cohortSummary(row));
    },

    /** Deletes a cohort when its name is typed to confirm; nobody's own items are touched. */
    async remove(user: User, cohortId: string, confirm: string): ServiceResult<true> {
      const cohort = await administered(user, cohortId);
      if (!cohort.ok) return cohort;
      if (confirm.trim() !== cohort.value.name) {
        return err({
          code: "invalid-request",
          field: "confirm",
          message: `must be the cohort's name, "${cohort.value.name}", typed to delete it`,
        });
      }
      return (await repository.deleteCohort(db, cohort.value.id))
        ? ok(true)
        : err(missing("cohort", cohortId));
    },
    ...createShareMethods({ ...deps, coached }),
  };
}

/** The cohort service's interface. */
export type CohortService = ReturnType<typeof createCohortService>;

function notAdmin(): ServiceError<"forbidden"> {
  return {
    code: "forbidden",
    message: "Only an administrator (CANDOR_ADMIN_EMAILS) can make cohorts and invitations.",
  };
}

/** A coach's 404 for a share that is not there, or no longer: its learner may have revoked it. */

function iso(date: Date): string {
  return date.toISOString();
}

function cohortSummary(row: repository.CohortWithCounts): CohortSummary {
  return {
    id: row.id,
    name: row.name,
    createdAt: iso(row.createdAt),
    membership: row.membership,
    learners: row.learners,
    coaches: row.coaches,
  };
}

function invitationStatus(
  row: Pick<repository.InvitationRow, "revokedAt" | "expiresAt">,
  at: Date,
): InvitationView["status"] {
  if (row.revokedAt !== null) return "revoked";
  return row.expiresAt.getTime() <= at.getTime() ? "expired" : "active";
}

function invitationView(row: repository.InvitationRow, at: Date): InvitationView {
  return {
    id: row.id,
    role: row.role,
    expiresAt: iso(row.expiresAt),
    revokedAt: row.revokedAt === null ? null : iso(row.revokedAt),
    createdAt: iso(row.createdAt),
    status: invitationStatus(row, at),
  };
}
