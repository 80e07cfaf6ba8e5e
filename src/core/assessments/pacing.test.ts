import { describe, expect, it } from "vitest";
import { analysePacing, formatMinutes } from "./pacing.ts";
import type { LevelProgress } from "./progress.ts";

const MINUTE = 60_000;
const LEVELS = [
  { level: 1, title: "One", weight: 1 },
  { level: 2, title: "Two", weight: 2 },
  { level: 3, title: "Three", weight: 3 },
  { level: 4, title: "Four", weight: 4 },
];

function passedAt(level: number, minutes: number): LevelProgress {
  return { level, passed: 10, total: 10, attempts: 1, passedAtMs: minutes * MINUTE };
}

describe("analysePacing", () => {
  it("times each level from the pass before it and flags one past about 25 minutes", () => {
    const report = analysePacing({
      levels: LEVELS,
      results: [passedAt(1, 12), passedAt(2, 53), { level: 3, passed: 2, total: 10, attempts: 1 }],
      durationMs: 90 * MINUTE,
      elapsedMs: 90 * MINUTE,
      stopped: true,
    });
    expect(report.evenPaceMs).toBe(22.5 * MINUTE);
    expect(report.overPaceMs).toBeCloseTo(25 * MINUTE);
    expect(
      report.levels.map((level) => [level.status, level.spentMs / MINUTE, level.overPace]),
    ).toEqual([
      ["passed", 12, false],
      ["passed", 41, true],
      ["in-progress", 37, true],
      ["not-reached", 0, false],
    ]);
    expect(report.levels[1]?.timeLeftMs).toBe(37 * MINUTE);
    expect(report.advice[0]).toBe(
      "Level 2 took 41 minutes, against an even pace of 22½ minutes. When a level runs past " +
        "about 25 minutes, get the plainest version that passes its tests in and move on: the " +
        "levels after it hold 70% of the score.",
    );
    expect(report.advice).toContain(
      "When level 2 passed, 37 minutes were left for two levels: 18½ minutes each, short of the " +
        "even 22½ minutes. Later levels build on earlier code, so time saved early pays twice.",
    );
    expect(
      report.advice.some((line) => line.startsWith("Time ran out on level 3, 37 minutes into it.")),
    ).toBe(true);
  });

  it("says so when every level passed, and when nothing was submitted", () => {
    const done = analysePacing({
      levels: LEVELS,
      results: [passedAt(1, 10), passedAt(2, 30), passedAt(3, 50), passedAt(4, 70)],
      durationMs: 90 * MINUTE,
      elapsedMs: 70 * MINUTE,
      stopped: true,
    });
    expect(done.advice).toEqual([
      "All four levels passed with 20 minutes to spare. Next time, try a harder assessment or a tighter clock.",
    ]);
    const nothing = analysePacing({
      levels: LEVELS,
      results: [],
      durationMs: 90 * MINUTE,
      elapsedMs: 5 * MINUTE,
      stopped: false,
    });
    expect(nothing.advice[0]).toMatch(/^Nothing submitted yet/);
    expect(nothing.levels[0]).toMatchObject({ status: "in-progress", spentMs: 5 * MINUTE });
  });
});

describe("formatMinutes", () => {
  it("reads as a person says it", () => {
    expect(formatMinutes(30_000)).toBe("under a minute");
    expect(formatMinutes(MINUTE)).toBe("1 minute");
    expect(formatMinutes(22.5 * MINUTE)).toBe("22½ minutes");
    expect(formatMinutes(40.7 * MINUTE)).toBe("41 minutes");
  });
});
