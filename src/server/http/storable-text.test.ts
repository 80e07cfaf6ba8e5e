import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storyBody } from "../../../tests/support/story-app.ts";
import { openDatabase, type Database } from "../../node/db/database.ts";
import { describeUnstorableText, findUnstorableText } from "./storable-text.ts";
import { testApp } from "../../../tests/support/test-app.ts";

describe("describeUnstorableText", () => {
  it.each([
    ["plain text", "I owned the migration."],
    ["an emoji (a surrogate pair)", "shipped it 🚀 on time"],
    ["accents and scripts", "Je pensais — 我改变了主意"],
    ["other control characters", "tab\there, bell \u0007"],
    ["the replacement character", "\ufffd"],
  ])("accepts %s", (_, text) => {
    expect(describeUnstorableText(text)).toBeUndefined();
  });

  it.each([
    ["a NUL", "ab\u0000c", "NUL character (U+0000) at character 3"],
    [
      "a lone high surrogate at the end",
      "cut \ud83d",
      "unpaired surrogate (U+D83D) at character 5",
    ],
    ["a lone low surrogate", "x\udc00y", "unpaired surrogate (U+DC00) at character 2"],
    ["two high surrogates", "\ud800\ud800\udc00", "unpaired surrogate (U+D800) at character 1"],
  ])("refuses %s and says where", (_, text, expected) => {
    expect(describeUnstorableText(text)).toContain(expected);
  });
});

describe("findUnstorableText", () => {
  it("names the nested field", () => {
    const body = { title: "ok", findings: [{ file: "a.ts", text: "fine" }, { text: "bad\u0000" }] };
    expect(findUnstorableText(body, "body")?.field).toBe("body.findings[1].text");
  });

  it("checks object keys too", () => {
    const problem = findUnstorableText({ files: { "src/a\u0000.ts": "x" } }, "body");
    expect(problem?.field).toBe("body.files");
    expect(problem?.message).toMatch(/^has a key that contains a NUL/);
  });

  it("walks a body nested a hundred thousand levels deep without overflowing", () => {
    let value: unknown = "bottom\ud800";
    for (let level = 0; level < 100_000; level += 1) value = [value];
    const problem = findUnstorableText(value, "body");
    expect(problem?.field).toMatch(/^body(\[0\]){100000}$/);
  });

  it("passes raw bytes without walking them", () => {
    const bytes = Buffer.alloc(20 * 1024 * 1024);
    const started = performance.now();
    expect(findUnstorableText(bytes, "body")).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(50);
  });

  it("passes numbers, booleans, null and clean strings", () => {
    expect(findUnstorableText({ a: [1, true, null, "x"], b: { c: "y" } }, "body")).toBeUndefined();
  });
});

describe("the rule on every route", () => {
  let app: FastifyInstance;
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase({ kind: "memory" });
    app = await testApp(database);
  });

  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it.each([
    [
      "a story's text",
      "POST",
      "/api/stories",
      storyBody({ text: "I was wrong\u0000." }),
      "body.text",
    ],
    ["a story's title", "POST", "/api/stories", storyBody({ title: "Wrong \ud800" }), "body.title"],
    ["an answer", "POST", "/api/analyze", { text: "a\udfffb", kind: "values" }, "body.text"],
    ["a draft", "PUT", "/api/problems/lru-cache/draft/js", { code: "//\u0000" }, "body.code"],
    [
      "a work-sample file",
      "PUT",
      "/api/work-samples/invoice-totals/draft",
      { files: { "src/a.js": "\u0000" } },
      "body.files.src/a.js",
    ],
    ["an import", "POST", "/api/stories/import", { markdown: "# \u0000" }, "body.markdown"],
    ["a query string", "GET", "/api/questions?q=%00", undefined, "querystring.q"],
    ["a path parameter", "GET", "/api/stories/%00", undefined, "params.id"],
  ])("refuses %s with a 400 naming the field", async (_, method, url, payload, field) => {
    const response = await app.inject({
      method: method as "GET",
      url,
      ...(payload === undefined ? {} : { payload }),
    });
    expect(response.statusCode).toBe(400);
    const body = response.json<{
      error: { code: string; message: string; details: { issues: { field: string }[] } };
    }>();
    expect(body.error.code).toBe("invalid-request");
    expect(body.error.message.startsWith(`${field}: contains`)).toBe(true);
    expect(body.error.details.issues).toEqual([expect.objectContaining({ field })]);
  });

  it("keeps nothing of a refused story", async () => {
    await app.inject({
      method: "POST",
      url: "/api/stories",
      payload: storyBody({ text: "\u0000" }),
    });
    const list = await app.inject({ method: "GET", url: "/api/stories" });
    expect(list.json<{ stories: unknown[] }>().stories).toEqual([]);
  });

  it("saves a story with emoji and every other character as typed", async () => {
    const text = "I said no 🙅 to the launch — and I was right. Ça a marché.";
    const created = await app.inject({
      method: "POST",
      url: "/api/stories",
      payload: storyBody({ text }),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json<{ latest: { text: string } }>().latest.text).toBe(text);
  });
});
