import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../../tests/support/factories.ts";
import { DATABASE_TARGETS } from "../../../../tests/support/test-database.ts";
import { openDatabase, type Database } from "../../../node/db/database.ts";
import { ensureLocalUser } from "../../../node/db/users-repository.ts";
import { MAX_DRAFT_CHARACTERS } from "../../../core/api/problems.ts";
import { testApp } from "../../../../tests/support/test-app.ts";

interface ErrorReply {
  error: { code: string; message: string; details?: unknown };
}
interface DraftReply {
  language: string;
  code: string | null;
  updatedAt: string | null;
}

/**
 * The file's one PGlite. Its blocks read the catalog, or write as users they make themselves, so
 * none sees another's rows.
 */
let fileDatabase: Database;

beforeAll(async () => {
  fileDatabase = await openDatabase({ kind: "memory" });
});

afterAll(() => fileDatabase.close());

describe("the problems API", () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await testApp(fileDatabase, { user: await ensureLocalUser(fileDatabase.db) });
  });

  afterAll(() => app.close());

  it("lists every problem with what a list needs and nothing more", async () => {
    const response = await app.inject({ method: "GET", url: "/api/problems" });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ total: number; problems: Record<string, unknown>[] }>();
    expect(body.total).toBe(body.problems.length);
    expect(body.total).toBeGreaterThan(10);
    expect(body.problems.find((problem) => problem["id"] === "word-break")).toEqual({
      id: "word-break",
      title: "Word Break",
      difficulty: "medium",
      kind: "function",
      themes: expect.arrayContaining(["dynamic-programming"]) as unknown,
      summary: expect.any(String) as unknown,
    });
  });

  it("sends a problem with its statement, every case and the starters, not the solutions", async () => {
    const response = await app.inject({ method: "GET", url: "/api/problems/lru-cache" });
    expect(response.statusCode).toBe(200);
    const body = response.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      meta: { id: "lru-cache", kind: "class", entry: "LRUCache" },
      statement: expect.stringContaining("capacity") as unknown,
      solutionAvailable: true,
    });
    const tests = body["tests"] as { visible: unknown[]; hidden: unknown[] };
    expect(tests.visible.length).toBeGreaterThan(0);
    expect(tests.hidden.length).toBeGreaterThan(0);
    expect(Object.keys(body["starters"] as object).sort()).toEqual(["js", "py", "ts"]);
    expect(body).not.toHaveProperty("solutions");
    expect(response.body).not.toContain("moveToFront");
  });

  it("serves a reference solution per language", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/api/problems/word-break/solution/py",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: "word-break",
      language: "py",
      code: expect.stringContaining("def wordBreak") as unknown,
    });
  });

  it("answers 404 for a problem that does not exist, whatever is asked of it", async () => {
    for (const url of [
      "/api/problems/no-such-problem",
      "/api/problems/no-such-problem/solution/js",
      "/api/problems/no-such-problem/draft/js",
      "/api/problems/..%2F..%2Fpackage.json",
    ]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json<ErrorReply>().error.code).toBe("not-found");
    }
    const put = await app.inject({
      method: "PUT",
      url: "/api/problems/no-such-problem/draft/js",
      payload: { code: "x" },
    });
    expect(put.statusCode).toBe(404);
    expect(put.json<ErrorReply>().error.message).toBe('No problem has the id "no-such-problem".');
  });

  it("answers 400 naming the field for a language it does not know", async () => {
    for (const url of [
      "/api/problems/word-break/solution/rb",
      "/api/problems/word-break/draft/rb",
    ]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(400);
      const body = response.json<ErrorReply>();
      expect(body.error.code).toBe("invalid-request");
      expect(body.error.message).toContain("params.lang");
    }
  });

  it("refuses a draft that is not a string of code, too long, or over the body limit", async () => {
    const url = "/api/problems/word-break/draft/js";
    const missing = await app.inject({ method: "PUT", url, payload: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<ErrorReply>().error.message).toContain("body.code");

    const long = await app.inject({
      method: "PUT",
      url,
      payload: { code: "x".repeat(MAX_DRAFT_CHARACTERS + 1) },
    });
    expect(long.statusCode).toBe(400);
    expect(long.json<ErrorReply>().error.message).toContain("longer than");

    const huge = await app.inject({
      method: "PUT",
      url,
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ code: "\u0001".repeat(100_000) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json<ErrorReply>().error.code).toBe("payload-too-large");
  });
});

describe.each(DATABASE_TARGETS)("problem drafts on $name", ({ name, open }) => {
  let database: Database;
  let dispose = (): Promise<void> => Promise.resolve();

  // On PGlite the drafts reuse the file's database; another target is opened for this block.
  beforeAll(async () => {
    if (name === "PGlite") {
      database = fileDatabase;
      return;
    }
    const opened = await open();
    database = opened;
    dispose = () => opened.dispose();
  });

  afterAll(() => dispose());

  it("keeps each user's draft per problem and language, private to that user", async () => {
    const alice = await testApp(database, { user: await makeUser(database.db) });
    const bob = await testApp(database, { user: await makeUser(database.db) });
    try {
      const url = "/api/problems/word-break/draft/py";
      const before = await alice.inject({ method: "GET", url });
      expect(before.statusCode).toBe(200);
      expect(before.json<DraftReply>()).toEqual({ language: "py", code: null, updatedAt: null });

      const code = "def wordBreak(s, wordDict):\n    return True\n";
      const saved = await alice.inject({ method: "PUT", url, payload: { code } });
      expect(saved.statusCode).toBe(200);
      const { updatedAt } = saved.json<{ language: string; updatedAt: string }>();
      expect(saved.json()).toEqual({ language: "py", updatedAt });

      const read = (await alice.inject({ method: "GET", url })).json<DraftReply>();
      expect(read).toEqual({ language: "py", code, updatedAt });

      // Another language of the same problem, and the same language of another problem, are apart.
      const js = await alice.inject({ method: "GET", url: "/api/problems/word-break/draft/js" });
      expect(js.json<DraftReply>().code).toBeNull();
      const other = await alice.inject({ method: "GET", url: "/api/problems/lru-cache/draft/py" });
      expect(other.json<DraftReply>().code).toBeNull();

      // Bob sees none of Alice's draft, and his own save leaves hers alone.
      expect((await bob.inject({ method: "GET", url })).json<DraftReply>().code).toBeNull();
      await bob.inject({ method: "PUT", url, payload: { code: "# bob's attempt\n" } });
      expect((await bob.inject({ method: "GET", url })).json<DraftReply>().code).toBe(
        "# bob's attempt\n",
      );
      expect((await alice.inject({ method: "GET", url })).json<DraftReply>().code).toBe(code);

      // A save replaces the draft; an empty draft is kept as empty, not forgotten.
      await alice.inject({ method: "PUT", url, payload: { code: "" } });
      expect((await alice.inject({ method: "GET", url })).json<DraftReply>().code).toBe("");
    } finally {
      await alice.close();
      await bob.close();
    }
  });
});

describe("the files the browser's runner loads", () => {
  let app: FastifyInstance;
  let webDir: string;

  beforeAll(async () => {
    webDir = await mkdtemp(path.join(tmpdir(), "candor-web-"));
    await mkdir(path.join(webDir, "assets"));
    await writeFile(path.join(webDir, "index.html"), "<!doctype html><title>Candor</title>");
    await writeFile(path.join(webDir, "assets", "index-abc123.js"), "export {};");
    await writeFile(path.join(webDir, "assets", "runner-worker-javascript-worker-abc123.js"), "");
    app = await testApp(fileDatabase, {
      webDir,
    });
  });

  afterAll(async () => {
    await app.close();
    await rm(webDir, { recursive: true, force: true });
  });

  it("serves Pyodide's runtime from the installed package at /pyodide/", async () => {
    const loader = await app.inject({ method: "GET", url: "/pyodide/pyodide.mjs" });
    expect(loader.statusCode).toBe(200);
    expect(loader.headers["content-type"]).toMatch(/javascript/);
    expect(loader.headers["etag"]).toBeDefined();
    const wasm = await app.inject({ method: "HEAD", url: "/pyodide/pyodide.asm.wasm" });
    expect(wasm.statusCode).toBe(200);
    expect(wasm.headers["content-type"]).toBe("application/wasm");
    for (const name of ["python_stdlib.zip", "pyodide-lock.json", "pyodide.asm.mjs"]) {
      const response = await app.inject({ method: "HEAD", url: `/pyodide/${name}` });
      expect(response.statusCode, name).toBe(200);
    }
  });

  it("serves none of the package's other files", async () => {
    const response = await app.inject({ method: "GET", url: "/pyodide/package.json" });
    expect(response.headers["content-type"]).toMatch(/text\/html/);
    expect(response.body).not.toContain('"name": "pyodide"');
  });

  it("lets only the runner's worker scripts import from blob: URLs", async () => {
    const page = await app.inject({ method: "GET", url: "/assets/index-abc123.js" });
    const pagePolicy = String(page.headers["content-security-policy"]);
    expect(pagePolicy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(pagePolicy).toContain("worker-src 'self' blob:");

    const worker = await app.inject({
      method: "GET",
      url: "/assets/runner-worker-javascript-worker-abc123.js",
    });
    const workerPolicy = String(worker.headers["content-security-policy"]);
    expect(workerPolicy).toContain("script-src 'self' 'wasm-unsafe-eval' blob:");
    expect(workerPolicy).toContain("object-src 'none'");
    expect(workerPolicy).toContain("default-src 'self'");
  });
});
