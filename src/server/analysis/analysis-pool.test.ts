import { afterEach, describe, expect, it } from "vitest";
import { analyzeAnswer, type AnalyzeInput } from "../../core/analysis/index.ts";
import { AppError } from "../http/errors.ts";
import { createAnalysisPool, type AnalysisRunner } from "./analysis-pool.ts";

const STORY =
  "In March I pushed back on shipping the ranking change before the bias audit finished. I lost " +
  "the argument and felt sick in that meeting. Two weeks later the audit found a 7% gap and we " +
  "rolled back; now I write the risk down before the meeting. ";

let pool: AnalysisRunner | undefined;

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe("createAnalysisPool", () => {
  it("gives a long answer, analysed on a worker thread, exactly the inline analysis", async () => {
    pool = createAnalysisPool({ inlineChars: 100, maxThreads: 1 });
    const input: AnalyzeInput = { kind: "values", text: STORY.repeat(3) };
    expect(await pool.analyze(input)).toEqual(analyzeAnswer(input));
  });

  it("returns an import's analyses in the order of its stories, failures included", async () => {
    pool = createAnalysisPool({ inlineChars: 100, maxThreads: 1 });
    const inputs: AnalyzeInput[] = [
      { kind: "values", text: STORY },
      { kind: "behavioral", text: "   " },
      { kind: "behavioral", text: STORY.repeat(2) },
    ];
    const results = await pool.analyzeMany(inputs);
    expect(results).toEqual(inputs.map((input) => analyzeAnswer(input)));
    expect(results[1]).toMatchObject({ ok: false, error: { code: "empty-answer" } });
  });

  it("refuses work beyond its queue with a 503 instead of letting it pile up", async () => {
    pool = createAnalysisPool({ inlineChars: 100, maxThreads: 1, maxQueue: 1 });
    const runner = pool;
    const settled = await Promise.allSettled(
      Array.from({ length: 6 }, () => runner.analyze({ kind: "values", text: STORY.repeat(4) })),
    );
    const refused = settled.filter((outcome) => outcome.status === "rejected");
    const answered = settled.filter((outcome) => outcome.status === "fulfilled");
    expect(answered.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeGreaterThanOrEqual(3);
    for (const outcome of refused) {
      expect(outcome.reason).toBeInstanceOf(AppError);
      expect(outcome.reason).toMatchObject({ code: "unavailable", status: 503 });
    }
  });

  it("analyses short text inline, so an everyday answer never waits for a thread", async () => {
    // With no room in the queue, anything sent to the pool would be refused.
    pool = createAnalysisPool({ inlineChars: 1_000, maxThreads: 1, maxQueue: 0 });
    const input: AnalyzeInput = { kind: "values", text: STORY };
    expect(await pool.analyze(input)).toEqual(analyzeAnswer(input));
    await expect(pool.analyze({ kind: "values", text: STORY.repeat(5) })).rejects.toMatchObject({
      code: "unavailable",
    });
  });
});
