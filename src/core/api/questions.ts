import { z } from "zod";
import {
  categoryIdSchema,
  difficultySchema,
  questionObjectSchema,
  roundIdSchema,
} from "../content/schema.ts";

export const listQuestionsQuerySchema = z
  .object({
    round: roundIdSchema.optional(),
    category: categoryIdSchema.optional(),
    difficulty: difficultySchema.optional(),
    q: z.string().max(200, "search text is limited to 200 characters").optional(),
  })
  .strict();

export const questionIdParamsSchema = z.object({
  id: z.string().min(1).max(200),
});

export const questionViewSchema = questionObjectSchema.extend({ starred: z.boolean() });

/** What the list sends for each question: enough to show and filter it, not its guidance. */
export const questionSummarySchema = questionObjectSchema
  .pick({
    id: true,
    prompt: true,
    category: true,
    rounds: true,
    difficulty: true,
    themes: true,
    reported: true,
    answerKind: true,
  })
  .extend({ starred: z.boolean() });
export type QuestionSummary = z.infer<typeof questionSummarySchema>;

export const listQuestionsResponseSchema = z.object({
  total: z.number().int(),
  questions: z.array(questionSummarySchema),
});

export const starResponseSchema = z.object({ id: z.string(), starred: z.boolean() });

/** `GET /api/questions/:id`: a question of the bank with this user's star. */
export type QuestionView = z.infer<typeof questionViewSchema>;

/** `GET /api/questions`. */
export type QuestionList = z.infer<typeof listQuestionsResponseSchema>;

/** `PUT` and `DELETE /api/questions/:id/star`. */
export type StarResponse = z.infer<typeof starResponseSchema>;

/** What narrows `GET /api/questions`: the search text and the filters. */
export type QuestionListQuery = z.infer<typeof listQuestionsQuerySchema>;
