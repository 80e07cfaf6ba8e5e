import { z } from "zod";
import { difficultySchema } from "../content/schema.ts";

/** The languages a solution can be written in. */
export const LANGUAGES = ["js", "ts", "py"] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");
const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an identifier");
const text = z.string().trim().min(1, "must not be empty");

/**
 * How a case's actual value is compared with the expected one:
 * - `exact`: deep equality (arrays in order, objects by key);
 * - `unordered`: the top-level arrays hold the same elements in any order (elements deep-equal);
 * - `float`: numbers (also inside arrays) equal within 1e-6.
 */
export const COMPARISONS = ["exact", "unordered", "float"] as const;
export const comparisonSchema = z.enum(COMPARISONS);
export type Comparison = z.infer<typeof comparisonSchema>;

/** A call of one exported function: `entry(...args)` should return `expected`. */
export const functionCaseSchema = z
  .object({
    name: text,
    args: z.array(z.unknown()),
    expected: z.unknown(),
  })
  .strict();
export type FunctionCase = z.infer<typeof functionCaseSchema>;

/**
 * A LeetCode-style operation sequence for a class: `ops[0]` is the class name and is constructed
 * with `args[0]`; each later op calls that method with `args[i]`. `expected[i]` is what op i
 * returns (`null` for the constructor and for methods that return nothing).
 */
export const classCaseSchema = z
  .object({
    name: text,
    ops: z.array(identifier).min(1),
    args: z.array(z.array(z.unknown())),
    expected: z.array(z.unknown()),
  })
  .strict()
  .refine((c) => c.ops.length === c.args.length && c.ops.length === c.expected.length, {
    message: "ops, args and expected must have the same length",
  });
export type ClassCase = z.infer<typeof classCaseSchema>;

/** A problem's `problem.yaml`. */
export const problemMetaSchema = z
  .object({
    id: slug,
    title: text,
    difficulty: difficultySchema,
    themes: z.array(slug).min(1),
    kind: z.enum(["function", "class"]),
    /** The exported function or class name; the same in every language (DESIGN.md). */
    entry: identifier,
    /** Wall-clock limit for one whole run of all cases, in milliseconds. */
    timeLimitMs: z.number().int().min(100).max(20_000).default(2000),
    comparison: comparisonSchema.default("exact"),
    summary: text,
  })
  .strict();
export type ProblemMeta = z.infer<typeof problemMetaSchema>;

/** A problem's `tests.yaml`: visible cases (shown, used by "run") and hidden ones ("submit"). */
export const problemTestsSchema = z
  .object({
    visible: z.array(z.unknown()).min(1, "needs at least one visible case"),
    hidden: z.array(z.unknown()).min(1, "needs at least one hidden case"),
  })
  .strict();
