import type { LanguageModel } from "ai";
import { describe, expect, it } from "vitest";
import type { SecondOpinion } from "../../core/analysis/second-opinion.ts";
import { ERROR_CATALOGUE } from "../../core/api/errors.ts";
import { err, ok } from "../../core/result.ts";
import { inlineAnalysis } from "../analysis/analysis-pool.ts";
import type { askSecondOpinion } from "../llm/second-opinion.ts";
import { createSecondOpinionService } from "./second-opinion-service.ts";

const ANSWER =
  "In March I pushed a config change to the payments gateway without a canary, and checkout was down for 23 minutes. I rolled it back and wrote the postmortem myself.";

const OPINION: SecondOpinion = {
  overallEvidence: [],
  readsAs: "genuine",
  flags: [],
  droppedQuotes: 0,
};

/** A stand-in for the provider call that answers as told and counts its calls. */
function fakeAsk(answer: Awaited<ReturnType<typeof askSecondOpinion>>) {
  const calls: Parameters<typeof askSecondOpinion>[0][] = [];
  const ask: typeof askSecondOpinion = (options) => {
    calls.push(options);
    return Promise.resolve(answer);
  };
  return { ask, calls };
}

const llm = { model: {} as LanguageModel, description: "Test model", timeoutMs: 500 };

describe("the second-opinion service", () => {
  it("says whether a model is configured, and which", () => {
    expect(
      createSecondOpinionService({ llm: undefined, analysis: inlineAnalysis }).status(),
    ).toEqual({ available: false });
    expect(createSecondOpinionService({ llm, analysis: inlineAnalysis }).status()).toEqual({
      available: true,
      model: "Test model",
    });
  });

  it("answers no-language-model, with how to enable one, when none is configured", async () => {
    const service = createSecondOpinionService({ llm: undefined, analysis: inlineAnalysis });
    expect(await service.ask({ text: ANSWER, kind: "behavioral" })).toEqual({
      ok: false,
      error: { code: "no-language-model", message: ERROR_CATALOGUE["no-language-model"].message },
    });
  });

  it("refuses an empty answer as the offline coach does, before asking any model", async () => {
    const fake = fakeAsk(ok(OPINION));
    const withModel = createSecondOpinionService({ llm, analysis: inlineAnalysis, ask: fake.ask });
    const without = createSecondOpinionService({ llm: undefined, analysis: inlineAnalysis });
    const refused = await withModel.ask({ text: "   ", kind: "behavioral" });
    expect(refused.ok || refused.error.code).toBe("empty-answer");
    expect(await without.ask({ text: "   ", kind: "behavioral" })).toEqual(refused);
    expect(fake.calls).toHaveLength(0);
  });

  it("reports a failed model with its reason, and says the offline analysis stands", async () => {
    const fake = fakeAsk(err("timeout"));
    const service = createSecondOpinionService({ llm, analysis: inlineAnalysis, ask: fake.ask });
    const failed = await service.ask({ text: ANSWER, kind: "behavioral" });
    expect(failed).toEqual({
      ok: false,
      error: {
        code: "language-model-failed",
        message:
          "No second opinion: the language model did not answer in time. The offline coach's analysis stands.",
        details: { reason: "timeout" },
      },
    });
  });

  it("sends the model the answer as the coach reads it, and compares the two opinions", async () => {
    const fake = fakeAsk(ok(OPINION));
    const service = createSecondOpinionService({ llm, analysis: inlineAnalysis, ask: fake.ask });
    const answered = await service.ask({
      text: ANSWER,
      kind: "behavioral",
      question: "Tell me about a time you failed.",
    });
    if (!answered.ok) throw new Error(answered.error.message);
    expect(fake.calls).toEqual([
      {
        model: llm.model,
        timeoutMs: 500,
        input: { text: ANSWER, kind: "behavioral", question: "Tell me about a time you failed." },
      },
    ]);
    const offline = await inlineAnalysis.analyze(
      fake.calls[0]?.input ?? { text: "", kind: "behavioral" },
    );
    if (!offline.ok) throw new Error(offline.error.message);
    expect(answered.value.offline).toEqual(offline.value);
    expect(answered.value.model).toBe("Test model");
    expect(answered.value.secondOpinion).toEqual(OPINION);
    expect(answered.value.comparison.agreed).toEqual([]);
    expect(answered.value.comparison.offlineOnly).toEqual(
      offline.value.flags.map((flag) => flag.code),
    );
  });
});
