import type { QuestionListQuery, QuestionView, StarResponse } from "../../core/api/questions.ts";
import type { Question } from "../../core/content/schema.ts";
import { err, ok, type Result } from "../../core/result.ts";
import type { ContentCatalog } from "../../node/content/content-catalog.ts";
import type { Db } from "../../node/db/database.ts";
import {
  listStarredQuestionIds,
  starQuestion,
  unstarQuestion,
} from "../../node/db/starred-repository.ts";
import { missing, type ServiceError } from "../http/errors.ts";
import { createPreparedQuestionList } from "./prepared-list.ts";

/** A question-bank error a client can act on. */
export type QuestionServiceError = ServiceError<"not-found">;

type ServiceResult<T> = Promise<Result<T, QuestionServiceError>>;

/**
 * A list answer: the body and its ETag, or only the ETag when the client's copy (named by its
 * If-None-Match) is still current and the body need not be built.
 */
export type QuestionListAnswer =
  { fresh: false; etag: string; body: Buffer } | { fresh: true; etag: string };

/** What the service needs, made once at start-up. */
export interface QuestionServiceDeps {
  catalog: ContentCatalog;
  db: Db;
  /** True when no other process can write this database (PGlite: one owner per folder). */
  exclusive: boolean;
}

/** The question bank: the list and search, one question, and this user's stars. */
export function createQuestionService(deps: QuestionServiceDeps) {
  const { catalog, db, exclusive } = deps;
  // Every list and question view needs the user's stars. When this process is the database's
  // only writer, it keeps them in memory and changes them with each star and unstar it makes;
  // on PostgreSQL, where another server may star, they are read each time.
  const starsByUser = new Map<string, ReadonlySet<string>>();
  // Raised by every star and unstar, so a read that began before one is not kept after it.
  let starChanges = 0;
  const list = createPreparedQuestionList(catalog);

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

  function load(id: string): Result<Question, QuestionServiceError> {
    const question = catalog.findQuestion(id);
    return question === undefined ? err(missing("question", id)) : ok(question);
  }

  return {
    /**
     * The questions matching a query, each with this user's star. Stars change the list, so its
     * ETag covers them; `ifNoneMatch` is the client's If-None-Match header, if it sent one.
     */
    async list(
      userId: string,
      query: QuestionListQuery,
      ifNoneMatch?: string,
    ): Promise<QuestionListAnswer> {
      const starred = await starredBy(userId);
      const etag = list.etag(query, starred);
      if (matchesEtag(ifNoneMatch, etag)) return { fresh: true, etag };
      return { fresh: false, ...list.build(query, starred) };
    },

    /** One question of the bank with this user's star. */
    async find(userId: string, id: string): ServiceResult<QuestionView> {
      const loaded = load(id);
      if (!loaded.ok) return loaded;
      const starred = await starredBy(userId);
      return ok({ ...loaded.value, starred: starred.has(loaded.value.id) });
    },

    /** Stars a question for this user; starring twice is harmless. */
    async star(userId: string, id: string): ServiceResult<StarResponse> {
      const loaded = load(id);
      if (!loaded.ok) return loaded;
      await starQuestion(db, userId, loaded.value.id);
      forgetStars(userId);
      return ok({ id: loaded.value.id, starred: true });
    },

    /** Removes this user's star from a question; removing a missing star is harmless. */
    async unstar(userId: string, id: string): ServiceResult<StarResponse> {
      const loaded = load(id);
      if (!loaded.ok) return loaded;
      await unstarQuestion(db, userId, loaded.value.id);
      forgetStars(userId);
      return ok({ id: loaded.value.id, starred: false });
    },
  };
}

/** The question service's interface. */
export type QuestionService = ReturnType<typeof createQuestionService>;

/** Whether an If-None-Match header names this ETag (a list, or weak forms, included). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === etag;
  });
}
