import { z } from "zod";
import { categoryIdSchema, roundIdSchema } from "./schema.ts";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");
const text = z.string().trim().min(1, "must not be empty");

/** A stage of the hiring process, in the order a candidate meets it. */
export const stageSchema = z
  .object({
    id: slug,
    name: text,
    duration: text,
    summary: text,
    rounds: z.array(roundIdSchema).default([]),
    optional: z.boolean().default(false),
  })
  .strict();
export type Stage = z.infer<typeof stageSchema>;

/** A reported length of the whole process for a track, in days. */
export const timelineSchema = z
  .object({
    track: text,
    minDays: z.number().int().positive(),
    maxDays: z.number().int().positive().optional(),
    label: text,
    source: text,
  })
  .strict();

export const levelSchema = z
  .object({
    level: text,
    title: text,
    years: text,
    totalCompensation: text,
    scope: text,
  })
  .strict();

export const contextFigureSchema = z.object({ label: text, value: text }).strict();

export const roundInfoSchema = z.object({ id: roundIdSchema, name: text, summary: text }).strict();
export const categoryInfoSchema = z
  .object({ id: categoryIdSchema, name: text, summary: text })
  .strict();

/** A company pack's `pack.yaml`. */
export const packManifestSchema = z
  .object({
    id: slug,
    company: text,
    tagline: text,
    asOf: text,
    rounds: z.array(roundInfoSchema).min(1),
    categories: z.array(categoryInfoSchema).min(1),
    themes: z.array(slug).min(1),
    stages: z.array(stageSchema).min(1),
    timelines: z.array(timelineSchema).default([]),
    levels: z.array(levelSchema).default([]),
    context: z.array(contextFigureSchema).default([]),
  })
  .strict();
export type PackManifest = z.infer<typeof packManifestSchema>;

/** The front matter of a guide section (`guide/*.md`). */
export const guideFrontMatterSchema = z
  .object({
    id: slug,
    title: text,
    order: z.number().int(),
    summary: text,
  })
  .strict();
export type GuideFrontMatter = z.infer<typeof guideFrontMatterSchema>;
