import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Question } from "../../../core/content/schema.ts";
import type { ContentCatalog } from "../../content/content-catalog.ts";
import type { Db } from "../../db/database.ts";
import {
  listStarredQuestionIds,
  starQuestion,
  unstarQuestion,
} from "../../db/starred-repository.ts";
import { notFound } from "../../http/errors.ts";
import { createPreparedQuestionList } from "./prepared-list.ts";
import {
  listQuestionsQuerySchema,
  questionIdParamsSchema,
  questionViewSchema,
  starResponseSchema,
} from "../../../core/api/questions.ts";

/** The question bank: list, search, read one, star and unstar. */
export const questionRoutes: FastifyPluginAsyncZod<{
  catalog: ContentCatalog;
  db: Db;
  /** True when no other process can write this database (PGlite: one owner per folder). */
  exclusive: boolean;
}> = async (app, { catalog, db, exclusive }) => {
  // Every list and question view needs the user's stars. When this process is the database's
  // only writer, it keeps them in memory and changes them with each star and unstar it makes;
  // on PostgreSQL, where another server may star, they are read each time.
  const starsByUser = new Map<string, ReadonlySet<string>>();
  // Raised by every star and unstar, so a read that began before one is not kept after it.
  let starChanges = 0;
  async function starredBy(userId: string): Promise<ReadonlySet<string>> {
    const known = starsByUser.get(userId);
    if (known !== undefined) return known;
    const changesBefore = starChanges;
    const stars = new Set(await listStarredQuestionIds(db, userId));
    if (exclusive && changesBefore === starChanges) starsByUser.set(userId, stars);
    return stars;
  }
  function forgetStars(userId: string): void {
    starChanges += 1;
    starsByUser.delete(userId);
  }
  const list = createPreparedQuestionList(catalog);

  app.get(
    "/questions",
    // The body is prepared from validated content (prepared-list.ts), not re-validated per call:
    // serialising hundreds of questions per request would dominate the route.
    { schema: { querystring: listQuestionsQuerySchema } },
    async (request, reply) => {
      const starred = await starredBy(request.user.id);
      const etag = list.etag(request.query, starred);
      // Stars change the list, so a client must ask each time; the answer is often a 304.
      void reply.header("etag", etag).header("cache-control", "no-cache");
      if (matchesEtag(request.headers["if-none-match"], etag)) return reply.status(304).send();
      return reply
        .type("application/json; charset=utf-8")
        .send(list.build(request.query, starred).body);
    },
  );

  app.get(
    "/questions/:id",
    { schema: { params: questionIdParamsSchema, response: { 200: questionViewSchema } } },
    async (request) => {
      const question = requireQuestion(catalog, request.params.id);
      return withStar(question, await starredBy(request.user.id));
    },
  );

  app.put(
    "/questions/:id/star",
    { schema: { params: questionIdParamsSchema, response: { 200: starResponseSchema } } },
    async (request) => {
      const question = requireQuestion(catalog, request.params.id);
      await starQuestion(db, request.user.id, question.id);
      forgetStars(request.user.id);
      return { id: question.id, starred: true };
    },
  );

  app.delete(
    "/questions/:id/star",
    { schema: { params: questionIdParamsSchema, response: { 200: starResponseSchema } } },
    async (request) => {
      const question = requireQuestion(catalog, request.params.id);
      await unstarQuestion(db, request.user.id, question.id);
      forgetStars(request.user.id);
      return { id: question.id, starred: false };
    },
  );
};

function requireQuestion(catalog: ContentCatalog, id: string): Question {
  const question = catalog.findQuestion(id);
  if (question === undefined) throw notFound("question", id);
  return question;
}

/** Whether an If-None-Match header names this ETag (a list, or weak forms, included). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === etag;
  });
}

function withStar(
  question: Question,
  starred: ReadonlySet<string>,
): Question & { starred: boolean } {
  return { ...question, starred: starred.has(question.id) };
}
