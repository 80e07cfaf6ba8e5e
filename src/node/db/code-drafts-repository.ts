import { and, eq } from "drizzle-orm";
import type { Db } from "./database.ts";
import { codeDrafts } from "./schema.ts";

/** A saved draft. */
export interface CodeDraft {
  subject: string;
  language: string;
  code: string;
  updatedAt: Date;
}

/** This user's draft for the subject and language, or undefined. */
export async function findDraft(
  db: Db,
  userId: string,
  subject: string,
  language: string,
): Promise<CodeDraft | undefined> {
  const rows = await db
    .select()
    .from(codeDrafts)
    .where(
      and(
        eq(codeDrafts.userId, userId),
        eq(codeDrafts.subject, subject),
        eq(codeDrafts.language, language),
      ),
    )
    .limit(1);
  const row = rows[0];
  return row === undefined
    ? undefined
    : { subject: row.subject, language: row.language, code: row.code, updatedAt: row.updatedAt };
}

/** Saves (or replaces) this user's draft for the subject and language. */
export async function saveDraft(
  db: Db,
  userId: string,
  draft: { subject: string; language: string; code: string },
): Promise<Date> {
  const updatedAt = new Date();
  await db
    .insert(codeDrafts)
    .values({ userId, ...draft, updatedAt })
    .onConflictDoUpdate({
      target: [codeDrafts.userId, codeDrafts.subject, codeDrafts.language],
      set: { code: draft.code, updatedAt },
    });
  return updatedAt;
}
