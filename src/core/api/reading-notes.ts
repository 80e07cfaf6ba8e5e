import { z } from "zod";
import {
  MAX_READING_NOTE_CHARS,
  type Reading,
  type ReadingNoteCheck,
} from "../reading/reading-notes.ts";

export const readingListParamsSchema = z.object({ packId: z.string().min(1).max(100) });

export const readingNoteParamsSchema = z.object({
  packId: z.string().min(1).max(100),
  readingId: z.string().min(1).max(200),
});

/**
 * `PUT /api/packs/:packId/readings/:readingId/note`: the note's text, and the version it was read
 * at (null for a first note), so a save from a stale tab is refused rather than applied.
 */
export const readingNoteBodySchema = z
  .object({
    text: z
      .string({ error: "must be the note's text" })
      .max(
        MAX_READING_NOTE_CHARS,
        `is limited to ${MAX_READING_NOTE_CHARS.toLocaleString("en-US")} characters`,
      ),
    version: z
      .number({ error: "must be the version the note was read at, or null for a first note" })
      .int("must be a whole number")
      .min(1, "must be 1 or more")
      .nullable()
      .default(null),
  })
  .strict();

/** A kept note, with what the coach made of it when it was saved. */
export interface ReadingNote {
  text: string;
  check: ReadingNoteCheck;
  version: number;
  updatedAt: string;
}

/** One reading of the list, with the candidate's note on it. */
export interface ReadingWithNote extends Reading {
  note: ReadingNote | null;
}

/** `GET /api/packs/:packId/readings`: the pack's reading list, each with the caller's note. */
export interface ReadingList {
  packId: string;
  /** The guide section the readings come from, to link back to. */
  sectionId: string | null;
  readings: ReadingWithNote[];
}
