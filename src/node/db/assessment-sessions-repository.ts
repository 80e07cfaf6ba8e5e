import { and, desc, eq } from "drizzle-orm";
import type { Db } from "./database.ts";
import { assessmentSessions, type LevelResult } from "./schema.ts";
import { isUuid } from "./uuid.ts";

/** A stored assessment session. */
export interface AssessmentSession {
  id: string;
  assessmentId: string;
  language: string;
  status: "active" | "finished";
  startedAt: Date;
  deadlineAt: Date;
  finishedAt: Date | null;
  levelResults: LevelResult[];
}

/** Starts a session whose deadline is fixed now, by the server's clock. */
export async function createAssessmentSession(
  db: Db,
  userId: string,
  values: { assessmentId: string; language: string; durationMinutes: number; now?: Date },
): Promise<AssessmentSession> {
  const startedAt = values.now ?? new Date();
  const deadlineAt = new Date(startedAt.getTime() + values.durationMinutes * 60_000);
  const [row] = await db
    .insert(assessmentSessions)
    .values({
      userId,
      assessmentId: values.assessmentId,
      language: values.language,
      startedAt,
      deadlineAt,
    })
    .returning();
  if (row === undefined) throw new Error("inserting an assessment session returned no row");
  return toSession(row);
}

/** This user's session, or undefined when it does not exist or is someone else's. */
export async function findAssessmentSession(
  db: Db,
  userId: string,
  id: string,
): Promise<AssessmentSession | undefined> {
  if (!isUuid(id)) return undefined;
  const rows = await db
    .select()
    .from(assessmentSessions)
    .where(and(eq(assessmentSessions.id, id), eq(assessmentSessions.userId, userId)))
    .limit(1);
  return rows[0] === undefined ? undefined : toSession(rows[0]);
}

/** This user's sessions, newest first. */
export async function listAssessmentSessions(db: Db, userId: string): Promise<AssessmentSession[]> {
  const rows = await db
    .select()
    .from(assessmentSessions)
    .where(eq(assessmentSessions.userId, userId))
    .orderBy(desc(assessmentSessions.startedAt));
  return rows.map(toSession);
}

/** What a change to a session writes, when it writes anything. */
export type SessionWrite = Pick<AssessmentSession, "levelResults" | "status" | "finishedAt">;

/**
 * Changes this user's session with its row locked: `change` sees the session as stored and says
 * what to write. Concurrent changes queue on the lock, so none works from a stale copy and
 * overwrites another (twenty results sent at once are twenty attempts). Undefined when the user
 * has no such session.
 */
export async function changeAssessmentSession<T>(
  db: Db,
  userId: string,
  id: string,
  change: (session: AssessmentSession) => { write?: SessionWrite; value: T },
): Promise<{ value: T } | undefined> {
  if (!isUuid(id)) return undefined;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(assessmentSessions)
      .where(and(eq(assessmentSessions.id, id), eq(assessmentSessions.userId, userId)))
      .for("update");
    if (row === undefined) return undefined;
    const { write, value } = change(toSession(row));
    if (write !== undefined) {
      await tx
        .update(assessmentSessions)
        .set(write)
        .where(and(eq(assessmentSessions.id, id), eq(assessmentSessions.userId, userId)));
    }
    return { value };
  });
}

/** Writes a session's results and status; false when it is not this user's. */
export async function updateAssessmentSession(
  db: Db,
  userId: string,
  id: string,
  values: { levelResults: LevelResult[]; status: "active" | "finished"; finishedAt: Date | null },
): Promise<boolean> {
  const rows = await db
    .update(assessmentSessions)
    .set(values)
    .where(and(eq(assessmentSessions.id, id), eq(assessmentSessions.userId, userId)))
    .returning({ id: assessmentSessions.id });
  return rows.length > 0;
}

function toSession(row: typeof assessmentSessions.$inferSelect): AssessmentSession {
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    language: row.language,
    status: row.status,
    startedAt: row.startedAt,
    deadlineAt: row.deadlineAt,
    finishedAt: row.finishedAt,
    levelResults: row.levelResults,
  };
}
