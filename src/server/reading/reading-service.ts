import type { ReadingList, ReadingNote } from "../../core/api/reading-notes.ts";
import type { Pack } from "../../core/content/parse-pack.ts";
import { checkReadingNote, readingsOf, type Reading } from "../../core/reading/reading-notes.ts";
import { err, ok, type Result } from "../../core/result.ts";
import type { Db } from "../../node/db/database.ts";
import {
  deleteReadingNote,
  listReadingNotes,
  saveReadingNote,
  type ReadingNoteRow,
} from "../../node/db/reading-notes-repository.ts";
import { missing, type ServiceError } from "../http/errors.ts";

/** What the service needs, made once at start-up. */
export interface ReadingServiceDeps {
  db: Db;
  packs: readonly Pack[];
}

function toNote(row: ReadingNoteRow): ReadingNote {
  return {
    text: row.text,
    check: row.check,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Reading notes: the readings of each pack's reading list, and the caller's note on each, checked
 * by the coach for a view and a critique when saved. Only the caller's notes are read or written.
 */
export function createReadingService(deps: ReadingServiceDeps) {
  // The readings are content: read once from each pack's guide.
  const lists = new Map(
    deps.packs.map((pack) => {
      const section = pack.guide.find((candidate) => readingsOf(candidate.body).length > 0);
      return [
        pack.manifest.id,
        { sectionId: section?.id ?? null, readings: section ? readingsOf(section.body) : [] },
      ] as const;
    }),
  );

  function find(packId: string, readingId: string): Result<Reading, ServiceError> {
    const list = lists.get(packId);
    if (list === undefined) return err(missing("pack", packId));
    const reading = list.readings.find((candidate) => candidate.id === readingId);
    return reading === undefined ? err(missing("reading", readingId)) : ok(reading);
  }

  return {
    async list(userId: string, packId: string): Promise<Result<ReadingList, ServiceError>> {
      const list = lists.get(packId);
      if (list === undefined) return err(missing("pack", packId));
      const notes = new Map(
        (await listReadingNotes(deps.db, userId, packId)).map((row) => [row.readingId, row]),
      );
      return ok({
        packId,
        sectionId: list.sectionId,
        readings: list.readings.map((reading) => {
          const note = notes.get(reading.id);
          return { ...reading, note: note === undefined ? null : toNote(note) };
        }),
      });
    },

    /** Checks and keeps a note; a save from a tab that missed a later save is refused. */
    async save(
      userId: string,
      key: { packId: string; readingId: string },
      body: { text: string; version: number | null },
    ): Promise<Result<ReadingNote, ServiceError>> {
      const reading = find(key.packId, key.readingId);
      if (!reading.ok) return reading;
      const checked = checkReadingNote(body.text, reading.value);
      if (!checked.ok) {
        return err({
          code: checked.error.code,
          message: checked.error.message,
          field: "body.text",
        });
      }
      const saved = await saveReadingNote(deps.db, userId, key, body.version, {
        text: body.text,
        check: checked.value,
      });
      if (saved.kind === "saved") return ok(toNote(saved.note));
      return err({
        code: "edited-elsewhere",
        message:
          body.version === null
            ? "A note on this reading was saved elsewhere since you opened it; reload it and add your change."
            : `This note was saved elsewhere since you opened it (it is at version ${String(saved.version)}, you edited version ${String(body.version)}); reload it and make your change again.`,
        details: { version: saved.version },
      });
    },

    async remove(
      userId: string,
      key: { packId: string; readingId: string },
    ): Promise<Result<void, ServiceError>> {
      const reading = find(key.packId, key.readingId);
      if (!reading.ok) return reading;
      return (await deleteReadingNote(deps.db, userId, key))
        ? ok(undefined)
        : err(missing("note on the reading", key.readingId));
    },
  };
}

/** The reading service's interface. */
export type ReadingService = ReturnType<typeof createReadingService>;
