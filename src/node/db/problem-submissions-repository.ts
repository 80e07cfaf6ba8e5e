import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "./database.ts";
import { problemSubmissions } from "./schema.ts";

/** A kept submission of a coding problem. */
export interface ProblemSubmissionRow {
  id: string;
  problemId: string;
  language: string;
  code: string;
  passed: number;
  total: number;
  createdAt: Date;
}

/** Keeps one submission and returns it as stored. */
export async function recordSubmission(
  db: Db,
  userId: string,
  submission: Omit<ProblemSubmissionRow, "id" | "createdAt">,
): Promise<ProblemSubmissionRow> {
  const [row] = await db
    .insert(problemSubmissions)
    .values({ userId, ...submission })
    .returning();
  if (row === undefined) throw new Error("The submission was not stored.");
  return toSubmission(row);
}

/** This user's submissions of one problem, newest first, at most `limit`. */
export async function listSubmissions(
  db: Db,
  userId: string,
  problemId: string,
  limit: number,
): Promise<ProblemSubmissionRow[]> {
  const rows = await db
    .select()
    .from(problemSubmissions)
    .where(and(eq(problemSubmissions.userId, userId), eq(problemSubmissions.problemId, problemId)))
    .orderBy(desc(problemSubmissions.createdAt))
    .limit(limit);
  return rows.map(toSubmission);
}

/**
 * For each problem this user has submitted: whether any submission passed every test. One
 * grouped query, so the problem list shows every mark at the cost of one read.
 */
export async function submissionMarks(db: Db, userId: string): Promise<Map<string, boolean>> {
  const rows = await db
    .select({
      problemId: problemSubmissions.problemId,
      solved: sql<boolean>`bool_or(${problemSubmissions.passed} = ${problemSubmissions.total})`,
    })
    .from(problemSubmissions)
    .where(eq(problemSubmissions.userId, userId))
    .groupBy(problemSubmissions.problemId);
  return new Map(rows.map((row) => [row.problemId, row.solved]));
}

function toSubmission(row: typeof problemSubmissions.$inferSelect): ProblemSubmissionRow {
  return {
    id: row.id,
    problemId: row.problemId,
    language: row.language,
    code: row.code,
    passed: row.passed,
    total: row.total,
    createdAt: row.createdAt,
  };
}
