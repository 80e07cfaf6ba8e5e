import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "./database.ts";
import { usageCounters } from "./schema.ts";

/** One counter: what is counted, in which fixed window. */
export interface CounterWindow {
  /** What is counted and for whom, such as `analyses:<user id>` or `sign-in:address:<ip>`. */
  key: string;
  /** When the window began; every server derives the same start from the same clock time. */
  windowStart: Date;
}

/** The outcome of counting one more use against a limit. */
export type CountOutcome =
  | { counted: true; count: number }
  /** The window already held `limit` uses; nothing was counted. */
  | { counted: false };

/**
 * Counts one more use in the window unless it already holds `limit`, in one statement: the insert,
 * or the increment of the row another server inserted first, and the check are atomic, so servers
 * sharing the database never count past the limit between them. `userId` ties the counter to a
 * user, so deleting the user deletes it.
 */
export async function countUse(
  db: Db,
  window: CounterWindow & { limit: number; userId?: string },
): Promise<CountOutcome> {
  if (window.limit < 1) return { counted: false };
  const rows = await db
    .insert(usageCounters)
    .values({
      key: window.key,
      windowStart: window.windowStart,
      count: 1,
      userId: window.userId ?? null,
    })
    .onConflictDoUpdate({
      target: [usageCounters.key, usageCounters.windowStart],
      set: { count: sql`${usageCounters.count} + 1` },
      // With no row updated, RETURNING gives nothing: the limit was already reached.
      setWhere: sql`${usageCounters.count} < ${window.limit}`,
    })
    .returning({ count: usageCounters.count });
  const row = rows[0];
  return row === undefined ? { counted: false } : { counted: true, count: row.count };
}

/** Takes back one use counted in the window (a sign-in that turned out to succeed). */
export async function uncountUse(db: Db, window: CounterWindow): Promise<void> {
  await db
    .update(usageCounters)
    .set({ count: sql`greatest(${usageCounters.count} - 1, 0)` })
    .where(
      and(eq(usageCounters.key, window.key), eq(usageCounters.windowStart, window.windowStart)),
    );
}

/** How many uses the window holds; 0 when none were counted. */
export async function readCount(db: Db, window: CounterWindow): Promise<number> {
  const [row] = await db
    .select({ count: usageCounters.count })
    .from(usageCounters)
    .where(
      and(eq(usageCounters.key, window.key), eq(usageCounters.windowStart, window.windowStart)),
    )
    .limit(1);
  return row?.count ?? 0;
}

/** Deletes every window that began before `before`; returns how many went. */
export async function pruneCounters(db: Db, before: Date): Promise<number> {
  const deleted = await db
    .delete(usageCounters)
    .where(lt(usageCounters.windowStart, before))
    .returning({ key: usageCounters.key });
  return deleted.length;
}
