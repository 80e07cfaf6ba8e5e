import { describe, expect, it } from "vitest";
import {
  highestUnlockedLevel,
  isLevelUnlocked,
  recordSubmission,
  type LevelProgress,
} from "./progress.ts";

const LEVELS = [
  { level: 1, title: "One", weight: 1 },
  { level: 2, title: "Two", weight: 2 },
  { level: 3, title: "Three", weight: 3 },
];

function record(results: LevelProgress[], level: number, passed: number, elapsedMs: number) {
  return recordSubmission(
    LEVELS,
    results,
    { level, passed, total: 10 },
    { elapsedMs, testCount: 10 },
  );
}

describe("level gating", () => {
  it("opens level 1 always and each next level once every test of the one before passed", () => {
    expect(highestUnlockedLevel(LEVELS, [])).toBe(1);
    expect(highestUnlockedLevel(LEVELS, [{ level: 1, passed: 9, total: 10, attempts: 1 }])).toBe(1);
    const passedOne = [{ level: 1, passed: 10, total: 10, attempts: 1, passedAtMs: 5 }];
    expect(highestUnlockedLevel(LEVELS, passedOne)).toBe(2);
    expect(isLevelUnlocked(LEVELS, passedOne, 2)).toBe(true);
    expect(isLevelUnlocked(LEVELS, passedOne, 3)).toBe(false);
    const all = [1, 2, 3].map((level) => ({
      level,
      passed: 10,
      total: 10,
      attempts: 1,
      passedAtMs: level,
    }));
    expect(highestUnlockedLevel(LEVELS, all)).toBe(3);
  });
});

describe("recordSubmission", () => {
  it("keeps the best result, counts attempts and stamps the first full pass", () => {
    const first = record([], 1, 6, 1000);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value).toEqual([{ level: 1, passed: 6, total: 10, attempts: 1 }]);
    const full = record(first.value, 1, 10, 2000);
    if (!full.ok) throw new Error(full.error.message);
    const worse = record(full.value, 1, 3, 3000);
    if (!worse.ok) throw new Error(worse.error.message);
    expect(worse.value).toEqual([
      { level: 1, passed: 10, total: 10, attempts: 3, passedAtMs: 2000 },
    ]);
  });

  it("refuses a locked level, an unknown level and counts that do not fit", () => {
    expect(record([], 2, 10, 0)).toMatchObject({ ok: false, error: { code: "level-locked" } });
    expect(record([], 4, 10, 0)).toMatchObject({ ok: false, error: { code: "unknown-level" } });
    expect(
      recordSubmission(
        LEVELS,
        [],
        { level: 1, passed: 2, total: 3 },
        { elapsedMs: 0, testCount: 10 },
      ),
    ).toMatchObject({ ok: false, error: { code: "wrong-total" } });
    expect(record([], 1, 11, 0)).toMatchObject({ ok: false, error: { code: "too-many-passed" } });
  });
});
