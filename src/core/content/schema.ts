import { z } from "zod";

/** The rounds of a loop that Candor knows how to practise. */
export const ROUND_IDS = [
  "recruiter",
  "assessment",
  "hiring-manager",
  "coding",
  "system-design",
  "work-sample",
  "behavioral",
  "values",
] as const;
export const roundIdSchema = z.enum(ROUND_IDS);
export type RoundId = z.infer<typeof roundIdSchema>;

/** The six categories every question belongs to exactly one of. */
export const CATEGORY_IDS = [
  "mission",
  "values",
  "behavioral",
  "coding",
  "system-design",
  "work-sample",
] as const;
export const categoryIdSchema = z.enum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof categoryIdSchema>;

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export const difficultySchema = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof difficultySchema>;

/** How the answer analyzer reads an answer to the question (see DESIGN.md, the analysis contract). */
export const ANSWER_KINDS = ["values", "behavioral", "why", "opinion"] as const;
export const answerKindSchema = z.enum(ANSWER_KINDS);
export type AnswerKind = z.infer<typeof answerKindSchema>;

/** The kinds of story a story bank holds; questions name the ones that can answer them. */
export const STORY_TYPES = [
  "acted-against-values",
  "changed-mind",
  "pushed-back-lost",
  "ethical-tradeoff",
  "speed-vs-safety",
  "disagreement",
  "project-end-to-end",
  "failure",
] as const;
export const storyTypeSchema = z.enum(STORY_TYPES);
export type StoryType = z.infer<typeof storyTypeSchema>;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");

const nonEmptyText = z.string().trim().min(1, "must not be empty");

const atLeastTwo = z.array(nonEmptyText).min(2, "needs at least two entries");

/** The fields of a question, before the rules that tie fields to categories. */
export const questionObjectSchema = z
  .object({
    id: slug,
    prompt: nonEmptyText,
    category: categoryIdSchema,
    rounds: z.array(roundIdSchema).min(1, "needs at least one round"),
    difficulty: difficultySchema,
    themes: z.array(slug).min(1, "needs at least one theme"),
    tests: nonEmptyText,
    signals: atLeastTwo,
    redFlags: atLeastTwo,
    followUps: atLeastTwo,
    reported: z.boolean().default(false),
    answerKind: answerKindSchema.optional(),
    storyTypes: z.array(storyTypeSchema).optional(),
    problemId: slug.optional(),
    areas: z.array(nonEmptyText).optional(),
    /** A system-design question's figures an estimate must put a number on ("Peak requests per second"). */
    numbers: z.array(nonEmptyText).optional(),
  })
  .strict();

/** One question of the bank, as written in a pack's `questions/*.yaml`. */
export const questionSchema = questionObjectSchema.superRefine((question, ctx) => {
  const spoken = ["mission", "values", "behavioral"].includes(question.category);
  if (spoken && question.answerKind === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["answerKind"],
      message: `is required for ${question.category} questions`,
    });
  }
  if (question.category === "system-design") {
    const areas = question.areas ?? [];
    if (areas.length < 4) {
      ctx.addIssue({
        code: "custom",
        path: ["areas"],
        message: "system-design questions list at least four areas a strong answer covers",
      });
    }
    const mentionsFailure = areas.some((area) => /failure|degrad/i.test(area));
    if (!mentionsFailure) {
      ctx.addIssue({
        code: "custom",
        path: ["areas"],
        message: "system-design areas must include failure modes or graceful degradation",
      });
    }
    if ((question.numbers ?? []).length < 2) {
      ctx.addIssue({
        code: "custom",
        path: ["numbers"],
        message: "system-design questions name at least two figures an estimate must size",
      });
    }
  }
});
export type Question = z.infer<typeof questionSchema>;

/** A `questions/*.yaml` file holds a list of questions. */
export const questionFileSchema = z.array(questionSchema).min(1, "holds no questions");
