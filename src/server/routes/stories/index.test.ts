import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storyBody } from "../../../../tests/support/story-app.ts";
import { testApp } from "../../../../tests/support/test-app.ts";
import type { Analysis } from "../../../core/analysis/index.ts";
import { BODY_LIMIT_BYTES } from "../../app.ts";
import { openDatabase, type Database } from "../../../node/db/database.ts";
import { ensureLocalUser } from "../../../node/db/users-repository.ts";

interface Detail {
  story: { id: string; title: string; tags: string[] };
  latest: { number: number; text: string; analysis: Analysis };
  versions: { number: number; scores: { overall: number; words: number } }[];
}
interface ErrorReply {
  error: { code: string; message: string; details?: unknown };
}

let app: FastifyInstance;
let database: Database;

beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
  app = await testApp(database, { user: await ensureLocalUser(database.db) });
});

afterAll(async () => {
  await app.close();
  await database.close();
});

async function create(overrides: Record<string, unknown> = {}): Promise<Detail> {
  const response = await app.inject({
    method: "POST",
    url: "/api/stories",
    payload: storyBody(overrides),
  });
  expect(response.statusCode).toBe(201);
  return response.json<Detail>();
}

describe("saving stories", () => {
  it("creates a story, scores it and lists it with its latest version", async () => {
    const created = await create();
    expect(created.latest.number).toBe(1);
    expect(created.latest.analysis.overall).toBeGreaterThanOrEqual(1);
    expect(created.latest.analysis.dimensions.honesty).toBeGreaterThanOrEqual(1);
    const quoted = created.latest.analysis.flags.flatMap((flag) => flag.evidence);
    for (const evidence of quoted) {
      expect(created.latest.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }

    const list = await app.inject({ method: "GET", url: "/api/stories" });
    const listed = list
      .json<{ stories: { id: string; latestVersion: number; scores: { overall: number } }[] }>()
      .stories.find((story) => story.id === created.story.id);
    expect(listed).toMatchObject({
      latestVersion: 1,
      scores: { overall: created.latest.analysis.overall },
    });
  });

  it("keeps every save as a numbered version with its own scores", async () => {
    const created = await create();
    const url = `/api/stories/${created.story.id}`;
    const edited = String(storyBody().text) + " I felt relieved when the team agreed.";
    const put = await app.inject({
      method: "PUT",
      url,
      payload: storyBody({ text: edited, title: "Renamed" }),
    });
    expect(put.statusCode).toBe(200);
    expect(put.json<Detail>().story.title).toBe("Renamed");

    const detail = (await app.inject({ method: "GET", url })).json<Detail>();
    expect(detail.latest).toMatchObject({ number: 2, text: edited });
    expect(detail.versions.map((version) => version.number)).toEqual([1, 2]);
    expect(detail.versions[1]?.scores.words).toBeGreaterThan(detail.versions[0]?.scores.words ?? 0);

    const first = await app.inject({ method: "GET", url: `${url}/versions/1` });
    expect(first.json<{ text: string; analysis: Analysis }>()).toMatchObject({
      text: storyBody().text,
      analysis: { overall: expect.any(Number) as number },
    });
  });

  it("deletes a story", async () => {
    const created = await create();
    const url = `/api/stories/${created.story.id}`;
    const deleted = await app.inject({ method: "DELETE", url });
    expect(deleted.statusCode).toBe(204);
    expect((await app.inject({ method: "GET", url })).statusCode).toBe(404);
  });
});

describe("bad saves", () => {
  it("refuses empty text with a clear message and loses nothing already saved", async () => {
    const empty = await app.inject({
      method: "POST",
      url: "/api/stories",
      payload: storyBody({ text: "  \n " }),
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<ErrorReply>().error).toMatchObject({
      code: "invalid-request",
      message: "body.text: is empty: write the story before saving it",
    });

    const created = await create();
    const url = `/api/stories/${created.story.id}`;
    const badPut = await app.inject({ method: "PUT", url, payload: storyBody({ text: "" }) });
    expect(badPut.statusCode).toBe(400);
    const detail = (await app.inject({ method: "GET", url })).json<Detail>();
    expect(detail.versions).toHaveLength(1);
    expect(detail.latest.text).toBe(storyBody().text);
  });

  it("refuses text over 60,000 characters, and a body over the limit", async () => {
    const long = await app.inject({
      method: "POST",
      url: "/api/stories",
      payload: storyBody({ text: "I decided. ".repeat(6_000) }),
    });
    expect(long.statusCode).toBe(400);
    expect(long.json<ErrorReply>().error.message).toBe(
      "body.text: is limited to 60,000 characters",
    );
    const huge = await app.inject({
      method: "POST",
      url: "/api/stories",
      payload: storyBody({ text: "x".repeat(BODY_LIMIT_BYTES + 10) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json<ErrorReply>().error.code).toBe("payload-too-large");
  });

  it("scores a story right at the limit", async () => {
    const text = "In 2023 I shipped the fix and I felt relieved. ".repeat(1_276);
    expect(text.length).toBeLessThanOrEqual(60_000);
    const created = await create({ text });
    expect(created.latest.analysis.stats.words).toBeGreaterThan(10_000);
  });

  it("answers 400 invalid-json for a broken body", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/stories",
      headers: { "content-type": "application/json" },
      payload: '{"title": "half',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorReply>().error.code).toBe("invalid-json");
  });

  it("names the field for unknown themes, types, labels and fields", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ themes: ["honesty", "gardening"] }, "body.themes[1]"],
      [{ storyType: "heroics" }, "body.storyType"],
      [{ storyType: "custom" }, "body.customTypeLabel"],
      [{ title: "" }, "body.title"],
      [{ owner: "someone" }, "body"],
    ];
    for (const [overrides, field] of cases) {
      const response = await app.inject({
        method: "POST",
        url: "/api/stories",
        payload: storyBody(overrides),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<ErrorReply>().error.message).toContain(field);
    }
  });
});

describe("unknown stories", () => {
  const unknown = "00000000-0000-4000-8000-000000000000";

  it("answers 404 for unknown and malformed ids on every route", async () => {
    for (const id of [unknown, "not-a-uuid", "%27%3B%20drop%20table%20stories"]) {
      const url = `/api/stories/${id}`;
      expect((await app.inject({ method: "GET", url })).statusCode).toBe(404);
      expect((await app.inject({ method: "PUT", url, payload: storyBody() })).statusCode).toBe(404);
      expect((await app.inject({ method: "DELETE", url })).statusCode).toBe(404);
      expect((await app.inject({ method: "GET", url: `${url}/versions/1` })).statusCode).toBe(404);
    }
  });

  it("answers 404 for a version that does not exist and 400 for one that cannot", async () => {
    const created = await create();
    const url = `/api/stories/${created.story.id}/versions`;
    expect((await app.inject({ method: "GET", url: `${url}/2` })).statusCode).toBe(404);
    const bad = await app.inject({ method: "GET", url: `${url}/first` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorReply>().error.message).toContain("params.number");
  });
});
