import { and, eq } from "drizzle-orm";
import type { Db } from "./database.ts";
import { starredQuestions } from "./schema.ts";

/** The ids of the questions this user has starred, oldest first. */
export async function listStarredQuestionIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .select({ questionId: starredQuestions.questionId })
    .from(starredQuestions)
    .where(eq(starredQuestions.userId, userId))
    .orderBy(starredQuestions.createdAt, starredQuestions.questionId);
  return rows.map((row) => row.questionId);
}

/** Stars a question for this user; starring twice is harmless. */
export async function starQuestion(db: Db, userId: string, questionId: string): Promise<void> {
  await db.insert(starredQuestions).values({ userId, questionId }).onConflictDoNothing();
}

/** Removes this user's star from a question; removing a missing star is harmless. */
export async function unstarQuestion(db: Db, userId: string, questionId: string): Promise<void> {
  await db
    .delete(starredQuestions)
    .where(and(eq(starredQuestions.userId, userId), eq(starredQuestions.questionId, questionId)));
}
