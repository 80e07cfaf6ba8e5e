import { connect } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorBodyProblems } from "../../../tests/support/error-body.ts";
import { fixturePack } from "../../../tests/support/pack-fixture.ts";
import { BODY_LIMIT_BYTES } from "../app.ts";
import { openDatabase, type Database } from "../../node/db/database.ts";
import { MAX_PARAM_LENGTH } from "./errors-plugin.ts";
import { testApp } from "../../../tests/support/test-app.ts";

let app: FastifyInstance;
let database: Database;
const lines: string[] = [];

beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
  app = await testApp(database, {
    packs: [fixturePack()],
    logLevel: "error",
    logDestination: { write: (line) => lines.push(line) },
  });
  // A route that fails the way a database error does: a message that quotes the user's input.
  app.get("/boom", () => {
    throw new Error('Failed query: insert into "stories" values ($1)\nparams: my secret answer');
  });
});

afterAll(async () => {
  await app.close();
  await database.close();
});

type ErrorJson = { error: { code: string; message: string; details?: unknown } };

describe("Fastify's own refusals, in the documented shape", () => {
  it.each([
    ["a path that is not valid percent-encoding", "GET", "/api/packs/%ZZ", 400, "invalid-request"],
    ["a path holding invalid UTF-8", "GET", "/api/packs/%ED%A0%80", 400, "invalid-request"],
    [
      "an id one character too long",
      "GET",
      `/api/packs/${"a".repeat(101)}`,
      400,
      "invalid-request",
    ],
    [
      "a path part over the router's limit",
      "GET",
      `/api/stories/${"a".repeat(MAX_PARAM_LENGTH + 1)}`,
      400,
      "invalid-request",
    ],
    ["an unknown API path", "GET", "/api/nothing-here", 404, "not-found"],
    ["an unknown method", "PROPFIND", "/api/packs", 405, "method-not-allowed"],
  ])("answers %s", async (_, method, url, status, code) => {
    const response = await app.inject({ method: method as "GET", url });
    expect(response.statusCode).toBe(status);
    expect(errorBodyProblems(status, response.body)).toEqual([]);
    expect(response.json<ErrorJson>().error.code).toBe(code);
    expect(response.body).not.toContain("FST_");
  });

  it("names the parameter when an id is too long", async () => {
    const response = await app.inject({ method: "GET", url: `/api/packs/${"a".repeat(101)}` });
    expect(response.json<ErrorJson>().error.message).toMatch(/^params\.packId: /);
  });

  it("says a body is missing when a POST sends none, not that null is not an object", async () => {
    const response = await app.inject({ method: "POST", url: "/api/analyze" });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorJson>().error.message).toBe(
      "body: is missing: send a JSON object (Content-Type: application/json)",
    );
  });

  it("answers 405 with the methods the path accepts", async () => {
    const response = await app.inject({ method: "PATCH", url: "/api/stories" });
    expect(response.statusCode).toBe(405);
    expect(response.headers["allow"]).toBe("GET, HEAD, POST");
  });

  it.each([
    ["broken JSON", "application/json", "{not json", 400, "invalid-json"],
    ["an empty JSON body", "application/json", "", 400, "invalid-json"],
    [
      "a prototype-poisoning body",
      "application/json",
      '{"__proto__": {"x": 1}}',
      400,
      "invalid-json",
    ],
    ["a content type it does not read", "application/xml", "<a/>", 415, "unsupported-media-type"],
    [
      "a body over the limit",
      "application/json",
      JSON.stringify({ text: "x".repeat(BODY_LIMIT_BYTES) }),
      413,
      "payload-too-large",
    ],
  ])("answers %s", async (_, contentType, payload, status, code) => {
    const response = await app.inject({
      method: "POST",
      url: "/api/analyze",
      headers: { "content-type": contentType },
      payload,
    });
    expect(response.statusCode).toBe(status);
    expect(errorBodyProblems(status, response.body)).toEqual([]);
    expect(response.json<ErrorJson>().error.code).toBe(code);
  });
});

describe("a 500", () => {
  it("tells the client its request id and nothing of the error", async () => {
    const response = await app.inject({ method: "GET", url: "/boom" });
    expect(response.statusCode).toBe(500);
    const body = response.json<ErrorJson>();
    const requestId = String(response.headers["x-request-id"]);
    expect(body).toEqual({
      error: {
        code: "internal-error",
        message: `Something went wrong on our side. If it keeps happening, report request ${requestId}.`,
        details: { requestId },
      },
    });
  });

  it("logs the error's class and the request id, not its message", async () => {
    lines.length = 0;
    const response = await app.inject({ method: "GET", url: "/boom" });
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toEqual([
      expect.objectContaining({
        reqId: response.headers["x-request-id"],
        msg: "request failed",
        err: expect.objectContaining({ type: "Error" }) as unknown,
      }),
    ]);
    expect(lines.join("")).not.toMatch(/secret|Failed query|params/);
  });
});

describe("requests Node's HTTP parser refuses", () => {
  let port: number;

  beforeAll(async () => {
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    port = typeof address === "object" && address !== null ? address.port : 0;
  });

  /** Sends raw bytes and returns everything the server wrote back before closing. */
  function sendRaw(bytes: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host: "127.0.0.1" }, () => socket.end(bytes));
      let received = "";
      socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
      socket.on("close", () => resolve(received));
      socket.on("error", reject);
    });
  }

  it.each([
    ["a malformed request line", "NOT HTTP AT ALL\r\n\r\n", 400, "invalid-request"],
    [
      "headers over Node's limit",
      `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
      431,
      "headers-too-large",
    ],
  ])("answers %s in the documented shape", async (_, bytes, status, code) => {
    const received = await sendRaw(bytes);
    expect(received.startsWith(`HTTP/1.1 ${String(status)} `)).toBe(true);
    const body = received.slice(received.indexOf("\r\n\r\n") + 4);
    expect(errorBodyProblems(status, body)).toEqual([]);
    expect(JSON.parse(body)).toMatchObject({ error: { code } });
  });
});
