import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  startFakeLlmServer,
  type FakeLlmServer,
} from "../../../../tests/support/fake-llm-server.ts";
import type { SecondOpinion } from "../../../core/analysis/second-opinion.ts";
import { loadPacks } from "../../../node/content/load-packs.ts";
import { openDatabase, type Database } from "../../../node/db/database.ts";
import { loadLanguageModel } from "../../llm/language-model.ts";
import { SHIPPED_CONTENT_DIR } from "../../../node/content/content-dir.ts";
import { testApp } from "../../../../tests/support/test-app.ts";

const ANSWER =
  "In March I pushed a config change to the payments gateway without a canary, and checkout was down for 23 minutes. My stomach dropped when the alert fired. I rolled it back and wrote the postmortem myself.";

const BODY = { text: ANSWER, kind: "behavioral", question: "Tell me about a time you failed." };

let database: Database;
let fake: FakeLlmServer;
let offline: FastifyInstance;
const apps: Record<"anthropic" | "openai-compatible", FastifyInstance> = {} as never;

beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
  const packs = await loadPacks(SHIPPED_CONTENT_DIR);
  if (!packs.ok) throw new Error("the shipped content does not validate");
  const base = { packs: packs.value };
  fake = await startFakeLlmServer();
  offline = await testApp(database, base);
  const anthropic = await loadLanguageModel({
    kind: "anthropic",
    apiKey: "test",
    model: "fake",
    baseUrl: fake.baseUrl,
  });
  const compatible = await loadLanguageModel({
    kind: "openai-compatible",
    baseUrl: fake.baseUrl,
    model: "fake",
  });
  apps.anthropic = await testApp(database, {
    ...base,
    llm: anthropic && { ...anthropic, timeoutMs: 500 },
  });
  apps["openai-compatible"] = await testApp(database, {
    ...base,
    llm: compatible && { ...compatible, timeoutMs: 500 },
  });
});

afterAll(async () => {
  await Promise.all([offline.close(), apps.anthropic.close(), apps["openai-compatible"].close()]);
  await fake.close();
  await database.close();
});

function reply(value: unknown) {
  fake.setScenario({ kind: "success", text: JSON.stringify(value) });
}

interface Answered {
  offline: { overall: number; flags: { code: string }[] };
  secondOpinion: SecondOpinion;
  comparison: { agreed: string[]; offlineOnly: string[]; secondOnly: string[] };
}

describe("the second opinion", () => {
  it("says when no language model is configured, and answers 503 with how to enable one", async () => {
    const status = await offline.inject({ method: "GET", url: "/api/second-opinion" });
    expect(status.json()).toEqual({ available: false });
    const response = await offline.inject({
      method: "POST",
      url: "/api/second-opinion",
      payload: BODY,
    });
    expect(response.statusCode).toBe(503);
    expect(response.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: "no-language-model",
      message: expect.stringContaining("ANTHROPIC_API_KEY") as unknown,
    });
  });

  it.each(["anthropic", "openai-compatible"] as const)(
    "keeps the model's verified judgement and compares it with the offline coach (%s)",
    async (provider) => {
      reply({
        overall: 3,
        overallQuotes: ["I rolled it back and wrote the postmortem myself"],
        readsAs: "genuine",
        flags: [
          {
            code: "no-reflection",
            message: "No lesson or change.",
            quotes: ["wrote the postmortem myself"],
          },
        ],
      });
      const response = await apps[provider].inject({
        method: "POST",
        url: "/api/second-opinion",
        payload: BODY,
      });
      expect(response.statusCode).toBe(200);
      const body = response.json<Answered>();
      expect(body.secondOpinion.overall).toBe(3);
      expect(body.secondOpinion.flags.map((flag) => flag.code)).toEqual(["no-reflection"]);
      for (const flag of body.secondOpinion.flags) {
        for (const e of flag.evidence) expect(ANSWER.slice(e.start, e.end)).toBe(e.quote);
      }
      const codes = [
        ...body.comparison.agreed,
        ...body.comparison.offlineOnly,
        ...body.comparison.secondOnly,
      ].sort();
      const union = new Set([
        ...body.offline.flags.map((flag) => flag.code),
        ...body.secondOpinion.flags.map((flag) => flag.code),
      ]);
      expect(codes).toEqual([...union].sort());
      // The answer went to the model fenced as data.
      expect(JSON.stringify(fake.requests.at(-1)?.body)).toContain("<answer>");
    },
  );

  it("drops invented quotes, the flags that rest on them, and a score with no real quote", async () => {
    reply({
      overall: 5,
      overallQuotes: ["I took full ownership and cut incidents by 40%"],
      readsAs: "genuine",
      flags: [
        { code: "vague", message: "Vague.", quotes: ["we improved efficiency across the board"] },
        { code: "no-reflection", message: "No lesson.", quotes: ["My stomach dropped"] },
      ],
    });
    const response = await apps.anthropic.inject({
      method: "POST",
      url: "/api/second-opinion",
      payload: BODY,
    });
    const body = response.json<Answered>();
    expect(body.secondOpinion.overall).toBeUndefined();
    expect(body.secondOpinion.flags.map((flag) => flag.code)).toEqual(["no-reflection"]);
    expect(body.secondOpinion.droppedQuotes).toBe(2);
  });

  it("never lets the model's opinion change the offline analysis", async () => {
    // Kept out of the history, so the answer is the analysis alone, with no attempt id.
    const plain = await offline.inject({
      method: "POST",
      url: "/api/analyze",
      payload: { ...BODY, record: false },
    });
    reply({ overall: 1, overallQuotes: ["checkout was down"], readsAs: "mixed", flags: [] });
    const withModel = await apps.anthropic.inject({
      method: "POST",
      url: "/api/second-opinion",
      payload: BODY,
    });
    expect(withModel.json<Answered>().offline).toEqual(plain.json());
  });

  it.each([
    [{ kind: "hang" } as const, "did not answer in time"],
    [{ kind: "status", status: 429 } as const, "rate-limiting"],
    [{ kind: "status", status: 529 } as const, "overloaded"],
    [{ kind: "garbage" } as const, ""],
    [{ kind: "success", text: "Sure! The answer is great." } as const, "not a usable"],
  ])("answers 502 with the reason when the provider fails (%o)", async (scenario, reason) => {
    fake.setScenario(scenario);
    const response = await apps.anthropic.inject({
      method: "POST",
      url: "/api/second-opinion",
      payload: BODY,
    });
    expect(response.statusCode).toBe(502);
    const error = response.json<{ error: { code: string; message: string } }>().error;
    expect(error.code).toBe("language-model-failed");
    expect(error.message).toContain(reason);
  });

  it("refuses an empty answer before asking the model", async () => {
    const before = fake.requests.length;
    const response = await apps.anthropic.inject({
      method: "POST",
      url: "/api/second-opinion",
      payload: { ...BODY, text: "   " },
    });
    expect(response.statusCode).toBe(400);
    expect(fake.requests.length).toBe(before);
  });
});

const DESIGN = `## Estimation
50 million requests a day is about 580 per second, so 3,000 per second at peak.

## Failure modes
If Redis is unreachable the gateways fall back to local buckets and fail open for paid tiers.`;

const DESIGN_BODY = { questionId: "design-ai-api-rate-limiting", text: DESIGN };

interface DesignAnswered {
  offline: { overall: number; steps: { step: string; score: number }[] };
  secondOpinion: {
    overall?: number;
    steps: {
      step: string;
      verdict: string;
      evidence: { start: number; end: number; quote: string }[];
    }[];
    droppedQuotes: number;
  };
  comparison: { step: string; agrees?: boolean }[];
}

describe("the second opinion on a design", () => {
  it("answers 503 without a model, after the same checks as the review", async () => {
    const response = await offline.inject({
      method: "POST",
      url: "/api/design-reviews/second-opinion",
      payload: DESIGN_BODY,
    });
    expect(response.statusCode).toBe(503);
    expect(response.json<{ error: { code: string } }>().error.code).toBe("no-language-model");
    const unknown = await offline.inject({
      method: "POST",
      url: "/api/design-reviews/second-opinion",
      payload: { ...DESIGN_BODY, questionId: "no-such-design" },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("keeps the steps its quotes support, drops invented ones, and compares step by step", async () => {
    reply({
      overall: 2,
      overallQuotes: ["so 3,000 per second at peak"],
      steps: [
        {
          step: "estimation",
          verdict: "strong",
          comment: "Peak worked out.",
          quotes: ["580 per second"],
        },
        {
          step: "api",
          verdict: "strong",
          comment: "Good calls.",
          quotes: ["POST /v1/limits returns 429"],
        },
        { step: "data-model", verdict: "missing", comment: "No keys at all.", quotes: [] },
      ],
    });
    const response = await apps.anthropic.inject({
      method: "POST",
      url: "/api/design-reviews/second-opinion",
      payload: DESIGN_BODY,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<DesignAnswered>();
    expect(body.secondOpinion.overall).toBe(2);
    expect(body.secondOpinion.steps.map((step) => step.step)).toEqual(["estimation", "data-model"]);
    expect(body.secondOpinion.droppedQuotes).toBe(1);
    for (const step of body.secondOpinion.steps) {
      for (const e of step.evidence) expect(DESIGN.slice(e.start, e.end)).toBe(e.quote);
    }
    expect(body.comparison.find((c) => c.step === "data-model")?.agrees).toBe(true);
    // The design went to the model fenced as data.
    expect(JSON.stringify(fake.requests.at(-1)?.body)).toContain("<design>");
  });

  it("answers 502 with the reason when the provider fails, and 400 for an empty design", async () => {
    fake.setScenario({ kind: "status", status: 529 });
    const failed = await apps.anthropic.inject({
      method: "POST",
      url: "/api/design-reviews/second-opinion",
      payload: DESIGN_BODY,
    });
    expect(failed.statusCode).toBe(502);
    expect(failed.json<{ error: { message: string } }>().error.message).toContain("overloaded");
    const before = fake.requests.length;
    const empty = await apps.anthropic.inject({
      method: "POST",
      url: "/api/design-reviews/second-opinion",
      payload: { ...DESIGN_BODY, text: "  " },
    });
    expect(empty.statusCode).toBe(400);
    expect(fake.requests.length).toBe(before);
  });
});
