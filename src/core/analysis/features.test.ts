import { describe, expect, it } from "vitest";
import { inspectAnswer } from "./analyze-answer.ts";
import { analyzeAnswer } from "./index.ts";
import {
  askMissing,
  asTheFollowUpAsked,
  FEATURE_SIGNS,
  flagFeatures,
  overallFeatures,
  overallFeatureSign,
} from "./features.ts";
import { COACH_MODEL } from "./model.ts";
import { FLAG_CODES } from "./types.ts";

describe("feature directions", () => {
  // A feature with no direction may take either sign in training, so a misspelt entry silently
  // lets a weight read backwards (attached lessons once made `no-reflection` more likely).
  it("gives every feature a flag's weights read a direction of its own", () => {
    const inspected = inspectAnswer({
      kind: "opinion",
      question: "What would you change about how we work?",
      text: "I would publish the eval results sooner, because teams wait weeks for them.",
    });
    if (!inspected.ok) throw new Error(inspected.error.message);
    const { parsed, signals, context } = inspected.value;
    for (const code of FLAG_CODES) {
      const names = Object.keys(
        flagFeatures(code, { parsed, signals, context, ruleFired: new Set() }),
      );
      const signed = Object.keys(FEATURE_SIGNS[code]);
      expect(
        names.filter((name) => !signed.includes(name)),
        code,
      ).toEqual([]);
      expect(
        signed.filter((name) => !names.includes(name)),
        code,
      ).toEqual([]);
    }
  });

  it("lets a better dimension only lift the overall and a raised flag only lower it", () => {
    expect(overallFeatureSign("specificity")).toBe(1);
    expect(overallFeatureSign("no-outcome")).toBe(-1);
    expect(overallFeatureSign("view")).toBe(0);
  });

  it("weighs off-topic raised on a close call apart from a plain miss, and never upward", () => {
    const inspected = inspectAnswer({
      kind: "why",
      question: "Why this role?",
      text: "I want to build things that last.",
    });
    if (!inspected.ok) throw new Error(inspected.error.message);
    const { context } = inspected.value;
    const dimensions = {
      honesty: 3,
      ownership: 3,
      reflection: 3,
      specificity: 3,
      structure: 3,
    } as const;
    const raised = new Set(["off-topic"] as const);
    const plain = overallFeatures(dimensions, raised, context, undefined);
    const doubtful = overallFeatures(dimensions, raised, context, undefined, raised);
    expect([plain["off-topic"], plain["off-topic-close-call"]]).toEqual([1, 0]);
    expect([doubtful["off-topic"], doubtful["off-topic-close-call"]]).toEqual([0, 1]);
    expect(overallFeatureSign("off-topic-close-call")).toBe(-1);
  });

  it("holds no committed weight that reads backwards", () => {
    const backwards: string[] = [];
    for (const [code, model] of Object.entries(COACH_MODEL.flags)) {
      const signs = FEATURE_SIGNS[code as keyof typeof FEATURE_SIGNS];
      model.features.forEach((name, j) => {
        if ((signs[name] ?? 0) * (model.weights[j] ?? 0) < 0) backwards.push(`${code}.${name}`);
      });
    }
    const overall = COACH_MODEL.overall;
    overall?.features.forEach((name, j) => {
      if (overallFeatureSign(name) * (overall.weights[j] ?? 0) < 0)
        backwards.push(`overall.${name}`);
    });
    expect(backwards).toEqual([]);
  });
});

describe("askMissing", () => {
  const relevance = (text: string) => {
    const inspected = inspectAnswer({
      kind: "behavioral",
      question: "Tell me about someone whose working style grated on you.",
      text,
    });
    if (!inspected.ok) throw new Error(inspected.error.message);
    return inspected.value.signals.relevance;
  };

  it("is 1 when a story asked about a person has nobody in it", () => {
    expect(
      askMissing(
        relevance(
          "Our release script was eleven hundred lines of shell with no comments. I rewrote it as small steps in CI over two months, and failed releases became a retry.",
        ),
      ),
    ).toBe(1);
  });

  it("falls when the person is there", () => {
    expect(
      askMissing(
        relevance(
          "Gareth, the client's procurement officer, wanted every order in his template before he would discuss it. I told him it slowed us down, and he walked me through why.",
        ),
      ),
    ).toBeLessThan(0.5);
  });
});

// A follow-up asks for one thing; an answer that gives it is not short of what it was not asked.
describe("asTheFollowUpAsked", () => {
  const dims = { honesty: 3, ownership: 5, reflection: 1, specificity: 4, structure: 3 } as const;

  it("lifts the dimensions a follow-up did not ask about to the one it did", () => {
    expect(asTheFollowUpAsked(dims, new Set(["we-not-i"]), new Set())).toEqual({
      honesty: 5,
      ownership: 5,
      reflection: 5,
      specificity: 5,
      structure: 5,
    });
  });

  it("keeps every score when the answer misses what the follow-up asked", () => {
    expect(asTheFollowUpAsked(dims, new Set(["we-not-i"]), new Set(["we-not-i"]))).toBe(dims);
  });

  it("keeps every score for an answer to the question itself", () => {
    expect(asTheFollowUpAsked(dims, undefined, new Set())).toBe(dims);
  });

  it("lifts nothing above what the weakest asked dimension shows", () => {
    const lifted = asTheFollowUpAsked(dims, new Set(["we-not-i", "no-reflection"]), new Set());
    expect(lifted).toEqual(dims);
  });
});

describe("a follow-up answered in full", () => {
  const question = "Tell me about a time you disagreed with your team's approach.";
  const followUp = { question: "What was your own part in that?", targets: ["we-not-i" as const] };
  const mine =
    "Me specifically: I exported three months of refund tickets from Zendesk, about 4,000, and deduplicated them myself over a weekend. I wrote the proposal to merge the two queues and presented it at the ops review, after showing my lead the spreadsheet first. Once it was approved I wrote the routing rules and did the first two weeks of QA, checking twenty tickets a day.";
  const ours =
    "We looked at the tickets together and the team put a proposal together. It was presented at the ops review and approved, and then the routing rules were written and the queue was checked for a couple of weeks.";

  it("scores the candidate's own part well without a lesson it was not asked for", () => {
    const result = analyzeAnswer({ kind: "behavioral", question, followUp, text: mine });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.flags.map((flag) => flag.code)).not.toContain("no-reflection");
    expect(result.value.overall).toBeGreaterThanOrEqual(4);
  });

  it("scores the same follow-up answered behind 'we' and the passive low", () => {
    const result = analyzeAnswer({ kind: "behavioral", question, followUp, text: ours });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.flags.map((flag) => flag.code)).toContain("we-not-i");
    expect(result.value.overall).toBeLessThanOrEqual(2);
  });
});
