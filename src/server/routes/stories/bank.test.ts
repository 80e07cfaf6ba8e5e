import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../../tests/support/factories.ts";
import { storyBody } from "../../../../tests/support/story-app.ts";
import { testApp } from "../../../../tests/support/test-app.ts";
import { openDatabase, type Database } from "../../../node/db/database.ts";
import { ensureLocalUser } from "../../../node/db/users-repository.ts";

interface Detail {
  story: { id: string };
  latest: { text: string };
  versions: unknown[];
}

let database: Database;
/** The local user's app. */
let alice: FastifyInstance;

beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
  alice = await testApp(database, { user: await ensureLocalUser(database.db) });
});

afterAll(async () => {
  await alice.close();
  await database.close();
});

/** A fresh user with an app of their own over the same database. */
async function newUserApp(): Promise<FastifyInstance> {
  return testApp(database, { user: await makeUser(database.db) });
}

async function create(app: FastifyInstance, overrides: Record<string, unknown> = {}) {
  const response = await app.inject({
    method: "POST",
    url: "/api/stories",
    payload: storyBody(overrides),
  });
  expect(response.statusCode).toBe(201);
  return response.json<Detail>();
}

describe("two users", () => {
  it("cannot read, change or delete each other's stories", async () => {
    const bob = await newUserApp();
    try {
      const secret = await create(alice, { title: "Alice's secret story" });
      const url = `/api/stories/${secret.story.id}`;

      for (const request of [
        { method: "GET" as const, url },
        { method: "PUT" as const, url, payload: storyBody({ text: "Bob was here." }) },
        { method: "DELETE" as const, url },
        { method: "GET" as const, url: `${url}/versions/1` },
      ]) {
        const response = await bob.inject(request);
        expect(response.statusCode).toBe(404);
        // The same answer as for an id that never existed: nothing reveals that it does.
        expect(response.json<{ error: { code: string } }>().error.code).toBe("not-found");
      }
      const bobList = await bob.inject({ method: "GET", url: "/api/stories" });
      expect(bobList.json()).toEqual({ stories: [] });
      const bobExport = await bob.inject({ method: "GET", url: "/api/stories/export" });
      expect(bobExport.body).not.toContain("Alice's secret story");
      const bobCoverage = await bob.inject({ method: "GET", url: "/api/stories/coverage" });
      expect(bobCoverage.json<{ stories: unknown[] }>().stories).toEqual([]);

      const intact = (await alice.inject({ method: "GET", url })).json<Detail>();
      expect(intact.versions).toHaveLength(1);
      expect(intact.latest.text).toBe(storyBody().text);
    } finally {
      await bob.close();
    }
  });
});

describe("GET /api/stories/coverage", () => {
  it("lists the questions each story covers, and the spoken questions none covers", async () => {
    const app = await newUserApp();
    try {
      const empty = await app.inject({ method: "GET", url: "/api/stories/coverage" });
      expect(empty.json()).toMatchObject({
        minSharedThemes: 2,
        spokenQuestionCount: 3,
        coveredQuestionCount: 0,
        stories: [],
      });

      const changed = await create(app, { themes: ["changed-mind"] });
      const custom = await create(app, {
        storyType: "custom",
        customTypeLabel: "Owning up",
        themes: ["honesty", "ownership"],
      });
      const response = await app.inject({ method: "GET", url: "/api/stories/coverage" });
      const coverage = response.json<{
        coveredQuestionCount: number;
        stories: {
          id: string;
          questions: { id: string; via: string; sharedThemes?: string[] }[];
        }[];
        uncovered: { id: string }[];
      }>();
      expect(coverage.stories.find((s) => s.id === changed.story.id)?.questions).toMatchObject([
        { id: "values-changed-mind", via: "type" },
      ]);
      expect(coverage.stories.find((s) => s.id === custom.story.id)?.questions).toMatchObject([
        { id: "behavioral-owned", via: "themes", sharedThemes: ["ownership", "honesty"] },
        { id: "values-honest-mistake", via: "themes", sharedThemes: ["honesty", "ownership"] },
      ]);
      expect(coverage.uncovered).toEqual([]);
      expect(coverage.coveredQuestionCount).toBe(3);
    } finally {
      await app.close();
    }
  });
});

describe("export and import", () => {
  it("exports the bank as Markdown and imports it into another bank without loss", async () => {
    const source = await newUserApp();
    const target = await newUserApp();
    try {
      await create(source, {
        title: "## <!-- not a comment --> & *stars*",
        storyType: "custom",
        customTypeLabel: "Mentoring — 日本",
        tags: [],
        themes: [],
        text: "# A heading in the text\n\n<!-- kept -->\n\n```\nfenced\n```\n\nÜnïcødé 🚀",
      });
      await create(source, { title: "Second" });

      const exported = await source.inject({ method: "GET", url: "/api/stories/export" });
      expect(exported.statusCode).toBe(200);
      expect(exported.headers["content-type"]).toBe("text/markdown; charset=utf-8");
      expect(exported.headers["content-disposition"]).toContain("candor-stories.md");

      const imported = await target.inject({
        method: "POST",
        url: "/api/stories/import",
        payload: { markdown: exported.body },
      });
      expect(imported.statusCode).toBe(201);
      expect(imported.json<{ imported: number }>().imported).toBe(2);

      const again = await target.inject({ method: "GET", url: "/api/stories/export" });
      expect(again.body).toBe(exported.body);
      const list = await target.inject({ method: "GET", url: "/api/stories" });
      const stories = list.json<{ stories: { latestVersion: number; scores: unknown }[] }>()
        .stories;
      expect(stories.every((story) => story.latestVersion === 1)).toBe(true);
    } finally {
      await source.close();
      await target.close();
    }
  });

  it("refuses a malformed document with 400 naming the line, importing nothing", async () => {
    const app = await newUserApp();
    try {
      const markdown = [
        "# Candor story bank",
        "",
        "## Fine",
        "- Type: failure",
        "```",
        "I broke the build.",
        "```",
        "## Broken",
        "- Type: heroics",
        "```",
        "text",
        "```",
      ].join("\n");
      const response = await app.inject({
        method: "POST",
        url: "/api/stories/import",
        payload: { markdown },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: {
          code: "invalid-story-bank",
          message: expect.stringMatching(/^Line 9: The type must be one of: /) as string,
          details: { line: 9 },
        },
      });
      const list = await app.inject({ method: "GET", url: "/api/stories" });
      expect(list.json()).toEqual({ stories: [] });

      const notABank = await app.inject({
        method: "POST",
        url: "/api/stories/import",
        payload: { markdown: "just some notes" },
      });
      expect(notABank.json<{ error: { message: string } }>().error.message).toMatch(/^Line 1: /);
      const noBody = await app.inject({ method: "POST", url: "/api/stories/import", payload: {} });
      expect(noBody.statusCode).toBe(400);
      expect(noBody.json<{ error: { message: string } }>().error.message).toContain(
        "body.markdown",
      );
    } finally {
      await app.close();
    }
  });
});
