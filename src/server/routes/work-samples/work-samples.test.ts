import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../../tests/support/factories.ts";
import { testApp } from "../../../../tests/support/test-app.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../../tests/support/test-database.ts";
import type { GradedReview } from "../../../core/work-samples/review-grader.ts";
import type { WorkSampleSummary, WorkSampleView } from "../../../core/api/work-samples.ts";

interface ErrorReply {
  error: { code: string; message: string };
}
interface DraftReply {
  files: Record<string, string> | null;
  findings: { file: string; line: number; text: string }[] | null;
  updatedAt: string | null;
}

describe.each(DATABASE_TARGETS)("the work-samples API on $name", ({ open }) => {
  let database: TestDatabase;
  let alice: FastifyInstance;
  let bob: FastifyInstance;

  beforeAll(async () => {
    database = await open();
    alice = await testApp(database, {
      user: await makeUser(database.db, { displayName: "Alice" }),
    });
    bob = await testApp(database, { user: await makeUser(database.db, { displayName: "Bob" }) });
  });

  afterAll(async () => {
    await alice.close();
    await bob.close();
    await database.dispose();
  });

  it("lists every sample with its kind and language", async () => {
    const response = await alice.inject({ method: "GET", url: "/api/work-samples" });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ total: number; samples: WorkSampleSummary[] }>();
    expect(body.total).toBe(body.samples.length);
    expect(new Set(body.samples.map((sample) => sample.kind))).toEqual(
      new Set(["debug", "refactor", "extend", "review"]),
    );
    expect(body.samples.find((sample) => sample.id === "invoice-totals")).toMatchObject({
      kind: "debug",
      language: "js",
      files: 4,
    });
  });

  it("serves a sample's brief, files and cases, but not its reference solution", async () => {
    const response = await alice.inject({
      method: "GET",
      url: "/api/work-samples/job-queue-retries",
    });
    expect(response.statusCode).toBe(200);
    const sample = response.json<WorkSampleView & { solution?: unknown }>();
    expect(sample.meta).toMatchObject({ kind: "extend", entry: "JobQueue", entryKind: "class" });
    expect(sample.brief).toContain("fail(id, nowMs)");
    expect(sample.files.map((file) => file.path)).toContain("src/job-queue.ts");
    expect(sample.tests.visible.length).toBeGreaterThan(0);
    expect(sample.tests.hidden.length).toBeGreaterThan(0);
    expect(sample.newCases.length).toBeGreaterThan(0);
    expect(sample.solution).toBeUndefined();
    expect(response.body).not.toContain("deadLetters(): string[] {");
  });

  it("serves a review's diff and issue count, never its answer key", async () => {
    const response = await alice.inject({
      method: "GET",
      url: "/api/work-samples/config-overrides-review",
    });
    const sample = response.json<WorkSampleView>();
    expect(sample.review?.diff).toContain("+++ b/src/env.ts");
    expect(sample.review?.issueCount).toBe(6);
    expect(response.body).not.toContain("explanation");
    expect(response.body).not.toContain("terms");
  });

  it("answers 404 for an unknown sample", async () => {
    for (const url of [
      "/api/work-samples/no-such-sample",
      "/api/work-samples/no-such-sample/draft",
    ]) {
      const response = await alice.inject({ method: "GET", url });
      expect(response.statusCode).toBe(404);
      expect(response.json<ErrorReply>().error.code).toBe("not-found");
    }
  });

  it("keeps each user's draft of a sample apart", async () => {
    const url = "/api/work-samples/invoice-totals/draft";
    const empty = await alice.inject({ method: "GET", url });
    expect(empty.json<DraftReply>()).toEqual({ files: null, findings: null, updatedAt: null });

    const files = { "src/money.js": "export const toCents = () => 0;\n" };
    const saved = await alice.inject({ method: "PUT", url, payload: { files } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<{ updatedAt: string }>().updatedAt).toMatch(/^\d{4}-/);

    const mine = (await alice.inject({ method: "GET", url })).json<DraftReply>();
    expect(mine.files).toEqual(files);
    expect(mine.findings).toBeNull();
    const theirs = (await bob.inject({ method: "GET", url })).json<DraftReply>();
    expect(theirs).toEqual({ files: null, findings: null, updatedAt: null });

    await bob.inject({ method: "PUT", url, payload: { files: { "src/tax.js": "// Bob's\n" } } });
    expect((await alice.inject({ method: "GET", url })).json<DraftReply>().files).toEqual(files);
    expect((await bob.inject({ method: "GET", url })).json<DraftReply>().files).toEqual({
      "src/tax.js": "// Bob's\n",
    });
  });

  it("accepts a new module in the sample's language, and refuses other files", async () => {
    const url = "/api/work-samples/log-summary/draft";
    const added = await alice.inject({
      method: "PUT",
      url,
      payload: { files: { "log_summary.py": "x = 1\n", "log_formats.py": "y = 2\n" } },
    });
    expect(added.statusCode).toBe(200);
    for (const files of [{ "notes.md": "hi" }, { "../escape.py": "x" }]) {
      const refused = await alice.inject({ method: "PUT", url, payload: { files } });
      expect(refused.statusCode).toBe(400);
      expect(refused.json<ErrorReply>().error.code).toBe("invalid-request");
    }
  });

  it("keeps a review's findings as its draft, and refuses files for it", async () => {
    const url = "/api/work-samples/config-overrides-review/draft";
    const findings = [{ file: "src/env.ts", line: 26, text: "Boolean('false') is true" }];
    expect((await alice.inject({ method: "PUT", url, payload: { findings } })).statusCode).toBe(
      200,
    );
    expect((await alice.inject({ method: "GET", url })).json<DraftReply>().findings).toEqual(
      findings,
    );
    const refused = await alice.inject({
      method: "PUT",
      url,
      payload: { files: { "src/env.ts": "" } },
    });
    expect(refused.statusCode).toBe(400);
    const both = await alice.inject({ method: "PUT", url, payload: {} });
    expect(both.statusCode).toBe(400);
  });

  it("grades a review: found and missed issues with explanations, and false positives", async () => {
    const response = await bob.inject({
      method: "POST",
      url: "/api/work-samples/config-overrides-review/review",
      payload: {
        findings: [
          {
            file: "src/env.ts",
            line: 26,
            text: 'Boolean("false") is true, so the flag is always on',
          },
          {
            file: "src/load-config.ts",
            line: 31,
            text: "This logs the database password in plain text",
          },
          { file: "src/merge.ts", line: 2, text: "Naming: isPlain could be clearer" },
          { file: "src/load-config.ts", line: 30, text: "I do not like this line" },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    const graded = response.json<GradedReview>();
    expect(graded.found.map((entry) => [entry.issue.id, entry.findings])).toEqual([
      ["boolean-parse", [0]],
      ["logs-secrets", [1]],
    ]);
    expect(graded.found[0]?.issue.explanation).toContain("Boolean(raw)");
    expect(graded.missed.map((issue) => issue.id)).toEqual([
      "number-coercion",
      "swallowed-parse-error",
      "precedence",
      "mutates-defaults",
    ]);
    expect(graded.falsePositives).toEqual([
      { finding: 2, reason: "no-issue-here" },
      { finding: 3, reason: "not-named", issueId: "precedence" },
    ]);
    expect(graded.score).toEqual({ found: 2, total: 6, falsePositives: 2 });
    expect(response.body).not.toContain("terms");
  });

  it("refuses a review of a sample that is not one, and malformed findings", async () => {
    const notReview = await alice.inject({
      method: "POST",
      url: "/api/work-samples/invoice-totals/review",
      payload: { findings: [] },
    });
    expect(notReview.statusCode).toBe(404);
    const malformed = await alice.inject({
      method: "POST",
      url: "/api/work-samples/config-overrides-review/review",
      payload: { findings: [{ file: "src/env.ts", line: 0, text: "" }] },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<ErrorReply>().error.code).toBe("invalid-request");
  });
});
