// The README's promise: logs carry error classes and request ids, never answer text, code or SQL
// parameters. Every error path is driven with text holding a unique marker, including 500s from
// the database whose messages quote the marker twice over (PostgreSQL's own message, and drizzle's
// "Failed query: … params: …"), and the whole log is searched for it.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES } from "../../src/server/app.ts";
import { errorBodyProblems } from "../support/error-body.ts";
import { storyBody } from "../support/story-app.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../support/test-database.ts";
import { testApp } from "../support/test-app.ts";

describe.each(DATABASE_TARGETS)("logs on $name", ({ open }) => {
  const marker = `marker-${randomUUID()}`;
  const answer = `I rewrote the billing job myself (${marker}) and it cut failures by half.`;
  const lines: string[] = [];
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await open();
    app = await testApp(database, {
      logLevel: "trace",
      logDestination: { write: (line) => lines.push(line) },
    });
  });

  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  const send = (options: InjectOptions) => app.inject(options);

  /** Makes the database refuse writes to `table`, quoting the written `column` in its message. */
  async function refuseWrites(table: string, column: string): Promise<void> {
    // Two statements: PGlite prepares each, and a prepared statement holds one command.
    await database.db.execute(
      sql.raw(`
        CREATE OR REPLACE FUNCTION refuse_${table}() RETURNS trigger AS $$
        BEGIN
          RAISE EXCEPTION 'refusing to store %', NEW.${column}::text;
        END;
        $$ LANGUAGE plpgsql
      `),
    );
    await database.db.execute(
      sql.raw(`
        CREATE TRIGGER refuse_${table} BEFORE INSERT OR UPDATE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION refuse_${table}()
      `),
    );
  }

  it("never writes the answer text, whatever the error", async () => {
    const story = await send({ method: "POST", url: "/api/stories", payload: storyBody() });
    expect(story.statusCode).toBe(201);
    const storyId = story.json<{ story: { id: string } }>().story.id;
    const interview = await send({
      method: "POST",
      url: "/api/interviews",
      payload: { round: "values" },
    });
    const interviewId = interview.json<{ id: string }>().id;

    const clientErrors: [InjectOptions, number][] = [
      [
        {
          method: "POST",
          url: "/api/analyze",
          payload: { text: `${answer}\u0000`, kind: "values" },
        },
        400,
      ],
      [{ method: "POST", url: "/api/analyze", payload: { text: answer, kind: marker } }, 400],
      [
        {
          method: "POST",
          url: "/api/analyze",
          payload: { text: answer, kind: "values", extra: answer },
        },
        400,
      ],
      [
        {
          method: "POST",
          url: "/api/stories",
          headers: { "content-type": "application/json" },
          payload: `{"title": "${marker}", "text": "${answer}`,
        },
        400,
      ],
      [
        {
          method: "POST",
          url: "/api/stories",
          payload: {
            ...storyBody(),
            text: answer.repeat(Math.ceil(BODY_LIMIT_BYTES / answer.length)),
          },
        },
        413,
      ],
      [
        {
          method: "POST",
          url: "/api/stories",
          headers: { "content-type": "application/xml" },
          payload: `<text>${answer}</text>`,
        },
        415,
      ],
      [
        {
          method: "PUT",
          url: `/api/stories/${storyId}`,
          payload: { ...storyBody(), title: `\ud800${marker}` },
        },
        400,
      ],
      [
        {
          method: "POST",
          url: `/api/interviews/${randomUUID()}/answers`,
          payload: { text: answer },
        },
        404,
      ],
      [
        {
          method: "POST",
          url: `/api/interviews/${interviewId}/answers`,
          payload: { text: answer, turn: 9 },
        },
        409,
      ],
      [{ method: "GET", url: `/api/questions?q=${encodeURIComponent(answer)}` }, 200],
      [
        {
          method: "POST",
          url: `/api/interviews/${interviewId}/answers`,
          headers: { origin: "http://evil.example" },
          payload: { text: answer },
        },
        403,
      ],
      [
        {
          method: "POST",
          url: "/api/analyze",
          headers: { host: "evil.example" },
          payload: { text: answer, kind: "values" },
        },
        403,
      ],
      [{ method: "PATCH", url: `/api/stories/${storyId}`, payload: { text: answer } }, 405],
    ];
    for (const [options, status] of clientErrors) {
      const response = await send(options);
      expect(response.statusCode, JSON.stringify([options.method, options.url])).toBe(status);
    }

    // Now the database itself fails, with messages that quote what was written.
    await refuseWrites("story_versions", "text");
    await refuseWrites("interviews", "state");
    await refuseWrites("code_drafts", "code");
    const serverErrors: InjectOptions[] = [
      { method: "POST", url: "/api/stories", payload: storyBody({ text: answer }) },
      { method: "PUT", url: `/api/stories/${storyId}`, payload: storyBody({ text: answer }) },
      { method: "POST", url: `/api/interviews/${interviewId}/answers`, payload: { text: answer } },
      { method: "PUT", url: "/api/problems/lru-cache/draft/js", payload: { code: `// ${answer}` } },
    ];
    const requestIds: string[] = [];
    for (const options of serverErrors) {
      const response = await send(options);
      expect(response.statusCode, JSON.stringify([options.method, options.url])).toBe(500);
      expect(errorBodyProblems(500, response.body)).toEqual([]);
      expect(response.body).not.toContain(marker);
      const body = response.json<{ error: { details: { requestId: string } } }>();
      expect(body.error.details.requestId).toBe(response.headers["x-request-id"]);
      requestIds.push(body.error.details.requestId);
    }
    const streamed = await send({
      method: "POST",
      url: `/api/interviews/${interviewId}/answers`,
      headers: { accept: "text/event-stream" },
      payload: { text: answer },
    });
    expect(streamed.body).toContain('"code":"internal-error"');
    expect(streamed.body).not.toContain(marker);

    const log = lines.join("");
    expect(log).not.toContain(marker);
    expect(log).not.toContain("Failed query");
    expect(log).not.toMatch(/refusing to store/);
    // The log still says what failed and for which request.
    const failures = lines
      .map((line) => JSON.parse(line) as { msg?: string; reqId?: string; err?: { type?: string } })
      .filter((entry) => entry.msg === "request failed");
    expect(failures.map((entry) => entry.reqId)).toEqual(requestIds);
    expect(failures.every((entry) => entry.err?.type === "DrizzleQueryError")).toBe(true);
    expect(log).toContain("streaming an answer failed");
  });
});
