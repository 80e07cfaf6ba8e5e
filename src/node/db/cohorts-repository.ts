import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { CohortRole } from "../../core/api/cohorts.ts";
import type { Db } from "./database.ts";
import { cohortInvitations, cohortMembers, cohorts, shares, users } from "./schema.ts";
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
 * otherwise those `userId` belongs to; with `only`, that one cohort alone. Oldest first.
 */
export async function listCohorts(
  db: Db,
  userId: string,
  options: { all: boolean; only?: string },
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
    .where(
      and(
        options.all ? undefined : inArray(cohorts.id, [...roles.keys()]),
        options.only === undefined ? undefined : eq(cohorts.id, options.only),
      ),
    )
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

/** A cohort's members with their names and roles: coaches first, then learners, each by name. */
export async function listMembers(
  db: Db,
  cohortId: string,
): Promise<{ id: string; name: string; role: CohortRole; joinedAt: Date }[]> {
  if (!isUuid(cohortId)) return [];
  return db
    .select({
      id: users.id,
      name: users.displayName,
      role: cohortMembers.role,
      joinedAt: cohortMembers.joinedAt,
    })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(eq(cohortMembers.cohortId, cohortId))
    .orderBy(asc(cohortMembers.role), asc(users.displayName), asc(users.id));
}

/**
 * Takes `userId` out of the cohort, with every share of theirs to it, in one transaction; false
 * when they were not a member.
 */
export async function removeMember(db: Db, cohortId: string, userId: string): Promise<boolean> {
  if (!isUuid(cohortId) || !isUuid(userId)) return false;
  return db.transaction(async (tx) => {
    await tx.delete(shares).where(and(eq(shares.cohortId, cohortId), eq(shares.userId, userId)));
    const removed = await tx
      .delete(cohortMembers)
      .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)))
      .returning({ userId: cohortMembers.userId });
    return removed.length > 0;
  });
}

/** Renames the cohort; undefined when there is none. */
export async function renameCohort(
  db: Db,
  cohortId: string,
  name: string,
): Promise<CohortRow | undefined> {
  if (!isUuid(cohortId)) return undefined;
  const [row] = await db.update(cohorts).set({ name }).where(eq(cohorts.id, cohortId)).returning();
  return row;
}

/**
 * Deletes the cohort; its invitations, memberships and shares go with it (their foreign keys
 * cascade), and nobody's stories or interviews are touched. False when there was none.
 */
export async function deleteCohort(db: Db, cohortId: string): Promise<boolean> {
  if (!isUuid(cohortId)) return false;
  const deleted = await db
    .delete(cohorts)
    .where(eq(cohorts.id, cohortId))
    .returning({ id: cohorts.id });
  return deleted.length > 0;
}
