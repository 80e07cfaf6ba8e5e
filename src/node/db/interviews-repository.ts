import { and, desc, eq, ne, sql } from "drizzle-orm";
import { OWN_QUESTION_ID, type InterviewState } from "../../core/interview/types.ts";
import type { Db } from "./database.ts";
import { interviews, type TurnSource } from "./schema.ts";
import { isUuid } from "./uuid.ts";

export type InterviewStatus = "active" | "finished" | "abandoned";

/** A stored interview. */
export interface InterviewRecord {
  id: string;
  round: string;
  status: InterviewStatus;
  state: InterviewState;
  turnSources: TurnSource[];
  /** Raised by every write; a save names the revision it read. */
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Stores a new interview for this user and returns its id. */
export async function createInterview(
  db: Db,
  userId: string,
  values: { round: string; state: InterviewState; turnSources: TurnSource[] },
): Promise<string> {
  const [row] = await db
    .insert(interviews)
    .values({ userId, ...values })
    .returning({ id: interviews.id });
  if (row === undefined) throw new Error("inserting an interview returned no row");
  return row.id;
}

/** This user's interview, or undefined when it does not exist or is someone else's. */
export async function findInterview(
  db: Db,
  userId: string,
  id: string,
): Promise<InterviewRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const rows = await db
    .select()
    .from(interviews)
    .where(and(eq(interviews.id, id), eq(interviews.userId, userId)))
    .limit(1);
  return rows[0] === undefined ? undefined : toRecord(rows[0]);
}

/**
 * Writes an interview's state if it is still at the revision the caller read, and returns the new
 * revision; undefined, writing nothing, when another write came first (or it is not this
 * user's). One UPDATE checks and writes, so two servers on one database race safely too.
 */
export async function saveInterview(
  db: Db,
  userId: string,
  id: string,
  readRevision: number,
  values: { state: InterviewState; status: InterviewStatus; turnSources: TurnSource[] },
): Promise<number | undefined> {
  if (!isUuid(id)) return undefined;
  const rows = await db
    .update(interviews)
    .set({ ...values, revision: sql`${interviews.revision} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(interviews.id, id),
        eq(interviews.userId, userId),
        eq(interviews.revision, readRevision),
      ),
    )
    .returning({ revision: interviews.revision });
  return rows[0]?.revision;
}

/** Marks an interview abandoned; false when it is not this user's. */
export async function setInterviewStatus(
  db: Db,
  userId: string,
  id: string,
  status: InterviewStatus,
): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .update(interviews)
    // A new revision, so an answer in flight for this interview is refused, not recorded.
    .set({ status, revision: sql`${interviews.revision} + 1`, updatedAt: new Date() })
    .where(and(eq(interviews.id, id), eq(interviews.userId, userId)))
    .returning({ id: interviews.id });
  return rows.length > 0;
}

/** This user's interviews, most recently touched first. */
export async function listInterviews(db: Db, userId: string): Promise<InterviewRecord[]> {
  const rows = await db
    .select()
    .from(interviews)
    .where(eq(interviews.userId, userId))
    .orderBy(desc(interviews.updatedAt));
  return rows.map(toRecord);
}

/** Deletes this user's interview; false when it is not theirs. */
export async function deleteInterview(db: Db, userId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .delete(interviews)
    .where(and(eq(interviews.id, id), eq(interviews.userId, userId)))
    .returning({ id: interviews.id });
  return rows.length > 0;
}

/** The bank questions of this user's latest interviews, most recent first. */
export async function recentQuestionIds(
  db: Db,
  userId: string,
  interviewCount = 5,
): Promise<string[]> {
  const rows = await db
    .select({ state: interviews.state })
    .from(interviews)
    .where(and(eq(interviews.userId, userId), ne(interviews.status, "abandoned")))
    .orderBy(desc(interviews.createdAt))
    .limit(interviewCount);
  return rows.flatMap((row) =>
    row.state.plan.flatMap((question) => (question.id === OWN_QUESTION_ID ? [] : [question.id])),
  );
}

function toRecord(row: typeof interviews.$inferSelect): InterviewRecord {
  return {
    id: row.id,
    round: row.round,
    status: row.status,
    state: row.state,
    turnSources: row.turnSources,
    revision: row.revision,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
