import { z } from "zod";
import { storyDraftSchema } from "../../../core/stories/story-schema.ts";

/** A story as every save sends it (create and new version alike). */
export const storyBodySchema = storyDraftSchema;

export const storyIdParamsSchema = z.object({
  id: z.string().min(1).max(100),
});

export const storyVersionParamsSchema = z.object({
  id: z.string().min(1).max(100),
  number: z.coerce
    .number({ error: "must be a version number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .max(1_000_000, "is not a version number"),
});

/** The largest Markdown document accepted: about the request body limit. */
export const MAX_IMPORT_CHARS = 900_000;
/** The most stories one import may create. */
export const MAX_IMPORT_STORIES = 500;

export const importBodySchema = z
  .object({
    markdown: z
      .string({ error: "must be a string holding the exported Markdown" })
      .max(
        MAX_IMPORT_CHARS,
        `is limited to ${MAX_IMPORT_CHARS.toLocaleString("en-US")} characters`,
      ),
  })
  .strict();

export const importResponseSchema = z.object({
  imported: z.number().int(),
  ids: z.array(z.string()),
});
