import { and, eq, sql } from "drizzle-orm";
import type { ReadingNoteCheck } from "../../core/reading/reading-notes.ts";
import type { Db } from "./database.ts";
import { readingNotes } from "./schema.ts";

/** A kept reading note. */
export interface ReadingNoteRow {
  readingId: string;
  text: string;
  check: ReadingNoteCheck;
  version: number;
  updatedAt: Date;
}

function toNote(row: typeof readingNotes.$inferSelect): ReadingNoteRow {
  return {
    readingId: row.readingId,
    text: row.text,
    check: row.check,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

/** This user's notes on one pack's readings. */
export async function listReadingNotes(
  db: Db,
  userId: string,
  packId: string,
): Promise<ReadingNoteRow[]> {
  const rows = await db
    .select()
    .from(readingNotes)
    .where(and(eq(readingNotes.userId, userId), eq(readingNotes.packId, packId)));
  return rows.map(toNote);
}

/** What a save found: the note saved, or the version another save left. */
export type NoteSave = { kind: "saved"; note: ReadingNoteRow } | { kind: "stale"; version: number };

/**
 * Saves a note: a first note when `version` is null, else an edit of the note at `version`. Each
 * is one statement, so of two tabs saving at once one wins and the other learns the version.
 */
export async function saveReadingNote(
  db: Db,
  userId: string,
  key: { packId: string; readingId: string },
  version: number | null,
  note: { text: string; check: ReadingNoteCheck },
): Promise<NoteSave> {
  const [row] =
    version === null
      ? await db
          .insert(readingNotes)
          .values({ userId, ...key, ...note })
          .onConflictDoNothing()
          .returning()
      : await db
          .update(readingNotes)
          .set({ ...note, version: sql`${readingNotes.version} + 1`, updatedAt: sql`now()` })
          .where(
            and(
              eq(readingNotes.userId, userId),
              eq(readingNotes.packId, key.packId),
              eq(readingNotes.readingId, key.readingId),
              eq(readingNotes.version, version),
            ),
          )
          .returning();
  if (row !== undefined) return { kind: "saved", note: toNote(row) };
  const [current] = await db
    .select({ version: readingNotes.version })
    .from(readingNotes)
    .where(
      and(
        eq(readingNotes.userId, userId),
        eq(readingNotes.packId, key.packId),
        eq(readingNotes.readingId, key.readingId),
      ),
    );
  return { kind: "stale", version: current?.version ?? 0 };
}

/** Deletes this user's note on one reading; false when there was none. */
export async function deleteReadingNote(
  db: Db,
  userId: string,
  key: { packId: string; readingId: string },
): Promise<boolean> {
  const rows = await db
    .delete(readingNotes)
    .where(
      and(
        eq(readingNotes.userId, userId),
        eq(readingNotes.packId, key.packId),
        eq(readingNotes.readingId, key.readingId),
      ),
    )
    .returning({ readingId: readingNotes.readingId });
  return rows.length > 0;
}
