import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../tests/support/factories.ts";
import { fixturePack } from "../../../tests/support/pack-fixture.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../tests/support/test-database.ts";
import type { QuestionList } from "../../core/api/questions.ts";
import { createContentCatalog } from "../../node/content/content-catalog.ts";
import { starQuestion } from "../../node/db/starred-repository.ts";
import {
  createQuestionService,
  matchesEtag,
  type QuestionListAnswer,
  type QuestionService,
} from "./question-service.ts";

const catalog = createContentCatalog([fixturePack()]);

function listed(answer: QuestionListAnswer): QuestionList {
  if (answer.fresh) throw new Error("Expected a body, got a not-modified answer.");
  return JSON.parse(answer.body.toString("utf8")) as QuestionList;
}

describe.each(DATABASE_TARGETS)("the question service on $name", (target) => {
  let database: TestDatabase;
  let questions: QuestionService;

  beforeAll(async () => {
    database = await target.open();
    questions = createQuestionService({ catalog, db: database.db, exclusive: true });
  });

  afterAll(async () => {
    await database.dispose();
  });

  it("lists the questions matching a query, each with this user's star", async () => {
    const user = await makeUser(database.db);
    const star = await questions.star(user.id, "coding-lru");
    expect(star).toEqual({ ok: true, value: { id: "coding-lru", starred: true } });

    const values = listed(await questions.list(user.id, { round: "values" }));
    expect(values.questions.map((question) => question.id)).toEqual([
      "values-changed-mind",
      "behavioral-owned",
    ]);
    const all = listed(await questions.list(user.id, {}));
    expect(all.total).toBe(3);
    expect(all.questions.filter((question) => question.starred).map((q) => q.id)).toEqual([
      "coding-lru",
    ]);
    const other = await makeUser(database.db);
    const theirs = listed(await questions.list(other.id, {}));
    expect(theirs.questions.some((question) => question.starred)).toBe(false);
  });

  it("answers not-modified when the client's ETag is current, and a new ETag after a star", async () => {
    const user = await makeUser(database.db);
    const first = await questions.list(user.id, { q: "cache" });
    expect(first.fresh).toBe(false);
    expect(await questions.list(user.id, { q: "cache" }, first.etag)).toEqual({
      fresh: true,
      etag: first.etag,
    });
    expect((await questions.list(user.id, { round: "coding" }, first.etag)).fresh).toBe(false);

    await questions.star(user.id, "coding-lru");
    const starred = await questions.list(user.id, { q: "cache" }, first.etag);
    expect(starred.fresh).toBe(false);
    expect(starred.etag).not.toBe(first.etag);
    expect(listed(starred).questions.map((question) => question.starred)).toEqual([true]);

    await questions.unstar(user.id, "coding-lru");
    expect((await questions.list(user.id, { q: "cache" }, first.etag)).fresh).toBe(true);
  });

  it("sends one question with this user's star, and unstars it", async () => {
    const user = await makeUser(database.db);
    await questions.star(user.id, "behavioral-owned");
    const found = await questions.find(user.id, "behavioral-owned");
    expect(found.ok && found.value).toMatchObject({ id: "behavioral-owned", starred: true });
    expect(await questions.unstar(user.id, "behavioral-owned")).toEqual({
      ok: true,
      value: { id: "behavioral-owned", starred: false },
    });
    const after = await questions.find(user.id, "behavioral-owned");
    expect(after.ok && after.value.starred).toBe(false);
  });

  it("answers an unknown question as missing, naming its id, and stars nothing", async () => {
    const user = await makeUser(database.db);
    const expected = {
      ok: false,
      error: {
        code: "not-found",
        message: 'No question has the id "nope".',
        details: { id: "nope" },
      },
    };
    expect(await questions.find(user.id, "nope")).toEqual(expected);
    expect(await questions.star(user.id, "nope")).toEqual(expected);
    expect(await questions.unstar(user.id, "nope")).toEqual(expected);
  });

  it("reads stars each time when another server may write them", async () => {
    const user = await makeUser(database.db);
    const shared = createQuestionService({ catalog, db: database.db, exclusive: false });
    const before = await shared.find(user.id, "coding-lru");
    expect(before.ok && before.value.starred).toBe(false);
    // Another server's star: written to the database, not through this service.
    await starQuestion(database.db, user.id, "coding-lru");
    const after = await shared.find(user.id, "coding-lru");
    expect(after.ok && after.value.starred).toBe(true);
  });
});

describe("matching an If-None-Match header", () => {
  const etag = '"abc.def.ghi"';

  it("matches the tag itself, its weak form, a list holding it, and *", () => {
    expect(matchesEtag(etag, etag)).toBe(true);
    expect(matchesEtag(`W/${etag}`, etag)).toBe(true);
    expect(matchesEtag(`"other", ${etag}`, etag)).toBe(true);
    expect(matchesEtag("*", etag)).toBe(true);
  });

  it("does not match another tag or a missing header", () => {
    expect(matchesEtag('"abc.def.xyz"', etag)).toBe(false);
    expect(matchesEtag(undefined, etag)).toBe(false);
  });
});
