import { describe, expect, it } from "vitest";
import type { FlagCode, Score } from "../analysis/index.ts";
import { RECENT_ITEMS } from "../api/progress.ts";
import { summarizeProgress, weekOf, type KeptAnalysis } from "./progress-summary.ts";

let made = 0;
function kept(overrides: Partial<KeptAnalysis> & { score?: Score }): KeptAnalysis {
  made += 1;
  const score = overrides.score ?? 3;
  return {
    source: "practice",
    id: `item-${String(made).padStart(3, "0")}`,
    at: new Date(Date.UTC(2026, 10, 2, 12, made)),
    title: null,
    overall: score,
    dimensions: {
      honesty: score,
      ownership: score,
      reflection: score,
      specificity: score,
      structure: score,
    },
    flags: [],
    ...overrides,
  };
}

describe("weekOf", () => {
  it("gives the Monday of the week, in UTC", () => {
    expect(weekOf(new Date("2026-11-30T00:00:00Z"))).toBe("2026-11-30"); // a Monday
    expect(weekOf(new Date("2026-12-06T23:59:59Z"))).toBe("2026-11-30"); // the Sunday after
    expect(weekOf(new Date("2026-12-07T00:00:00Z"))).toBe("2026-12-07");
    expect(weekOf(new Date("2027-01-01T10:00:00Z"))).toBe("2026-12-28"); // across a year
  });
});

describe("summarizeProgress", () => {
  it("orders points oldest first whatever order the items come in", () => {
    const early = kept({ at: new Date("2026-11-01T00:00:00Z"), score: 1 });
    const late = kept({ at: new Date("2026-11-20T00:00:00Z"), score: 5 });
    const progress = summarizeProgress([late, early]);
    expect(progress.dimensions.honesty.points).toEqual([
      { at: "2026-11-01T00:00:00.000Z", score: 1 },
      { at: "2026-11-20T00:00:00.000Z", score: 5 },
    ]);
    expect(progress.recent.map((item) => item.id)).toEqual([late.id, early.id]);
  });

  it("states a change from six points on, and none below", () => {
    const scores: Score[] = [2, 2, 2, 4, 4, 4];
    const items = scores.map((score) => kept({ score }));
    expect(summarizeProgress(items.slice(0, 5)).dimensions.reflection.change).toBeNull();
    expect(summarizeProgress(items).dimensions.reflection).toMatchObject({
      n: 6,
      change: { delta: 2, low: 2, high: 2 },
    });
  });

  it("counts each flag once per analysis, per week, most raised first", () => {
    const monday = (day: number) => new Date(Date.UTC(2026, 10, day, 9));
    const flagged = (day: number, flags: FlagCode[]) => kept({ at: monday(day), flags });
    const progress = summarizeProgress([
      flagged(2, ["vague", "vague", "no-outcome"]),
      flagged(3, ["vague"]),
      flagged(9, []),
      flagged(10, ["no-outcome"]),
      flagged(11, ["no-outcome"]),
    ]);
    expect(progress.flags).toEqual([
      {
        code: "no-outcome",
        n: 3,
        weeks: [
          { week: "2026-11-02", n: 1, attempts: 2 },
          { week: "2026-11-09", n: 2, attempts: 3 },
        ],
      },
      {
        code: "vague",
        n: 2,
        weeks: [
          { week: "2026-11-02", n: 2, attempts: 2 },
          { week: "2026-11-09", n: 0, attempts: 3 },
        ],
      },
    ]);
  });

  it("sums up each interview round: interviews, questions and the mean overall score", () => {
    const answer = (id: string, score: Score, question: string) =>
      kept({
        source: "interview",
        id,
        score,
        interview: { round: "values", question },
      });
    const progress = summarizeProgress([
      answer("interview-a", 2, "Tell me about a mistake."),
      answer("interview-a", 4, "Tell me about a mistake."),
      answer("interview-b", 3, "Why this company?"),
      kept({ source: "story", id: "story-a" }),
    ]);
    expect(progress.rounds).toEqual([
      {
        round: "values",
        interviews: 2,
        questions: ["Tell me about a mistake.", "Why this company?"],
        overall: { mean: 3, n: 3 },
      },
    ]);
    expect(progress.sources).toEqual({ practice: 0, interview: 3, story: 1 });
    expect(progress.attempts).toBe(4);
  });

  it("lists only the newest items, newest first", () => {
    const items = Array.from({ length: RECENT_ITEMS + 5 }, () => kept({}));
    const progress = summarizeProgress(items);
    expect(progress.attempts).toBe(RECENT_ITEMS + 5);
    expect(progress.recent).toHaveLength(RECENT_ITEMS);
    expect(progress.recent[0]?.id).toBe(items.at(-1)?.id);
  });
});

describe("progress by question category", () => {
  const categoryOf = (id: string) =>
    id.startsWith("values-") ? "values" : id.startsWith("design-") ? "system-design" : undefined;

  it("sums answers to bank questions per category, most answered first, with n and the mean", () => {
    const progress = summarizeProgress(
      [
        kept({ questionId: "values-a", score: 2 }),
        kept({ questionId: "values-a", score: 4 }),
        kept({ questionId: "values-b", score: 3 }),
        kept({ questionId: "design-x", score: 5 }),
        // The candidate's own question, a story, and a question the bank no longer has.
        kept({ score: 1 }),
        kept({ source: "story", score: 1 }),
        kept({ questionId: "retired-question", score: 1 }),
      ],
      {},
      categoryOf,
    );
    expect(progress.categories).toEqual([
      { category: "values", questions: 2, overall: { mean: 3, n: 3 } },
      { category: "system-design", questions: 1, overall: { mean: 5, n: 1 } },
    ]);
  });

  it("is empty when nothing answered a bank question", () => {
    expect(summarizeProgress([kept({ score: 4 })], {}, categoryOf).categories).toEqual([]);
  });
});
