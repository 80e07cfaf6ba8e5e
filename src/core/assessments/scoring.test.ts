import { describe, expect, it } from "vitest";
import { scoreAssessment } from "./scoring.ts";

const LEVELS = [
  { level: 1, title: "One", weight: 1 },
  { level: 2, title: "Two", weight: 2 },
  { level: 3, title: "Three", weight: 3 },
  { level: 4, title: "Four", weight: 4 },
];

describe("scoreAssessment", () => {
  it("weights each level's best fraction of tests passed", () => {
    const score = scoreAssessment(LEVELS, [
      { level: 1, passed: 10, total: 10, attempts: 1, passedAtMs: 1 },
      { level: 2, passed: 5, total: 10, attempts: 2 },
    ]);
    // (1 × 1 + 2 × 0.5) / 10
    expect(score.percent).toBe(20);
    expect(score.levels.map((level) => level.points)).toEqual([1, 1, 0, 0]);
    expect(score.maxPoints).toBe(10);
  });

  it("gives 100 for every level passed and 0 for nothing submitted", () => {
    const all = LEVELS.map((level) => ({ level: level.level, passed: 7, total: 7, attempts: 1 }));
    expect(scoreAssessment(LEVELS, all).percent).toBe(100);
    expect(scoreAssessment(LEVELS, []).percent).toBe(0);
  });
});
