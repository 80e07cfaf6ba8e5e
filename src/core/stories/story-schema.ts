import { z } from "zod";
import { STORY_TYPES, type StoryType } from "../content/schema.ts";

/** The story types a bank holds: the ones questions name, plus the user's own ("custom"). */
export const STORY_BANK_TYPES = [...STORY_TYPES, "custom"] as const;
export const storyBankTypeSchema = z.enum(STORY_BANK_TYPES);
/** One of the question bank's story types, or "custom" with a label of the user's own. */
export type StoryBankType = z.infer<typeof storyBankTypeSchema>;

/** How each story type reads in the app and in the Markdown export. */
export const STORY_TYPE_LABELS: Readonly<Record<StoryBankType, string>> = {
  "acted-against-values": "Acted against your values",
  "changed-mind": "Changed your mind",
  "pushed-back-lost": "Pushed back and lost",
  "ethical-tradeoff": "Ethical trade-off",
  "speed-vs-safety": "Speed versus safety",
  disagreement: "Disagreement",
  "project-end-to-end": "Project owned end to end",
  failure: "Failure",
  custom: "Your own",
};

/** The longest story text kept: the analyzer's own limit, far beyond any spoken answer. */
export const MAX_STORY_TEXT_CHARS = 60_000;
export const MAX_TITLE_CHARS = 200;
export const MAX_CUSTOM_LABEL_CHARS = 80;
export const MAX_SLUG_CHARS = 40;
export const MAX_TAGS = 20;
export const MAX_THEMES = 12;

const slug = z
  .string()
  .max(MAX_SLUG_CHARS, `is limited to ${String(MAX_SLUG_CHARS)} characters`)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");

// A single line: titles and labels become Markdown headings and list items on export.
const oneLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `is limited to ${String(max)} characters`)
    .regex(/^[^\r\n]*$/, "must be a single line");

const uniqueSlugs = (max: number, what: string) =>
  z
    .array(slug)
    .max(max, `holds at most ${String(max)} ${what}`)
    .refine((items) => new Set(items).size === items.length, `must not repeat ${what}`);

/**
 * A story as the user writes it: what every save sends. The text keeps its own line breaks (only
 * CRLF becomes LF, so a story reads the same whichever system typed it) and may not be blank.
 */
export const storyDraftSchema = z
  .object({
    title: oneLine(MAX_TITLE_CHARS),
    storyType: storyBankTypeSchema,
    customTypeLabel: oneLine(MAX_CUSTOM_LABEL_CHARS).nullable().optional(),
    tags: uniqueSlugs(MAX_TAGS, "tags").default([]),
    themes: uniqueSlugs(MAX_THEMES, "themes").default([]),
    text: z
      .string({ error: "must be a string holding the story" })
      .max(
        MAX_STORY_TEXT_CHARS,
        `is limited to ${MAX_STORY_TEXT_CHARS.toLocaleString("en-US")} characters`,
      )
      .refine((text) => text.trim() !== "", "is empty: write the story before saving it")
      .transform((text) => text.replace(/\r\n?/g, "\n")),
  })
  .strict()
  .superRefine((draft, ctx) => {
    const hasLabel = draft.customTypeLabel !== undefined && draft.customTypeLabel !== null;
    if (draft.storyType === "custom" && !hasLabel) {
      ctx.addIssue({
        code: "custom",
        path: ["customTypeLabel"],
        message: "is required when the story type is your own",
      });
    }
    if (draft.storyType !== "custom" && hasLabel) {
      ctx.addIssue({
        code: "custom",
        path: ["customTypeLabel"],
        message: "is only for stories of your own type",
      });
    }
  })
  .transform((draft) => ({ ...draft, customTypeLabel: draft.customTypeLabel ?? null }));

/** A validated story draft: what repositories store and the Markdown export writes. */
export type StoryDraft = z.output<typeof storyDraftSchema>;
/** A story draft as a client may send it (tags and themes may be left out). */
export type StoryDraftInput = z.input<typeof storyDraftSchema>;

/** Whether the type is one the question bank names (as opposed to the user's own). */
export function isBankStoryType(type: StoryBankType): type is StoryType {
  return type !== "custom";
}

/** The name a story's type goes by: the user's own label for custom stories. */
export function describeStoryType(story: {
  storyType: StoryBankType;
  customTypeLabel: string | null;
}): string {
  if (story.storyType === "custom") return story.customTypeLabel ?? STORY_TYPE_LABELS.custom;
  return STORY_TYPE_LABELS[story.storyType];
}

/**
 * Turns what a user typed as a tag into a slug: "Team Alpha!" → "team-alpha". Returns "" when
 * nothing usable is left, which callers drop.
 */
export function toTagSlug(raw: string): string {
  return raw
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_CHARS)
    .replace(/-+$/, "");
}

/** Splits a comma-separated list of tags into unique slugs, in the order typed. */
export function parseTagList(raw: string): string[] {
  const tags = raw
    .split(",")
    .map(toTagSlug)
    .filter((tag) => tag !== "");
  return [...new Set(tags)];
}
