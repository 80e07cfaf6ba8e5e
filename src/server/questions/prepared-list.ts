import { createHash } from "node:crypto";
import type { Question } from "../../core/content/schema.ts";
import type { ContentCatalog } from "../../node/content/content-catalog.ts";
import type { QuestionSummary } from "../../core/api/questions.ts";

/** What narrows the list: the search text and the filters, as the query string gives them. */
export interface QuestionListQuery {
  q?: string | undefined;
  round?: Question["rounds"][number] | undefined;
  category?: Question["category"] | undefined;
  difficulty?: Question["difficulty"] | undefined;
}

/** A list answer ready to send: its body and a validator that changes whenever the body does. */
export interface PreparedList {
  body: Buffer;
  etag: string;
}

/** Distinct queries kept ready; search text is free-form, so the cache is bounded. */
const MAX_PREPARED_QUERIES = 500;
/** Bodies kept ready, by ETag: most requests repeat a query with the same stars. */
const MAX_PREPARED_BODIES = 200;

interface PreparedQuery {
  ids: readonly string[];
  /** Each question's summary as JSON, open where its `starred` value goes. */
  pieces: readonly string[];
  key: string;
}

function hash(text: string): string {
  return createHash("sha1").update(text).digest("base64url").slice(0, 16);
}

/**
 * The question list, prepared: the content never changes while the server runs, so each query's
 * summaries are serialised once and only the user's stars are filled in per request. The ETag
 * names the content, the query and the stars among the results, so a client that has the list
 * gets a 304 without the body being built at all.
 */
export function createPreparedQuestionList(catalog: ContentCatalog) {
  const contentTag = hash(JSON.stringify(catalog.questions.map(summaryWithoutStar)));
  const prepared = new Map<string, PreparedQuery>();
  const bodies = new Map<string, Buffer>();

  function prepare(query: QuestionListQuery): PreparedQuery {
    const { q = "", round, category, difficulty } = query;
    const key = JSON.stringify([q, round ?? "", category ?? "", difficulty ?? ""]);
    const known = prepared.get(key);
    if (known !== undefined) return known;
    const found = catalog.search.search(q, { round, category, difficulty });
    const entry: PreparedQuery = {
      ids: found.map((question) => question.id),
      pieces: found.map((question) => JSON.stringify(summaryWithoutStar(question)).slice(0, -1)),
      key: hash(key),
    };
    if (prepared.size >= MAX_PREPARED_QUERIES) prepared.clear();
    prepared.set(key, entry);
    return entry;
  }

  return {
    /** The validator for this query and these stars, without building the body. */
    etag(query: QuestionListQuery, starred: ReadonlySet<string>): string {
      return etagOf(prepare(query), starred);
    },
    /** The body and its validator. */
    build(query: QuestionListQuery, starred: ReadonlySet<string>): PreparedList {
      const entry = prepare(query);
      const etag = etagOf(entry, starred);
      const known = bodies.get(etag);
      if (known !== undefined) return { body: known, etag };
      const questions = entry.pieces.map(
        (piece, index) =>
          `${piece},"starred":${starred.has(entry.ids[index] ?? "") ? "true" : "false"}}`,
      );
      const body = Buffer.from(
        `{"total":${String(entry.ids.length)},"questions":[${questions.join(",")}]}`,
      );
      if (bodies.size >= MAX_PREPARED_BODIES) bodies.clear();
      bodies.set(etag, body);
      return { body, etag };
    },
  };

  function etagOf(entry: PreparedQuery, starred: ReadonlySet<string>): string {
    const stars = entry.ids.filter((id) => starred.has(id)).join("\n");
    return `"${contentTag}.${entry.key}.${hash(stars)}"`;
  }
}

function summaryWithoutStar(question: Question): Omit<QuestionSummary, "starred"> {
  const { id, prompt, category, rounds, difficulty, themes, reported, answerKind } = question;
  return { id, prompt, category, rounds, difficulty, themes, reported, answerKind };
}
