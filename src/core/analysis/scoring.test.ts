import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "./analyze-answer.ts";
import { capOverall, FLAG_PENALTY, OVERALL_WEIGHTS, scoreOverall, toScore } from "./scoring.ts";
import type { AnalyzeInput, Analysis, Dimension, Flag, Score } from "./types.ts";
import type { AnswerContext } from "./signals/index.ts";

function analyse(input: AnalyzeInput): Analysis {
  const result = analyzeAnswer(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const story: AnswerContext = {
  kind: "behavioral",
  hypothetical: false,
  isStory: true,
  changedMind: false,
  conflictStory: true,
  ask: undefined,
  followUpTargets: undefined,
};

const flag = (code: Flag["code"]): Flag => ({ code, message: "", evidence: [] });

describe("toScore", () => {
  it("rounds and clamps onto 1..5", () => {
    expect([toScore(-2), toScore(2.4), toScore(2.5), toScore(9)]).toEqual([1, 2, 3, 5]);
  });
});

describe("scoreOverall", () => {
  const all = (score: Score): Record<Dimension, Score> => ({
    honesty: score,
    ownership: score,
    reflection: score,
    specificity: score,
    structure: score,
  });

  it("is the weighted mean of the dimensions when no flag is raised", () => {
    expect(scoreOverall(all(4), [], story)).toBe(4);
    const total = Object.values(OVERALL_WEIGHTS.story).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1);
  });

  it("takes a penalty per flag", () => {
    const flags = [flag("vague"), flag("no-outcome")];
    expect(scoreOverall(all(4), flags, story)).toBe(toScore(4 - 2 * FLAG_PENALTY));
    expect(scoreOverall(all(1), flags, story)).toBe(1);
  });
});

describe("capOverall", () => {
  it("caps an answer to another question at 2, unless the flag was a close call", () => {
    expect(capOverall(5, [flag("off-topic")])).toBe(2);
    expect(capOverall(5, [flag("off-topic")], new Set(["off-topic"]))).toBe(5);
    // A close call on one flag does not lift the cap another flag sets.
    expect(capOverall(5, [flag("off-topic"), flag("hollow")], new Set(["off-topic"]))).toBe(2);
    expect(capOverall(1, [flag("off-topic")], new Set(["off-topic"]))).toBe(1);
  });
});

describe("dimensions", () => {
  const candid: AnalyzeInput = {
    kind: "behavioral",
    question: "Tell me about a time you made a mistake.",
    text: "In May 2022 I deleted a production table by running a script against the wrong database. I felt sick. I restored it from the 02:00 backup within 50 minutes and told my manager it was my mistake. We lost about 300 orders, which I re-entered by hand that night. Since then I run every destructive script with a dry-run flag first.",
  };
  const hollow: AnalyzeInput = {
    kind: "behavioral",
    question: "Tell me about a time you made a mistake.",
    text: "We always strive for excellence and take ownership as a team. Mistakes were made, and the team learned and grew together. We are passionate about our mission and truly believe in continuous improvement.",
  };

  it("scores a candid, specific story above a hollow one on every dimension but structure", () => {
    const good = analyse(candid);
    const bad = analyse(hollow);
    for (const dimension of ["honesty", "ownership", "reflection", "specificity"] as const) {
      expect(good.dimensions[dimension]).toBeGreaterThan(bad.dimensions[dimension]);
    }
    expect(good.overall).toBeGreaterThan(bad.overall);
    expect(good.readsAs).toBe("genuine");
    expect(bad.readsAs).toBe("alignment-signaling");
  });

  it("explains every score with a reason", () => {
    const { reasons } = analyse(candid);
    expect(reasons.honesty).toContain("I felt sick");
    expect(reasons.ownership).toMatch(/actions are told as "I"/);
    expect(Object.values(reasons).every((reason) => reason.length > 0)).toBe(true);
  });

  it("reads an answer hiding behind 'we' as mixed", () => {
    const analysis = analyse({
      kind: "behavioral",
      text: "In 2021 we rebuilt the billing service. We chose Kafka, we migrated 40 tables, and the cutover was finished in March. We were proud of it, and since then we always load-test first.",
    });
    expect(analysis.flags.map((f) => f.code)).toContain("we-not-i");
    expect(analysis.readsAs).toBe("mixed");
  });
});
