import { and, asc, eq, sql } from "drizzle-orm";
import type { ShareKind } from "../../core/api/cohorts.ts";
import type { Db } from "./database.ts";
import { cohortMembers, cohorts, interviews, shares, stories, users } from "./schema.ts";
import { isUuid } from "./uuid.ts";

/** One share, with what a list shows of its cohort and item. */
export interface ShareRow {
  id: string;
  ownerId: string;
  cohortId: string;
  cohortName: string;
  kind: ShareKind;
  itemId: string;
  /** The story's title, the interview's round, or "progress". */
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

/** Whether `userId` owns the story or interview `itemId`; a user's progress is always theirs. */
export async function ownsItem(
  db: Db,
  userId: string,
  kind: ShareKind,
  itemId: string,
): Promise<boolean> {
  if (kind === "progress") return itemId === userId;
  if (!isUuid(itemId)) return false;
  const table = kind === "story" ? stories : interviews;
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, itemId), eq(table.userId, userId)))
    .limit(1);
  return row !== undefined;
}

/** The share's own item column, and its value: none for progress, which is the owner's. */
function itemOf(kind: ShareKind, itemId: string) {
  if (kind === "story") return { values: { storyId: itemId }, match: eq(shares.storyId, itemId) };
  if (kind === "interview") {
    return { values: { interviewId: itemId }, match: eq(shares.interviewId, itemId) };
  }
  return { values: {}, match: eq(shares.kind, "progress") };
}

/**
 * Shares an item with a cohort; sharing it again changes nothing. Returns the share's id and
 * whether it was made just now.
 */
export async function createShare(
  db: Db,
  values: { userId: string; cohortId: string; kind: ShareKind; itemId: string },
): Promise<{ id: string; created: boolean }> {
  const item = itemOf(values.kind, values.itemId);
  const [inserted] = await db
    .insert(shares)
    .values({ userId: values.userId, cohortId: values.cohortId, kind: values.kind, ...item.values })
    .onConflictDoNothing()
    .returning({ id: shares.id });
  if (inserted !== undefined) return { id: inserted.id, created: true };
  const [existing] = await db
    .select({ id: shares.id })
    .from(shares)
    .where(and(eq(shares.userId, values.userId), eq(shares.cohortId, values.cohortId), item.match))
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
      // Progress is its owner's as a whole: its item is the owner.
      itemId: sql<string>`COALESCE(${shares.storyId}, ${shares.interviewId}, ${shares.userId})`,
      title: sql<string>`COALESCE(${stories.title}, ${interviews.round}, 'progress')`,
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
