import { eq, getTableColumns } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./database.ts";
import {
  applications,
  readingNotes,
  assessmentSessions,
  designSessions,
  authAccounts,
  authSessions,
  authVerifications,
  codeDrafts,
  cohortInvitations,
  cohortMembers,
  cohorts,
  interviews,
  practiceAttempts,
  problemSubmissions,
  shares,
  starredQuestions,
  stories,
  storyVersions,
  usageCounters,
  users,
} from "./schema.ts";

/** A table whose rows belong to one user, found by its `user_id` column. */
interface OwnedTable {
  table: PgTable & { userId: PgColumn };
  /** Why its rows stay out of the export; absent, they are exported under the table's name. */
  notExported?: string;
}

/**
 * Every table that holds rows a user owns, by SQL name: the one list that export and delete read.
 * A table with a `user_id` column (or a foreign key to `users`) that is missing here fails
 * user-data-repository.test.ts, so a new table is placed here, exported or with its reason, before
 * it merges. Children come before their parents, so deleting in this order never trips a foreign
 * key even where a cascade is missing.
 */
export const USER_OWNED_TABLES = {
  shares: { table: shares },
  cohort_members: { table: cohortMembers },
  story_versions: { table: storyVersions },
  stories: { table: stories },
  interviews: { table: interviews },
  practice_attempts: { table: practiceAttempts },
  code_drafts: { table: codeDrafts },
  problem_submissions: { table: problemSubmissions },
  assessment_sessions: { table: assessmentSessions },
  design_sessions: { table: designSessions },
  starred_questions: { table: starredQuestions },
  applications: { table: applications },
  reading_notes: { table: readingNotes },
  auth_sessions: {
    table: authSessions,
    notExported: "session tokens sign a browser in; a file holding them could be replayed",
  },
  auth_accounts: {
    table: authAccounts,
    notExported: "holds the password hash and provider tokens, which are secrets, not content",
  },
  usage_counters: {
    table: usageCounters,
    notExported: "counts of this hour's analyses and model calls for the abuse limits, not content",
  },
} as const satisfies Record<string, OwnedTable>;

/**
 * Tables that name the user who created a row without the row being theirs: a cohort and its
 * invitations belong to the cohort, and outlive the administrator who made them. Deleting the
 * user sets the column to null (its foreign key says ON DELETE SET NULL); nothing is exported.
 */
export const USER_CREATED_TABLES = {
  cohorts: { table: cohorts, creator: cohorts.createdBy },
  cohort_invitations: { table: cohortInvitations, creator: cohortInvitations.createdBy },
} as const;

/** The SQL name of a user-owned table. */
export type UserOwnedTableName = keyof typeof USER_OWNED_TABLES;

type ExportedName = {
  [K in UserOwnedTableName]: (typeof USER_OWNED_TABLES)[K] extends { notExported: string }
    ? never
    : K;
}[UserOwnedTableName];

/** A user's rows of every exported table, as stored (column names in camelCase). */
export type UserRows = {
  [K in ExportedName]: (typeof USER_OWNED_TABLES)[K]["table"]["$inferSelect"][];
};

/** The user's own row, without anything that signs them in. */
export type UserProfile = Pick<
  typeof users.$inferSelect,
  "id" | "displayName" | "kind" | "email" | "emailVerified" | "image" | "createdAt" | "updatedAt"
>;

function entries(): [UserOwnedTableName, OwnedTable][] {
  return Object.entries(USER_OWNED_TABLES) as [UserOwnedTableName, OwnedTable][];
}

/** The user's profile, or undefined when no such user exists. */
export async function findProfile(db: Db, userId: string): Promise<UserProfile | undefined> {
  const { id, displayName, kind, email, emailVerified, image, createdAt, updatedAt } =
    getTableColumns(users);
  const [row] = await db
    .select({ id, displayName, kind, email, emailVerified, image, createdAt, updatedAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

/** Every exported row the user owns, table by table, read in one snapshot. */
export async function readUserRows(db: Db, userId: string): Promise<UserRows> {
  return db.transaction(
    async (tx) => {
      const rows: Record<string, unknown[]> = {};
      for (const [name, owned] of entries()) {
        if (owned.notExported !== undefined) continue;
        rows[name] = await tx.select().from(owned.table).where(eq(owned.table.userId, userId));
      }
      return rows as UserRows;
    },
    // One snapshot, so a story saved mid-export is in it with all its versions or not at all.
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** How many rows a deletion removed, by table. */
export type DeletedRows = Record<UserOwnedTableName, number>;

/**
 * Deletes every row the user owns, in one transaction. With `keepUser` the user's own row stays
 * (local mode's single user); without it the user goes too, and with them any password-reset
 * token issued for them. Returns how many rows each table lost.
 */
export async function deleteUserData(
  db: Db,
  userId: string,
  options: { keepUser: boolean },
): Promise<DeletedRows> {
  return db.transaction(async (tx) => {
    const counts: Partial<DeletedRows> = {};
    for (const [name, owned] of entries()) {
      const deleted = await tx
        .delete(owned.table)
        .where(eq(owned.table.userId, userId))
        .returning({ userId: owned.table.userId });
      counts[name] = deleted.length;
    }
    if (!options.keepUser) {
      // better-auth keeps a reset token with the user's id as its value; it has no user_id column.
      await tx.delete(authVerifications).where(eq(authVerifications.value, userId));
      await tx.delete(users).where(eq(users.id, userId));
    }
    return counts as DeletedRows;
  });
}
