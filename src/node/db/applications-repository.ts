import { and, desc, eq, sql } from "drizzle-orm";
import type { Application, ApplicationBody } from "../../core/api/applications.ts";
import type { Db } from "./database.ts";
import { applications } from "./schema.ts";

type ApplicationRow = typeof applications.$inferSelect;

function toApplication(row: ApplicationRow): Application {
  return {
    id: row.id,
    company: row.company,
    role: row.role,
    status: row.status,
    stages: row.stages,
    nextStep: row.nextStep,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** This user's applications, the newest first. */
export async function listApplications(db: Db, userId: string): Promise<Application[]> {
  const rows = await db
    .select()
    .from(applications)
    .where(eq(applications.userId, userId))
    .orderBy(desc(applications.createdAt), applications.id);
  return rows.map(toApplication);
}

/** One of this user's applications; undefined when it is not theirs or does not exist. */
export async function findApplication(
  db: Db,
  userId: string,
  id: string,
): Promise<Application | undefined> {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.userId, userId), eq(applications.id, id)))
    .limit(1);
  return row === undefined ? undefined : toApplication(row);
}

/** Keeps a new application, at version 1. */
export async function createApplication(
  db: Db,
  userId: string,
  body: ApplicationBody,
): Promise<Application> {
  const [row] = await db
    .insert(applications)
    .values({ userId, ...body })
    .returning();
  if (row === undefined) throw new Error("The application was not stored.");
  return toApplication(row);
}

/** What an update found: the application saved, or why it was not. */
export type ApplicationUpdate =
  | { kind: "saved"; application: Application }
  | { kind: "missing" }
  | { kind: "stale"; current: Application };

/**
 * Replaces an application when it is still at `version`, in one statement: of two tabs saving
 * the same version, one succeeds and the other is told the version it missed.
 */
export async function updateApplication(
  db: Db,
  userId: string,
  id: string,
  version: number,
  body: ApplicationBody,
): Promise<ApplicationUpdate> {
  const [row] = await db
    .update(applications)
    .set({ ...body, version: sql`${applications.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(applications.userId, userId),
        eq(applications.id, id),
        eq(applications.version, version),
      ),
    )
    .returning();
  if (row !== undefined) return { kind: "saved", application: toApplication(row) };
  const current = await findApplication(db, userId, id);
  return current === undefined ? { kind: "missing" } : { kind: "stale", current };
}

/** Deletes one of this user's applications; false when there was none to delete. */
export async function deleteApplication(db: Db, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(applications)
    .where(and(eq(applications.userId, userId), eq(applications.id, id)))
    .returning({ id: applications.id });
  return rows.length > 0;
}
