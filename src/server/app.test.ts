import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePack } from "../../tests/support/pack-fixture.ts";
import { openDatabase, type Database } from "../node/db/database.ts";
import { ensureLocalUser } from "../node/db/users-repository.ts";
import { buildApp, BODY_LIMIT_BYTES } from "./app.ts";
import { listQuestionsResponseSchema } from "../core/api/questions.ts";
import { SHIPPED_CONTENT_DIR } from "../node/content/content-dir.ts";

let app: FastifyInstance;
let database: Database;

beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
  app = await buildApp({
    contentDir: SHIPPED_CONTENT_DIR,
    database,
    packs: [fixturePack()],
    localUser: await ensureLocalUser(database.db),
    version: "9.9.9-test",
    logLevel: "silent",
  });
});

afterAll(async () => {
  await app.close();
  await database.close();
});

describe("GET /api/health", () => {
  it("reports ok, the version and the database kind, with security headers", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", version: "9.9.9-test", database: "pglite" });
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["content-security-policy"]).toContain("media-src 'self' blob:");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });
});

describe("GET /api/questions", () => {
  it("lists every question with its star", async () => {
    const response = await app.inject({ method: "GET", url: "/api/questions" });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ total: number; questions: { id: string; starred: boolean }[] }>();
    expect(body.total).toBe(3);
    expect(body.questions.every((question) => !question.starred)).toBe(true);
  });

  it("filters by round and category", async () => {
    const byRound = await app.inject({ method: "GET", url: "/api/questions?round=values" });
    expect(byRound.json<{ questions: { id: string }[] }>().questions.map((q) => q.id)).toEqual([
      "values-changed-mind",
      "behavioral-owned",
    ]);
    const byCategory = await app.inject({ method: "GET", url: "/api/questions?category=coding" });
    expect(byCategory.json<{ total: number }>().total).toBe(1);
  });

  it("searches the text", async () => {
    const response = await app.inject({ method: "GET", url: "/api/questions?q=cache" });
    expect(response.json<{ questions: { id: string }[] }>().questions.map((q) => q.id)).toEqual([
      "coding-lru",
    ]);
  });

  it("sends a body that keeps the list's contract, with an ETag the client can revalidate", async () => {
    const response = await app.inject({ method: "GET", url: "/api/questions?round=values" });
    expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("no-cache");
    const parsed = listQuestionsResponseSchema.safeParse(response.json());
    expect(parsed.success).toBe(true);
    const etag = response.headers["etag"];
    expect(typeof etag).toBe("string");

    const again = await app.inject({
      method: "GET",
      url: "/api/questions?round=values",
      headers: { "if-none-match": `W/${String(etag)}, "other"` },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    const otherQuery = await app.inject({ method: "GET", url: "/api/questions?round=coding" });
    expect(otherQuery.headers["etag"]).not.toBe(etag);
  });

  it("changes the body and the ETag when a listed question is starred", async () => {
    const before = await app.inject({ method: "GET", url: "/api/questions?q=cache" });
    await app.inject({ method: "PUT", url: "/api/questions/coding-lru/star" });
    const revalidated = await app.inject({
      method: "GET",
      url: "/api/questions?q=cache",
      headers: { "if-none-match": String(before.headers["etag"]) },
    });
    await app.inject({ method: "DELETE", url: "/api/questions/coding-lru/star" });
    expect(revalidated.statusCode).toBe(200);
    expect(revalidated.headers["etag"]).not.toBe(before.headers["etag"]);
    expect(revalidated.json<{ questions: { starred: boolean }[] }>().questions).toEqual([
      expect.objectContaining({ id: "coding-lru", starred: true }),
    ]);
    const unstarred = await app.inject({ method: "GET", url: "/api/questions?q=cache" });
    expect(unstarred.headers["etag"]).toBe(before.headers["etag"]);
  });

  it("answers 400 naming the field for an unknown round", async () => {
    const response = await app.inject({ method: "GET", url: "/api/questions?round=lunch" });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe("invalid-request");
    expect(body.error.message).toContain("querystring.round");
  });

  it("answers 400 for a value of the wrong type", async () => {
    const response = await app.inject({ method: "GET", url: "/api/questions?q=one&q=two" });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe("invalid-request");
    expect(body.error.message).toContain("querystring.q");
  });

  it("answers 404 for an unknown question id", async () => {
    const response = await app.inject({ method: "GET", url: "/api/questions/no-such-question" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: {
        code: "not-found",
        message: 'No question has the id "no-such-question".',
        details: { id: "no-such-question" },
      },
    });
  });
});

describe("stars", () => {
  it("stars and unstars a question", async () => {
    const star = await app.inject({ method: "PUT", url: "/api/questions/coding-lru/star" });
    expect(star.json()).toEqual({ id: "coding-lru", starred: true });
    const read = await app.inject({ method: "GET", url: "/api/questions/coding-lru" });
    expect(read.json<{ starred: boolean }>().starred).toBe(true);
    const unstar = await app.inject({ method: "DELETE", url: "/api/questions/coding-lru/star" });
    expect(unstar.json()).toEqual({ id: "coding-lru", starred: false });
  });

  it("refuses to star a question that does not exist", async () => {
    const response = await app.inject({ method: "PUT", url: "/api/questions/nope/star" });
    expect(response.statusCode).toBe(404);
  });
});

describe("bad requests", () => {
  it("answers 400 invalid-json for a broken body", async () => {
    const response = await app.inject({
      method: "PUT",
      url: "/api/questions/coding-lru/star",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { code: string } }>().error.code).toBe("invalid-json");
  });

  it("answers 413 for a body over the limit", async () => {
    const response = await app.inject({
      method: "PUT",
      url: "/api/questions/coding-lru/star",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ text: "x".repeat(BODY_LIMIT_BYTES + 10) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json<{ error: { code: string } }>().error.code).toBe("payload-too-large");
  });

  it("answers a JSON 404 for an unknown API path", async () => {
    const response = await app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json<{ error: { code: string } }>().error.code).toBe("not-found");
  });
});

describe("GET /api/packs", () => {
  it("lists the packs and serves a guide section", async () => {
    const list = await app.inject({ method: "GET", url: "/api/packs" });
    expect(list.json<{ packs: { id: string }[] }>().packs.map((p) => p.id)).toEqual(["example"]);
    const section = await app.inject({ method: "GET", url: "/api/packs/example/guide/process" });
    expect(section.json<{ body: string }>().body).toContain("## Stages");
    const missing = await app.inject({ method: "GET", url: "/api/packs/example/guide/nope" });
    expect(missing.statusCode).toBe(404);
  });
});
