import { readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPacks } from "../../src/node/content/load-packs.ts";
import { openDatabase, type Database } from "../../src/node/db/database.ts";
import { SHIPPED_CONTENT_DIR } from "../../src/node/content/content-dir.ts";
import { testApp } from "../support/test-app.ts";

/**
 * Whole interviews driven through the HTTP API with scripted answers: what the interviewer asks
 * must follow from what was asked and what was said, whatever the wording.
 */

interface Turn {
  kind: "question" | "follow-up" | "pushback" | "end";
  text: string;
  targets: string[];
}

let database: Database;
let app: FastifyInstance;

beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
  const packs = await loadPacks(SHIPPED_CONTENT_DIR);
  if (!packs.ok) throw new Error("the shipped content does not validate");
  app = await testApp(database, {
    packs: packs.value,
  });
});

afterAll(async () => {
  await app.close();
  await database.close();
});

/** Every turn the interviewer asked and every answer given, in order. */
interface Run {
  id: string;
  turns: Turn[];
  answers: string[];
}

async function start(payload: object): Promise<Run> {
  const response = await app.inject({ method: "POST", url: "/api/interviews", payload });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json<{ id: string; turn: Turn }>();
  return { id: body.id, turns: [body.turn], answers: [] };
}

/** Answers the open turn; returns the next turn. */
async function answer(run: Run, text: string): Promise<Turn> {
  const response = await app.inject({
    method: "POST",
    url: `/api/interviews/${run.id}/answers`,
    payload: { text },
  });
  expect(response.statusCode, response.body).toBe(200);
  const turn = response.json<{ turn: Turn }>().turn;
  run.answers.push(text);
  run.turns.push(turn);
  return turn;
}

/** Answers the first question's thread with `script` (the last line repeats) until it moves on. */
async function answerThread(run: Run, script: readonly string[]): Promise<Turn[]> {
  const followUps: Turn[] = [];
  for (let i = 0; i < 8; i += 1) {
    const turn = await answer(run, script[Math.min(i, script.length - 1)] ?? "");
    if (turn.kind === "question" || turn.kind === "end") return followUps;
    followUps.push(turn);
  }
  throw new Error("the interviewer never moved on from the first question");
}

function quotesOf(turns: readonly Turn[]): string[] {
  return turns
    .filter((turn) => turn.kind !== "question")
    .flatMap((turn) => [...turn.text.matchAll(/“([^”]+)”/g)].map((match) => match[1] ?? ""));
}

/** Each quoted anchor: three words or more, one sentence of one answer, never quoted twice. */
function expectGoodQuotes(run: Run) {
  const quotes = quotesOf(run.turns);
  for (const quote of quotes) {
    expect(quote.split(/\s+/).length, quote).toBeGreaterThanOrEqual(3);
    const source = run.answers.find((text) => text.includes(quote));
    expect(source, `"${quote}" is not the candidate's words`).toBeDefined();
    expect(quote, "a quote runs across a sentence end").not.toMatch(/[.!?]\s/);
    // Whole words: the quote neither starts nor ends inside a written word.
    const at = source?.indexOf(quote) ?? 0;
    expect(source?.[at - 1] ?? " ", quote).toMatch(/[\s"“(]/);
    expect(source?.[at + quote.length] ?? " ", quote).toMatch(/[\s.,;:!?)"”]/);
  }
  const keys = quotes.map((quote) => quote.toLowerCase());
  expect(new Set(keys).size, keys.join(" | ")).toBe(keys.length);
}

const STORY_ASKS =
  /what did you feel|how did it (land|turn out)|what happened in the end|final outcome|do differently/i;

describe("the interviewer, through the HTTP API", () => {
  it("never asks a hypothetical for feelings, an outcome or a lesson", async () => {
    const run = await start({
      round: "values",
      question: {
        kind: "values",
        prompt:
          "Your team's headline benchmark turns out to be inflated by test leakage, and the paper is due Friday. What do you do?",
      },
    });
    const followUps = await answerThread(run, [
      "I would tell my lead the same day and ask to pull the headline number until we rerun it.",
      "Okay.",
      "It's a hypothetical, so I would just follow the process.",
    ]);
    expect(followUps.length).toBeGreaterThan(0);
    for (const turn of followUps) {
      expect(turn.targets).not.toContain("no-feelings");
      expect(turn.targets).not.toContain("no-outcome");
      expect(turn.targets).not.toContain("no-reflection");
      expect(turn.text).not.toMatch(STORY_ASKS);
    }
    expectGoodQuotes(run);
  });

  it("probes a design on the design, never on a story checklist", async () => {
    const run = await start({
      round: "system-design",
      question: {
        kind: "design",
        prompt: "Design a rate limiter for a public AI API that serves many customers.",
      },
    });
    const followUps = await answerThread(run, [
      "I'd keep a token bucket per API key in Redis and refill it with a Lua script, so each check is one atomic call.",
      "We'd run about 50k requests a second across 20 gateways, so roughly 2,500 each.",
      "If Redis goes down I'd fail open for a minute on local buckets, because refusing everyone is worse.",
      "The trade-off is accuracy against latency: local buckets over-admit a little.",
    ]);
    expect(followUps.length).toBeGreaterThan(0);
    for (const turn of followUps) {
      expect(turn.targets).toEqual([]);
      expect(turn.text).not.toMatch(STORY_ASKS);
    }
    // Numbers came in the second answer, so scale is never asked about after it.
    const afterNumbers = followUps.slice(1).map((turn) => turn.text);
    for (const text of afterNumbers) expect(text).not.toMatch(/how many requests|rough figures/i);
    expectGoodQuotes(run);
  });

  it("probes a bank design question where the design review finds it thin, and reports by step", async () => {
    const run = await start({ round: "system-design", questionId: "design-ai-api-rate-limiting" });
    // Numbers worked out, and what fails named, but no word on how it degrades.
    const degradation = await answer(
      run,
      "About 50 million requests a day is 50M / 86,400 = 580 requests per second, so 3,000 per second at peak. Each gateway keeps a token bucket per key and syncs its counts to Redis every 100 ms. Redis can go down, and a gateway can crash.",
    );
    expect(degradation.kind).toBe("follow-up");
    expect(degradation.targets).toEqual([]);
    expect(degradation.text).toMatch(/overloaded|down|shed|keeps working/i);
    expect(degradation.text).not.toMatch(STORY_ASKS);
    // Said now: the next probe moves to another step and never asks the numbers again.
    const next = await answer(
      run,
      "If Redis is unreachable, the gateways fall back to their local buckets and fail open for paid tiers, and shed free-tier traffic first.",
    );
    expect(next.text).not.toMatch(
      /overloaded or one of its stores|how many requests|rough figures/i,
    );
    const report = await app.inject({ method: "GET", url: `/api/interviews/${run.id}/report` });
    const body = report.json<{
      questions: { design?: { overall: number; steps: { step: string; score: number }[] } }[];
      fixes: { topic: { kind: string } }[];
    }>();
    const design = body.questions[0]?.design;
    expect(design?.steps.map((step) => step.step)).toContain("failure-modes");
    expect(design?.steps.find((step) => step.step === "failure-modes")?.score).toBeGreaterThan(0);
    // What to fix comes from the design's steps, not from candor flags on a design answer.
    expect(body.fixes.length).toBeGreaterThan(0);
    for (const fix of body.fixes) expect(fix.topic.kind).toBe("design-step");
  });

  it("moves on once the design review finds nothing missing", async () => {
    const run = await start({ round: "system-design", questionId: "design-ai-api-rate-limiting" });
    const reference = readFileSync(
      path.join(
        SHIPPED_CONTENT_DIR,
        "packs/anthropic/reference-designs/design-ai-api-rate-limiting.md",
      ),
      "utf8",
    );
    const next = await answer(run, reference);
    expect(next.kind).not.toBe("follow-up");
  });

  it("does not ask again for what an answer already covered", async () => {
    const run = await start({
      round: "behavioral",
      question: {
        kind: "behavioral",
        prompt: "Tell me about a time a migration you led went wrong.",
      },
    });
    const followUps = await answerThread(run, [
      "In March 2023 I led the billing database move to Postgres and the cut-over double-charged 312 customers. I felt sick when the first ticket came in, because I had signed off the dry run myself. I rolled it back within 40 minutes and refunded everyone by the next morning. Since then I run every cut-over against a copy of production first.",
      "I rewrote the dry-run checklist myself and we have had no double charges since.",
    ]);
    for (const turn of followUps) {
      for (const covered of ["no-feelings", "no-outcome", "no-reflection", "we-not-i"]) {
        expect(turn.targets).not.toContain(covered);
      }
    }
    expectGoodQuotes(run);
  });

  it("presses a vague group answer, and reports where the answer ran out", async () => {
    const run = await start({
      round: "behavioral",
      question: {
        kind: "behavioral",
        prompt: "Tell me about a hard technical decision on your team.",
      },
    });
    const first = await answer(
      run,
      "The team decided together to move the queue to Kafka. We talked about it a lot and everyone agreed it went well.",
    );
    expect(first.kind).toBe("follow-up");
    expect(first.targets).toEqual(["we-not-i"]);
    expect(first.text).toMatch(/your part|you yourself|you personally/i);
    await answer(run, "We decided as a team and we rolled it out together; everyone agreed.");
    const report = await app.inject({ method: "GET", url: `/api/interviews/${run.id}/report` });
    const notes = report.json<{ ranOut: { target: string; quote: string; probe: string }[] }>()
      .ranOut;
    expect(notes.map((note) => note.target)).toContain("we-not-i");
    expect(notes[0]?.probe).toBe(first.text);
    expectGoodQuotes(run);
  });

  it("keeps the deep dive on the project the candidate named, to the edge", async () => {
    const run = await start({
      round: "hiring-manager",
      questionId: "behavioral-project-end-to-end",
    });
    const followUps = await answerThread(run, [
      "The project I'm proudest of is the Kafka-based invoice pipeline at Acme, which replaced a nightly batch job. I designed the partitioning scheme myself and wrote the consumer in Go.",
      "I picked Kafka over RabbitMQ because we needed replay; I measured a 3x throughput gap on our 2 million invoices a day before I argued for it.",
      "Honestly the failures were handled by others and it was mostly fine, things worked out.",
    ]);
    expect(followUps.length).toBeGreaterThanOrEqual(2);
    // Only the first follow-up names the project; the rest stay on "that project".
    expect(followUps[0]?.text).toContain("“Kafka-based invoice pipeline”");
    for (const turn of followUps.slice(1)) {
      expect(quotesOf([turn])).toEqual([]);
      expect(turn.text).toMatch(/that project|it/i);
    }
    const report = await app.inject({ method: "GET", url: `/api/interviews/${run.id}/report` });
    const deepDive = report.json<{ deepDive: { depth: number; edge?: { quote: string } }[] }>()
      .deepDive;
    expect(deepDive[0]?.edge?.quote).toMatch(/handled by others|mostly fine/);
    expectGoodQuotes(run);
  });
});
