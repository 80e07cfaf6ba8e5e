import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "./database.ts";
import {
  cohortInvitations,
  cohortMembers,
  cohorts,
  interviews,
  shares,
  stories,
  users,
} from "./schema.ts";
import type { CohortRole, ShareKind } from "../../core/api/cohorts.ts";
import { isUuid } from "./uuid.ts";

/** A cohort as stored. */
export type CohortRow = typeof cohorts.$inferSelect;

/** An invitation as stored: its token's hash only. */
export type InvitationRow = typeof cohortInvitations.$inferSelect;

/** A cohort with its head counts, and the asking user's role in it (null when not a member). */
export interface CohortWithCounts extends CohortRow {
  membership: CohortRole | null;
  learners: number;
  coaches: number;
}

/** One share, with what a list shows of its cohort and item. */
export interface ShareRow {
  id: string;
  ownerId: string;
  cohortId: string;
  cohortName: string;
  kind: ShareKind;
  itemId: string;
  /** The story's title, or the interview's round. */
  title: string;
  createdAt: Date;
}

/** A learner of a cohort and the items they share with it. */
export interface LearnerShares {
  id: string;
  name: string;
  joinedAt: Date;
  shares: ShareRow[];
}

/** Makes a cohort. */
export async function createCohort(
  db: Db,
  values: { name: string; createdBy: string },
): Promise<CohortRow> {
  const [row] = await db.insert(cohorts).values(values).returning();
  if (row === undefined) throw new Error("The new cohort was not returned.");
  return row;
}

/** The cohort with this id, or undefined. */
export async function findCohort(db: Db, id: string): Promise<CohortRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(cohorts).where(eq(cohorts.id, id)).limit(1);
  return row;
}

/**
 * Cohorts with head counts and `userId`'s role in each: every cohort when `all` (an administrator),
 * otherwise those `userId` belongs to. Oldest first.
 */
export async function listCohorts(
  db: Db,
  userId: string,
  options: { all: boolean },
): Promise<CohortWithCounts[]> {
  const mine = await db
    .select({ cohortId: cohortMembers.cohortId, role: cohortMembers.role })
    .from(cohortMembers)
    .where(eq(cohortMembers.userId, userId));
  const roles = new Map(mine.map((row) => [row.cohortId, row.role]));
  if (!options.all && roles.size === 0) return [];
  const rows = await db
    .select()
    .from(cohorts)
    .where(options.all ? undefined : inArray(cohorts.id, [...roles.keys()]))
    .orderBy(asc(cohorts.createdAt), asc(cohorts.id));
  if (rows.length === 0) return [];
  const counts = await db
    .select({ cohortId: cohortMembers.cohortId, role: cohortMembers.role, n: count() })
    .from(cohortMembers)
    .where(
      inArray(
        cohortMembers.cohortId,
        rows.map((row) => row.id),
      ),
    )
    .groupBy(cohortMembers.cohortId, cohortMembers.role);
  const countOf = (cohortId: string, role: CohortRole) =>
    counts.find((row) => row.cohortId === cohortId && row.role === role)?.n ?? 0;
  return rows.map((row) => ({
    ...row,
    membership: roles.get(row.id) ?? null,
    learners: countOf(row.id, "learner"),
    coaches: countOf(row.id, "coach"),
  }));
}

/** `userId`'s role in the cohort, or undefined when they are not a member. */
export async function findMembership(
  db: Db,
  cohortId: string,
  userId: string,
): Promise<CohortRole | undefined> {
  if (!isUuid(cohortId)) return undefined;
  const [row] = await db
    .select({ role: cohortMembers.role })
    .from(cohortMembers)
    .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)))
    .limit(1);
  return row?.role;
}

/**
 * Adds `userId` to the cohort with `role`. A member already there keeps the role they have;
 * returns the role they hold afterwards and whether they were added just now.
 */
export async function addMember(
  db: Db,
  values: { cohortId: string; userId: string; role: CohortRole },
): Promise<{ role: CohortRole; joined: boolean }> {
  const inserted = await db
    .insert(cohortMembers)
    .values(values)
    .onConflictDoNothing()
    .returning({ role: cohortMembers.role });
  if (inserted[0] !== undefined) return { role: inserted[0].role, joined: true };
  const role = await findMembership(db, values.cohortId, values.userId);
  if (role === undefined) throw new Error("A membership that conflicted is missing.");
  return { role, joined: false };
}

/** Stores an invitation (its token's hash, never the token). */
export async function createInvitation(
  db: Db,
  values: {
    cohortId: string;
    role: CohortRole;
    tokenHash: string;
    expiresAt: Date;
    createdBy: string;
  },
): Promise<InvitationRow> {
  const [row] = await db.insert(cohortInvitations).values(values).returning();
  if (row === undefined) throw new Error("The new invitation was not returned.");
  return row;
}

/** A cohort's invitations, newest first. */
export async function listInvitations(db: Db, cohortId: string): Promise<InvitationRow[]> {
  return db
    .select()
    .from(cohortInvitations)
    .where(eq(cohortInvitations.cohortId, cohortId))
    .orderBy(sql`${cohortInvitations.createdAt} DESC`, asc(cohortInvitations.id));
}

/** Marks an invitation of the cohort revoked (once); false when the cohort has no such one. */
export async function revokeInvitation(
  db: Db,
  cohortId: string,
  invitationId: string,
  at: Date,
): Promise<boolean> {
  if (!isUuid(invitationId)) return false;
  const [row] = await db
    .update(cohortInvitations)
    .set({ revokedAt: sql`COALESCE(${cohortInvitations.revokedAt}, ${at.toISOString()})` })
    .where(and(eq(cohortInvitations.cohortId, cohortId), eq(cohortInvitations.id, invitationId)))
    .returning({ id: cohortInvitations.id });
  return row !== undefined;
}

/** The invitation whose token hashes to `tokenHash`, with its cohort's name, or undefined. */
export async function findInvitationByHash(
  db: Db,
  tokenHash: string,
): Promise<(InvitationRow & { cohortName: string }) | undefined> {
  const [row] = await db
    .select({ invitation: cohortInvitations, cohortName: cohorts.name })
    .from(cohortInvitations)
    .innerJoin(cohorts, eq(cohorts.id, cohortInvitations.cohortId))
    .where(eq(cohortInvitations.tokenHash, tokenHash))
    .limit(1);
  return row === undefined ? undefined : { ...row.invitation, cohortName: row.cohortName };
}

/** Whether `userId` owns the story or interview `itemId`. */
export async function ownsItem(
  db: Db,
  userId: string,
  kind: ShareKind,
  itemId: string,
): Promise<boolean> {
  if (!isUuid(itemId)) return false;
  const table = kind === "story" ? stories : interviews;
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, itemId), eq(table.userId, userId)))
    .limit(1);
  return row !== undefined;
}

/**
 * Shares an item with a cohort; sharing it again changes nothing. Returns the share's id and
 * whether it was made just now.
 */
export async function createShare(
  db: Db,
  values: { userId: string; cohortId: string; kind: ShareKind; itemId: string },
): Promise<{ id: string; created: boolean }> {
  const item =
    values.kind === "story" ? { storyId: values.itemId } : { interviewId: values.itemId };
  const [inserted] = await db
    .insert(shares)
    .values({ userId: values.userId, cohortId: values.cohortId, kind: values.kind, ...item })
    .onConflictDoNothing()
    .returning({ id: shares.id });
  if (inserted !== undefined) return { id: inserted.id, created: true };
  const itemColumn = values.kind === "story" ? shares.storyId : shares.interviewId;
  const [existing] = await db
    .select({ id: shares.id })
    .from(shares)
    .where(
      and(
        eq(shares.userId, values.userId),
        eq(shares.cohortId, values.cohortId),
        eq(itemColumn, values.itemId),
      ),
    )
    .limit(1);
  if (existing === undefined) throw new Error("A share that conflicted is missing.");
  return { id: existing.id, created: false };
}

/** Every share's columns, with its cohort's name and its item's title. */
function selectShares(db: Db) {
  return db
    .select({
      id: shares.id,
      ownerId: shares.userId,
      cohortId: shares.cohortId,
      cohortName: cohorts.name,
      kind: shares.kind,
      itemId: sql<string>`COALESCE(${shares.storyId}, ${shares.interviewId})`,
      title: sql<string>`COALESCE(${stories.title}, ${interviews.round})`,
      createdAt: shares.createdAt,
    })
    .from(shares)
    .innerJoin(cohorts, eq(cohorts.id, shares.cohortId))
    .leftJoin(stories, eq(stories.id, shares.storyId))
    .leftJoin(interviews, eq(interviews.id, shares.interviewId));
}

/** The shares `userId` owns, oldest first. */
export async function listOwnShares(db: Db, userId: string): Promise<ShareRow[]> {
  return selectShares(db)
    .where(eq(shares.userId, userId))
    .orderBy(asc(shares.createdAt), asc(shares.id));
}

/** Deletes one of `userId`'s shares; false when they own no share with that id. */
export async function deleteShare(db: Db, userId: string, shareId: string): Promise<boolean> {
  if (!isUuid(shareId)) return false;
  const deleted = await db
    .delete(shares)
    .where(and(eq(shares.id, shareId), eq(shares.userId, userId)))
    .returning({ id: shares.id });
  return deleted.length > 0;
}

// A share counts only while its owner is still a learner of the cohort it names.
const learnerOfTheCohort = and(
  eq(cohortMembers.cohortId, shares.cohortId),
  eq(cohortMembers.userId, shares.userId),
  eq(cohortMembers.role, "learner"),
);

/** A cohort's learners, by name, each with the items they share with it (none, often). */
export async function listLearnerShares(db: Db, cohortId: string): Promise<LearnerShares[]> {
  const learners = await db
    .select({ id: users.id, name: users.displayName, joinedAt: cohortMembers.joinedAt })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.role, "learner")))
    .orderBy(asc(users.displayName), asc(users.id));
  const shared = await selectShares(db)
    .innerJoin(cohortMembers, learnerOfTheCohort)
    .where(eq(shares.cohortId, cohortId))
    .orderBy(asc(shares.createdAt), asc(shares.id));
  return learners.map((learner) => ({
    ...learner,
    shares: shared.filter((share) => share.ownerId === learner.id),
  }));
}

/**
 * One share of the cohort, with its owner's name, while it exists and its owner is a learner of
 * the cohort; undefined otherwise.
 */
export async function findCohortShare(
  db: Db,
  cohortId: string,
  shareId: string,
): Promise<(ShareRow & { ownerName: string }) | undefined> {
  if (!isUuid(shareId)) return undefined;
  const [row] = await selectShares(db)
    .innerJoin(cohortMembers, learnerOfTheCohort)
    .where(and(eq(shares.cohortId, cohortId), eq(shares.id, shareId)))
    .limit(1);
  if (row === undefined) return undefined;
  const [owner] = await db
    .select({ name: users.displayName })
    .from(users)
    .where(eq(users.id, row.ownerId))
    .limit(1);
  return { ...row, ownerName: owner?.name ?? "" };
}
