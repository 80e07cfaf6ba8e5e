import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import type { Question } from "../../../core/content/schema.ts";
import type { ContentCatalog } from "../../content/content-catalog.ts";
import type { Db } from "../../db/database.ts";
import {
  listStarredQuestionIds,
  starQuestion,
  unstarQuestion,
} from "../../db/starred-repository.ts";
import { notFound } from "../../http/errors.ts";
import {
  listQuestionsQuerySchema,
  listQuestionsResponseSchema,
  questionIdParamsSchema,
  questionViewSchema,
  starResponseSchema,
  type QuestionSummary,
} from "./schema.ts";

/** The question bank: list, search, read one, star and unstar. */
export const questionRoutes: FastifyPluginAsyncZod<{ catalog: ContentCatalog; db: Db }> = async (
  app,
  { catalog, db },
) => {
  app.get(
    "/questions",
    // The response is typed by its schema but not re-validated on every call: it is built here
    // from validated content, and parsing hundreds of questions per request would dominate.
    { schema: { querystring: listQuestionsQuerySchema } },
    async (request): Promise<z.infer<typeof listQuestionsResponseSchema>> => {
      const { q = "", ...filter } = request.query;
      const found = catalog.search.search(q, filter);
      const starred = new Set(await listStarredQuestionIds(db, request.user.id));
      return {
        total: found.length,
        questions: found.map((question) => summarize(question, starred)),
      };
    },
  );

  app.get(
    "/questions/:id",
    { schema: { params: questionIdParamsSchema, response: { 200: questionViewSchema } } },
    async (request) => {
      const question = requireQuestion(catalog, request.params.id);
      const starred = new Set(await listStarredQuestionIds(db, request.user.id));
      return withStar(question, starred);
    },
  );

  app.put(
    "/questions/:id/star",
    { schema: { params: questionIdParamsSchema, response: { 200: starResponseSchema } } },
    async (request) => {
      const question = requireQuestion(catalog, request.params.id);
      await starQuestion(db, request.user.id, question.id);
      return { id: question.id, starred: true };
    },
  );

  app.delete(
    "/questions/:id/star",
    { schema: { params: questionIdParamsSchema, response: { 200: starResponseSchema } } },
    async (request) => {
      const question = requireQuestion(catalog, request.params.id);
      await unstarQuestion(db, request.user.id, question.id);
      return { id: question.id, starred: false };
    },
  );
};

function requireQuestion(catalog: ContentCatalog, id: string): Question {
  const question = catalog.findQuestion(id);
  if (question === undefined) throw notFound("question", id);
  return question;
}

function summarize(question: Question, starred: ReadonlySet<string>): QuestionSummary {
  const { id, prompt, category, rounds, difficulty, themes, reported, answerKind } = question;
  return {
    id,
    prompt,
    category,
    rounds,
    difficulty,
    themes,
    reported,
    answerKind,
    starred: starred.has(id),
  };
}

function withStar(
  question: Question,
  starred: ReadonlySet<string>,
): Question & { starred: boolean } {
  return { ...question, starred: starred.has(question.id) };
}
