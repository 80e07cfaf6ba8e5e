import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { ReadsAs, Score } from "../../core/analysis/index.ts";
import type {
  PracticeAttempt as PracticeAttemptView,
  PracticeAttemptSummary as PracticeAttemptSummaryView,
} from "../../core/api/practice-attempts.ts";
import type { Db } from "./database.ts";
import { practiceAttempts } from "./schema.ts";
import { isUuid } from "./uuid.ts";

/** An API view as the database holds it: its time a Date, not yet an ISO string. */
type Stored<View extends { createdAt: string }> = Omit<View, "createdAt"> & { createdAt: Date };

/** What one kept attempt stores: the answer, what it answered, and the analysis made of it. */
export type NewPracticeAttempt = Omit<PracticeAttemptView, "id" | "createdAt">;

/** An attempt in a list: its score and the start of the answer, not the whole of it. */
export type PracticeAttemptSummary = Stored<PracticeAttemptSummaryView>;

/** One attempt, whole. */
export type PracticeAttempt = Stored<PracticeAttemptView>;

/** Which of a user's attempts to list, newest first. */
export interface PracticeAttemptQuery {
  /** Only the attempts at this bank question. */
  questionId?: string;
  limit: number;
  /** Only attempts older than this one (the last of the previous page). */
  before?: string;
}

/** How many characters of the answer a list shows. */
export const EXCERPT_CHARS = 160;

/** Keeps one attempt and returns its id and when it was kept. */
export async function createPracticeAttempt(
  db: Db,
  userId: string,
  attempt: NewPracticeAttempt,
): Promise<{ id: string; createdAt: Date }> {
  const [created] = await db
    .insert(practiceAttempts)
    // clock_timestamp, unlike now(), orders two attempts kept within one transaction too.
    .values({
      userId,
      ...attempt,
      overall: attempt.analysis.overall,
      createdAt: sql`clock_timestamp()`,
    })
    .returning({ id: practiceAttempts.id, createdAt: practiceAttempts.createdAt });
  if (created === undefined) throw new Error("inserting a practice attempt returned no row");
  return created;
}

/**
 * This user's attempts, newest first, at most `limit` of them. An unknown or foreign `before`
 * matches no row, so it lists nothing rather than another user's neighbours.
 */
export async function listPracticeAttempts(
  db: Db,
  userId: string,
  query: PracticeAttemptQuery,
): Promise<PracticeAttemptSummary[]> {
  const conditions: SQL[] = [eq(practiceAttempts.userId, userId)];
  if (query.questionId !== undefined) {
    conditions.push(eq(practiceAttempts.questionId, query.questionId));
  }
  if (query.before !== undefined) {
    if (!isUuid(query.before)) return [];
    // Row comparison on (created_at, id): attempts kept in the same microsecond still page once.
    conditions.push(
      sql`(${practiceAttempts.createdAt}, ${practiceAttempts.id}) < (select p.created_at, p.id from ${practiceAttempts} p where p.id = ${query.before} and p.user_id = ${userId})`,
    );
  }
  const rows = await db
    .select({
      id: practiceAttempts.id,
      questionId: practiceAttempts.questionId,
      question: practiceAttempts.question,
      kind: practiceAttempts.kind,
      overall: practiceAttempts.overall,
      readsAs: sql<ReadsAs>`${practiceAttempts.analysis}->>'readsAs'`,
      // One character more than the excerpt shows, to tell whether the answer goes on.
      opening: sql<string>`left(${practiceAttempts.answer}, ${EXCERPT_CHARS + 1})`,
      createdAt: practiceAttempts.createdAt,
    })
    .from(practiceAttempts)
    .where(and(...conditions))
    .orderBy(desc(practiceAttempts.createdAt), desc(practiceAttempts.id))
    .limit(query.limit);
  return rows.map(({ opening, overall, ...row }) => ({
    ...row,
    overall: overall as Score,
    excerpt: excerptOf(opening),
  }));
}

/** One of this user's attempts, or undefined. */
export async function findPracticeAttempt(
  db: Db,
  userId: string,
  id: string,
): Promise<PracticeAttempt | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select({
      id: practiceAttempts.id,
      questionId: practiceAttempts.questionId,
      question: practiceAttempts.question,
      kind: practiceAttempts.kind,
      answer: practiceAttempts.answer,
      analysis: practiceAttempts.analysis,
      createdAt: practiceAttempts.createdAt,
    })
    .from(practiceAttempts)
    .where(and(eq(practiceAttempts.id, id), eq(practiceAttempts.userId, userId)));
  return row;
}

/** Deletes one of this user's attempts; false when the user has no such attempt. */
export async function deletePracticeAttempt(db: Db, userId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const deleted = await db
    .delete(practiceAttempts)
    .where(and(eq(practiceAttempts.id, id), eq(practiceAttempts.userId, userId)))
    .returning({ id: practiceAttempts.id });
  return deleted.length > 0;
}

/** The answer's opening, cut at a word where one is near, with an ellipsis when it goes on. */
function excerptOf(opening: string): string {
  // By code points, as PostgreSQL's left() counts: an emoji is one character, not two.
  const characters = Array.from(opening);
  const flat = (text: string) => text.replace(/\s+/g, " ").trim();
  if (characters.length <= EXCERPT_CHARS) return flat(opening);
  const cut = flat(characters.slice(0, EXCERPT_CHARS).join(""));
  const space = cut.lastIndexOf(" ");
  return `${(space > EXCERPT_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
