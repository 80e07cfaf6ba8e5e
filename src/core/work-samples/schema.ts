import { z } from "zod";
import { difficultySchema } from "../content/schema.ts";
import { comparisonSchema, languageSchema } from "../problems/schema.ts";

/** What a work sample asks of the candidate. */
export const WORK_SAMPLE_KINDS = ["debug", "refactor", "extend", "review"] as const;
export const workSampleKindSchema = z.enum(WORK_SAMPLE_KINDS);
export type WorkSampleKind = z.infer<typeof workSampleKindSchema>;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");
const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an identifier");
const text = z.string().trim().min(1, "must not be empty");

/**
 * A path inside a sample's codebase: relative, forward slashes, no `.` or `..` parts, and a name
 * of letters, digits, `_`, `-` and `.` (so every path is also a safe key and a readable tab).
 */
export const samplePathSchema = z
  .string()
  .max(200)
  .regex(
    /^(?:[A-Za-z0-9_][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_][A-Za-z0-9_.-]*$/,
    "must be a relative path such as src/invoice.js",
  );

/**
 * The structural rule a refactor sample's result must meet (docs/work-samples.md): no function
 * longer than `maxFunctionLines` non-blank lines, and no run of `maxDuplicateLines` or more
 * significant lines that appears twice (literals ignored). Either may be left out.
 */
export const structureRuleSchema = z
  .object({
    maxFunctionLines: z.number().int().min(3).max(500).optional(),
    maxDuplicateLines: z.number().int().min(2).max(50).optional(),
  })
  .strict()
  .refine((rule) => rule.maxFunctionLines !== undefined || rule.maxDuplicateLines !== undefined, {
    message: "needs maxFunctionLines, maxDuplicateLines or both",
  });
export type StructureRule = z.infer<typeof structureRuleSchema>;

/** A work sample's `sample.yaml`. */
export const workSampleMetaSchema = z
  .object({
    id: slug,
    title: text,
    kind: workSampleKindSchema,
    language: languageSchema,
    difficulty: difficultySchema,
    summary: text,
    /** The file whose exports the tests call, such as `src/invoice.js` (under `files/`). */
    entryModule: samplePathSchema,
    /** The exported function or class the tests call (defined at module level in Python). */
    entry: identifier,
    entryKind: z.enum(["function", "class"]).default("function"),
    /** Wall-clock limit for one run of all cases, loading every module included. */
    timeLimitMs: z.number().int().min(100).max(20_000).default(3000),
    comparison: comparisonSchema.default("exact"),
    /** How long the exercise takes, roughly: shown beside the title. */
    minutes: z.number().int().min(5).max(180),
    /** Refactor samples only: the smell that must be gone. */
    structure: structureRuleSchema.optional(),
  })
  .strict();
export type WorkSampleMeta = z.infer<typeof workSampleMetaSchema>;

/** How bad a seeded review issue is. */
export const ISSUE_SEVERITIES = ["high", "medium", "low"] as const;

const lineRangeSchema = z
  .tuple([z.number().int().min(1), z.number().int().min(1)])
  .refine(([first, last]) => first <= last, { message: "the first line comes first" });

/** A file and a range of its lines, in the file as the diff leaves it. */
export const issueLocationSchema = z
  .object({ file: samplePathSchema, lines: lineRangeSchema })
  .strict();
export type IssueLocation = z.infer<typeof issueLocationSchema>;

/**
 * One problem seeded in a review sample's diff: where it lives (lines of the file after the
 * change) and the words a finding must use to name it (each matched at the start of a word, so
 * `mutat` matches "mutates" and "mutation").
 */
export const reviewIssueSchema = z
  .object({
    id: slug,
    title: text,
    severity: z.enum(ISSUE_SEVERITIES),
    file: samplePathSchema,
    /** First and last line, 1-based, in the file as the diff leaves it. */
    lines: lineRangeSchema,
    /** Other places a reviewer may rightly point at: where the problem shows, not where it is. */
    alsoAt: z.array(issueLocationSchema).optional(),
    terms: z.array(text).min(1, "needs at least one term"),
    explanation: text,
  })
  .strict();
export type ReviewIssue = z.infer<typeof reviewIssueSchema>;

/** A review sample's `issues.yaml`. */
export const reviewIssuesSchema = z
  .object({ issues: z.array(reviewIssueSchema).min(1, "needs at least one issue") })
  .strict();

/** Bounds on what a candidate may send for grading. */
export const MAX_FINDINGS = 100;
export const MAX_FINDING_CHARS = 2000;

/** One finding of a candidate's review: a line of a file and what is wrong there. */
export const reviewFindingSchema = z
  .object({
    file: samplePathSchema,
    line: z.number().int().min(1).max(1_000_000),
    text: z.string().trim().min(1, "must say what is wrong").max(MAX_FINDING_CHARS),
  })
  .strict();
export type ReviewFinding = z.infer<typeof reviewFindingSchema>;
