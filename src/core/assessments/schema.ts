import { z } from "zod";
import { comparisonSchema } from "../problems/schema.ts";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");
const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an identifier");
const text = z.string().trim().min(1, "must not be empty");

/** One level of an assessment as `assessment.yaml` lists it. */
export const assessmentLevelSchema = z
  .object({
    level: z.number().int().min(1),
    title: text,
    /** How much the level counts towards the score; later levels usually weigh more. */
    weight: z.number().positive("must be more than 0").max(100),
  })
  .strict();
export type AssessmentLevel = z.infer<typeof assessmentLevelSchema>;

/**
 * An assessment's `assessment.yaml`: a timed, progressive problem whose specification grows level
 * by level. Every level is tested against the same entry, and each level's tests run with those of
 * the levels before it.
 */
export const assessmentMetaSchema = z
  .object({
    id: slug,
    title: text,
    summary: text,
    /** The whole assessment's time, fixed by the server's clock when a session starts. */
    durationMinutes: z.number().int().min(5).max(600).default(90),
    kind: z.enum(["function", "class"]),
    /** The exported function or class name; the same in every language. */
    entry: identifier,
    /** Wall-clock limit for one whole run (every case of the levels run), in milliseconds. */
    timeLimitMs: z.number().int().min(100).max(20_000).default(4000),
    comparison: comparisonSchema.default("exact"),
    themes: z.array(slug).min(1, "needs at least one theme"),
    levels: z
      .array(assessmentLevelSchema)
      .min(1, "needs at least one level")
      .max(10, "has at most 10 levels")
      .superRefine((levels, context) => {
        levels.forEach((entry, index) => {
          if (entry.level !== index + 1) {
            context.addIssue({
              code: "custom",
              path: [index, "level"],
              message: `must be ${String(index + 1)}: levels are numbered 1, 2, … in order`,
            });
          }
        });
      }),
  })
  .strict();
export type AssessmentMeta = z.infer<typeof assessmentMetaSchema>;
