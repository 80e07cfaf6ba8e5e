import { describe, expect, it } from "vitest";
import { assignNewIds, type PushbackRef, pushbackTestShare } from "./assign-split.ts";
import { TEST_SHARE } from "./labeled-data.ts";

const STANCES = ["held", "updated", "caved"] as const;

/** `count` replies with ids unique to this call, cycling through the stances and hardness. */
function replies(prefix: string, count: number): PushbackRef[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    stance: STANCES[i % 3] ?? "held",
    hard: i % 5 < 3,
  }));
}

describe("assignNewIds", () => {
  it("keeps every recorded id on its side and in its place, and appends only new ids", () => {
    const old = replies("old", 12);
    const split = {
      test: ["story-001", "old-002", "old-007"],
      train: [
        "labeled-001",
        ...old.filter((r) => !["old-002", "old-007"].includes(r.id)).map((r) => r.id),
      ],
    };
    const fresh = replies("new", 30);
    const { split: next, added } = assignNewIds(
      split,
      [
        { id: "labeled-001", file: "labeled-set.yaml" },
        { id: "story-001", file: "labeled/stories.yaml" },
      ],
      [...old, ...fresh],
    );
    expect(next.test.slice(0, split.test.length)).toEqual(split.test);
    expect(next.train.slice(0, split.train.length)).toEqual(split.train);
    const appended = [
      ...next.test.slice(split.test.length),
      ...next.train.slice(split.train.length),
    ];
    expect(appended.sort()).toEqual(fresh.map((r) => r.id).sort());
    expect(added.test + added.train).toBe(30);
  });

  it("adds nothing when run again on its own output", () => {
    const all = replies("r", 40);
    const first = assignNewIds({ test: [], train: [] }, [], all).split;
    const second = assignNewIds(first, [], all);
    expect(second.split).toEqual(first);
    expect(second.added).toEqual({ test: 0, train: 0 });
  });

  it("sets new replies aside in the recorded replies' proportion, within one of it per stance and hardness", () => {
    const old = replies("old", 120);
    const oldTest = old.slice(0, 34).map((r) => r.id);
    const split = { test: oldTest, train: old.slice(34).map((r) => r.id) };
    expect(pushbackTestShare(split, old)).toBeCloseTo(34 / 120);
    const fresh = replies("new", 120);
    const next = assignNewIds(split, [], [...old, ...fresh]).split;
    const test = new Set(next.test);
    expect(fresh.filter((r) => test.has(r.id)).length).toBe(34);
    for (const stance of STANCES) {
      for (const hard of [true, false]) {
        const stratum = fresh.filter((r) => r.stance === stance && r.hard === hard);
        const inTest = stratum.filter((r) => test.has(r.id)).length;
        expect(
          Math.abs(inTest - (stratum.length * 34) / 120),
          `${stance}/${String(hard)}`,
        ).toBeLessThan(1);
      }
    }
  });

  it("uses the default share before any reply is recorded", () => {
    expect(pushbackTestShare({ test: [], train: [] }, replies("r", 10))).toBe(TEST_SHARE);
    const { added } = assignNewIds({ test: [], train: [] }, [], replies("r", 60));
    expect(added.test).toBe(Math.round(60 * TEST_SHARE));
  });

  it("picks the same replies whatever order the files list them in", () => {
    const all = replies("r", 50);
    const forward = assignNewIds({ test: [], train: [] }, [], all).split.test;
    const backward = assignNewIds({ test: [], train: [] }, [], [...all].reverse()).split.test;
    expect([...backward].sort()).toEqual([...forward].sort());
  });

  it("never sends one of the first 96 answers to test", () => {
    const answers = Array.from({ length: 50 }, (_, i) => ({
      id: `first-${String(i)}`,
      file: "labeled-set.yaml",
    }));
    expect(assignNewIds({ test: [], train: [] }, answers, []).split.test).toEqual([]);
  });

  it("refuses an id that is both an answer and a pushback reply", () => {
    expect(() =>
      assignNewIds(
        { test: [], train: [] },
        [{ id: "same-001", file: "labeled/batch.yaml" }],
        [{ id: "same-001", stance: "held", hard: false }],
      ),
    ).toThrow('Id "same-001" is both a labeled answer and a pushback reply.');
  });
});
