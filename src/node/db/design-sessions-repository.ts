import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { DesignReview } from "../../core/design/review-design.ts";
import type { Db } from "./database.ts";
import { designSessions } from "./schema.ts";
import { isUuid } from "./uuid.ts";

/** A stored timed design. */
export type DesignSessionRow = typeof designSessions.$inferSelect;

/** Starts a timed design whose deadline is fixed now, by the server's clock. */
export async function createDesignSession(
  db: Db,
  userId: string,
  values: { questionId: string; minutes: number; now: Date; text: string },
): Promise<DesignSessionRow> {
  const [row] = await db
    .insert(designSessions)
    .values({
      userId,
      questionId: values.questionId,
      minutes: values.minutes,
      startedAt: values.now,
      deadlineAt: new Date(values.now.getTime() + values.minutes * 60_000),
      text: values.text,
    })
    .returning();
  if (row === undefined) throw new Error("inserting a design session returned no row");
  return row;
}

/** This user's timed design, or undefined when there is none or it is someone else's. */
export async function findDesignSession(
  db: Db,
  userId: string,
  id: string,
): Promise<DesignSessionRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(designSessions)
    .where(and(eq(designSessions.id, id), eq(designSessions.userId, userId)))
    .limit(1);
  return row;
}

/** This user's timed designs, newest first. */
export async function listDesignSessions(db: Db, userId: string): Promise<DesignSessionRow[]> {
  return db
    .select()
    .from(designSessions)
    .where(eq(designSessions.userId, userId))
    .orderBy(desc(designSessions.startedAt), desc(designSessions.id));
}

/**
 * Saves the draft's text and/or diagram while the session is open (not submitted, before its
 * deadline), in one statement so that a save racing the deadline or a submit cannot land after
 * it. Returns the row saved, or undefined when the session was closed.
 */
export async function saveDesignDraft(
  db: Db,
  userId: string,
  id: string,
  draft: { text?: string | undefined; diagram?: string | undefined },
  now: Date,
): Promise<DesignSessionRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .update(designSessions)
    .set({
      ...(draft.text === undefined ? {} : { text: draft.text }),
      ...(draft.diagram === undefined ? {} : { diagram: draft.diagram }),
    })
    .where(
      and(
        eq(designSessions.id, id),
        eq(designSessions.userId, userId),
        isNull(designSessions.submittedAt),
        gt(designSessions.deadlineAt, now),
      ),
    )
    .returning();
  return row;
}

/** Stores the review and closes the session, once: undefined when it was already submitted. */
export async function submitDesignSession(
  db: Db,
  userId: string,
  id: string,
  review: DesignReview,
  now: Date,
): Promise<DesignSessionRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .update(designSessions)
    .set({ review, submittedAt: now })
    .where(
      and(
        eq(designSessions.id, id),
        eq(designSessions.userId, userId),
        isNull(designSessions.submittedAt),
      ),
    )
    .returning();
  return row;
}

/** Deletes this user's timed design; false when they have none with that id. */
export async function deleteDesignSession(db: Db, userId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const deleted = await db
    .delete(designSessions)
    .where(and(eq(designSessions.id, id), eq(designSessions.userId, userId)))
    .returning({ id: designSessions.id });
  return deleted.length > 0;
}
