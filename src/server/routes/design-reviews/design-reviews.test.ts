import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHIPPED_CONTENT_DIR } from "../../../node/content/content-dir.ts";
import { loadPacks } from "../../../node/content/load-packs.ts";
import { openDatabase, type Database } from "../../../node/db/database.ts";
import { createAnalysisPool } from "../../analysis/analysis-pool.ts";
import { DESIGN_STEPS } from "../../../core/design/steps.ts";
import { testApp } from "../../../../tests/support/test-app.ts";

const QUESTION = "design-ai-api-rate-limiting";

const DESIGN = `## Requirements
- Each customer key must be limited on tokens per minute as well as requests per minute.
- The limiter should add less than 5 ms at p99 to each request.

## Estimation
- 50 million requests a day is about 580 per second; at a 5x peak that is 2,900 requests per second.

## Failure modes
- If the Redis counter store is unreachable, the gateway fails open for paid tiers using its local buckets.
`;

let database: Database;
let app: FastifyInstance;
/** Sends every design, however short, to a pool thread. */
let pooled: FastifyInstance;

beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
  const packs = await loadPacks(SHIPPED_CONTENT_DIR);
  if (!packs.ok) throw new Error("the shipped content does not validate");
  app = await testApp(database, { packs: packs.value });
  const analysis = createAnalysisPool({ inlineChars: 10, maxThreads: 1 });
  pooled = await testApp(database, { packs: packs.value, analysis });
  pooled.addHook("onClose", () => analysis.close());
});

afterAll(async () => {
  await Promise.all([app.close(), pooled.close()]);
  await database.close();
});

function review(server: FastifyInstance, body: unknown) {
  return server.inject({ method: "POST", url: "/api/design-reviews", payload: body as object });
}

describe("POST /api/design-reviews", () => {
  it("answers the contract: an overall, every step with quotes from the text, suggestions", async () => {
    const response = await review(app, { questionId: QUESTION, text: DESIGN });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      overall: number;
      steps: {
        step: string;
        score: number;
        found: { evidence: { start: number; end: number; quote: string }[] }[];
        missing: string[];
      }[];
      suggestions: string[];
    }>();
    expect(body.overall).toBeGreaterThanOrEqual(1);
    expect(body.overall).toBeLessThanOrEqual(3);
    expect(body.steps.map((step) => step.step)).toEqual(DESIGN_STEPS);
    for (const step of body.steps) {
      for (const found of step.found) {
        for (const quote of found.evidence)
          expect(DESIGN.slice(quote.start, quote.end)).toBe(quote.quote);
      }
    }
    expect(body.steps.find((step) => step.step === "api")?.missing[0]).toMatch(
      /Add a section headed "API"/,
    );
    expect(body.suggestions.length).toBeGreaterThan(0);
  });

  it("gives the same review from a pool thread as inline", async () => {
    const inline = await review(app, { questionId: QUESTION, text: DESIGN });
    const threaded = await review(pooled, { questionId: QUESTION, text: DESIGN });
    expect(threaded.statusCode).toBe(200);
    expect(threaded.json()).toEqual(inline.json());
  });

  it("answers 404 for an unknown id and for a question that is not a design question", async () => {
    for (const questionId of ["no-such-question", "values-acted-against-own-values"]) {
      const response = await review(app, { questionId, text: DESIGN });
      expect(response.statusCode).toBe(404);
      expect(response.json<{ error: { message: string } }>().error.message).toContain(questionId);
    }
  });

  it("answers 400 naming the field for a missing, oversized or unexpected field", async () => {
    const missingText = await review(app, { questionId: QUESTION });
    expect(missingText.statusCode).toBe(400);
    expect(missingText.body).toContain("text");
    const huge = await review(app, { questionId: QUESTION, text: "x ".repeat(20_000) });
    expect(huge.statusCode).toBe(400);
    expect(huge.body).toContain("30,000");
    const extra = await review(app, { questionId: QUESTION, text: DESIGN, score: 5 });
    expect(extra.statusCode).toBe(400);
  });

  it("reviews an empty design as missing every step", async () => {
    const response = await review(app, { questionId: QUESTION, text: "" });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ overall: number }>().overall).toBe(1);
  });

  it("reads a diagram sent with the design: its components count, and a disagreement is named", async () => {
    const diagram = {
      elements: [
        { id: "gw", type: "rectangle", x: 10, y: 10, width: 120, height: 60 },
        { id: "gw-text", type: "text", text: "Gateway", containerId: "gw" },
        { id: "rd", type: "rectangle", x: 300, y: 10, width: 120, height: 60 },
        { id: "rd-text", type: "text", text: "Redis counter store", containerId: "rd" },
        { id: "bill", type: "text", text: "Billing service", containerId: null },
        {
          id: "arrow",
          type: "arrow",
          startBinding: { elementId: "gw", focus: 0, gap: 4 },
          endBinding: { elementId: "rd", focus: 0, gap: 4 },
        },
      ],
      appState: { viewBackgroundColor: "#ffffff" },
    };
    const response = await review(app, { questionId: QUESTION, text: DESIGN, diagram });
    expect(response.statusCode).toBe(200);
    const highLevel = response
      .json<{
        steps: { step: string; score: number; found: { point: string }[]; missing: string[] }[];
      }>()
      .steps.find((step) => step.step === "high-level");
    expect(highLevel?.found.map((found) => found.point).join("\n")).toContain(
      "Gateway → Redis counter store",
    );
    expect(highLevel?.missing.join("\n")).toContain(
      'The diagram and the text disagree: "Billing service" is in the diagram',
    );
    const threaded = await review(pooled, { questionId: QUESTION, text: DESIGN, diagram });
    expect(threaded.json()).toEqual(response.json());
  });

  it("answers 400 for a diagram that is not a scene, has too many elements or weighs too much", async () => {
    const cases: [unknown, string][] = [
      [[{ id: "a", type: "text" }], "diagram"],
      [{ elements: [{ type: "text" }] }, "id"],
      [
        { elements: Array.from({ length: 2_001 }, (_, i) => ({ id: String(i), type: "line" })) },
        "2,000 elements",
      ],
      [{ elements: [{ id: "a", type: "text" }], padding: "x".repeat(200_000) }, "200,000 bytes"],
    ];
    for (const [diagram, named] of cases) {
      const response = await review(app, { questionId: QUESTION, text: DESIGN, diagram });
      expect(response.statusCode, named).toBe(400);
      expect(response.body).toContain(named);
    }
  });
});

describe("GET /api/questions/:id/reference-design", () => {
  it("gives the reference design with its own review, which scores 5", async () => {
    const response = await app.inject({
      method: "GET",
      url: `/api/questions/${QUESTION}/reference-design`,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      questionId: string;
      text: string;
      review: { overall: number; steps: { missing: string[] }[] };
    }>();
    expect(body.questionId).toBe(QUESTION);
    expect(body.text).toMatch(/^## Requirements/);
    expect(body.review.overall).toBe(5);
    expect(body.review.steps.flatMap((step) => step.missing)).toEqual([]);
  });

  it("says plainly when a question has no reference design, or is not a design question", async () => {
    for (const id of ["design-web-crawler", "no-such-question"]) {
      const response = await app.inject({
        method: "GET",
        url: `/api/questions/${id}/reference-design`,
      });
      expect(response.statusCode).toBe(404);
      expect(response.json<{ error: { message: string } }>().error.message).toContain(id);
    }
  });
});
