import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePack } from "../../../tests/support/pack-fixture.ts";
import { openDatabase, type Database } from "../../node/db/database.ts";
import { checkRequestSource, parseHostHeader, serverHostNames } from "./request-origin.ts";
import { testApp } from "../../../tests/support/test-app.ts";

describe("parseHostHeader", () => {
  it.each([
    ["localhost:5170", { name: "localhost", port: "5170" }],
    ["LOCALHOST", { name: "localhost", port: undefined }],
    ["127.0.0.1:80", { name: "127.0.0.1", port: "80" }],
    ["[::1]:5170", { name: "[::1]", port: "5170" }],
    ["candor.example.com", { name: "candor.example.com", port: undefined }],
  ])("reads %s", (header, expected) => {
    expect(parseHostHeader(header)).toEqual(expected);
  });

  it.each(["", "a:b:c", "user@evil.example", "evil.example/path", "[::1", "host:99999999"])(
    "refuses %j",
    (header) => {
      expect(parseHostHeader(header)).toBeUndefined();
    },
  );
});

describe("checkRequestSource", () => {
  const allowed = new Set(["localhost"]);

  it("refuses a request with no Host header (HTTP/1.0)", () => {
    expect(checkRequestSource({ method: "GET", headers: {} }, allowed)?.code).toBe(
      "host-not-allowed",
    );
  });

  it("does not list the names it answers to, which a rebinding page could read", () => {
    const refusal = checkRequestSource(
      { method: "GET", headers: { host: "evil.example" } },
      allowed,
    );
    expect(refusal?.message).toContain('"evil.example"');
    expect(refusal?.message).not.toContain("127.0.0.1");
  });
});

describe("serverHostNames", () => {
  it("is the loopback names, the listening address and the public names", () => {
    expect(serverHostNames("127.0.0.1", [])).toEqual(["localhost", "127.0.0.1", "[::1]"]);
    expect(serverHostNames("192.168.1.20", ["Candor.LAN"])).toEqual([
      "localhost",
      "127.0.0.1",
      "[::1]",
      "candor.lan",
      "192.168.1.20",
    ]);
  });

  it("takes every address of the machine when listening on all of them", () => {
    const names = serverHostNames("0.0.0.0", []);
    expect(names).toContain("127.0.0.1");
    expect(names.every((name) => !name.includes("0.0.0.0"))).toBe(true);
  });
});

describe("requests from elsewhere", () => {
  let app: FastifyInstance;
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase({ kind: "memory" });
    app = await testApp(database, {
      packs: [fixturePack()],
      allowedHosts: ["localhost", "127.0.0.1", "[::1]", "candor.example.com"],
    });
  });

  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it.each(["localhost:5170", "127.0.0.1", "[::1]:5170", "candor.example.com"])(
    "answers a request addressed to %s",
    async (host) => {
      const response = await app.inject({ method: "GET", url: "/api/health", headers: { host } });
      expect(response.statusCode).toBe(200);
    },
  );

  // DNS rebinding: a page at http://rebind.evil.example:5170 whose name now resolves to 127.0.0.1.
  it.each(["rebind.evil.example:5170", "localhost.evil.example", "127.0.0.2", "[::2]"])(
    "refuses a request addressed to %j, reads included",
    async (host) => {
      const response = await app.inject({ method: "GET", url: "/api/stories", headers: { host } });
      expect(response.statusCode).toBe(403);
      const body = response.json<{ error: { code: string; message: string } }>();
      expect(body.error.code).toBe("host-not-allowed");
      expect(body.error.message).toContain("CANDOR_PUBLIC_HOST");
    },
  );

  it("refuses unknown names on every path, not only the API", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/pyodide/pyodide.mjs",
      headers: { host: "rebind.evil.example" },
    });
    expect(response.statusCode).toBe(403);
  });

  it.each([
    ["the same origin", { origin: "http://localhost:5170" }, 201],
    [
      "the same origin behind TLS",
      { origin: "https://candor.example.com", host: "candor.example.com" },
      201,
    ],
    ["no origin at all (curl, the CLI)", {}, 201],
    ["a same-site page without Origin", { "sec-fetch-site": "same-origin" }, 201],
    ["another origin", { origin: "http://evil.example" }, 403],
    ["another port of localhost", { origin: "http://localhost:3000" }, 403],
    ["an opaque origin", { origin: "null" }, 403],
    ["a cross-site page without Origin", { "sec-fetch-site": "cross-site" }, 403],
  ])(
    "answers a state-changing request from %s (headers %j) with %i",
    async (_, headers, status) => {
      const response = await app.inject({
        method: "POST",
        url: "/api/interviews",
        headers: { host: "localhost:5170", ...headers },
        payload: { round: "values" },
      });
      expect(response.statusCode).toBe(status);
      if (status === 403) {
        expect(response.json<{ error: { code: string } }>().error.code).toBe("origin-not-allowed");
      }
    },
  );

  it("lets another origin read, since without CORS headers its page cannot see the answer", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/api/questions",
      headers: { origin: "http://evil.example" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it.each(["PUT", "DELETE"] as const)("refuses a cross-origin %s", async (method) => {
    const response = await app.inject({
      method,
      url: "/api/questions/values-changed-mind/star",
      headers: { origin: "http://evil.example" },
    });
    expect(response.statusCode).toBe(403);
  });
});
