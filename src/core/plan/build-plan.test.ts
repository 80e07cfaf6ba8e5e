import { describe, expect, it } from "vitest";
import type { Dimension, Score } from "../analysis/index.ts";
import type { CategoryId } from "../content/schema.ts";
import {
  addDays,
  buildPlan,
  daysBetween,
  dimensionLevels,
  type PlanAnalysis,
  type PlanApplication,
  type PlanInput,
} from "./build-plan.ts";

const QUESTIONS: Record<string, { id: string; prompt: string }[]> = {
  values: [
    { id: "v1", prompt: "Tell me about a time you were wrong." },
    { id: "v2", prompt: "When did you act against a rule?" },
    { id: "v3", prompt: "What view have you changed?" },
  ],
  behavioral: [
    { id: "b1", prompt: "Tell me about a conflict." },
    { id: "b2", prompt: "Tell me about a failure." },
  ],
};

function analysis(
  day: number,
  scores: Partial<Record<Dimension, Score>>,
  extra: Partial<PlanAnalysis> = {},
): PlanAnalysis {
  return {
    at: new Date(Date.UTC(2026, 10, day)),
    dimensions: {
      honesty: 4,
      ownership: 4,
      reflection: 4,
      specificity: 4,
      structure: 4,
      ...scores,
    },
    flags: [],
    ...extra,
  };
}

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    today: "2026-12-01",
    days: 14,
    applications: [],
    analyses: [],
    questionsOf: (category: CategoryId) => QUESTIONS[category] ?? [],
    ...overrides,
  };
}

const LOOP: PlanApplication = {
  id: "app-1",
  company: "Anthropic",
  status: "active",
  stages: [
    { round: "recruiter", date: "2026-11-20", done: true },
    { round: "hiring-manager", date: "2026-12-05", done: false },
    { round: "values", date: "2026-12-09", done: false },
  ],
};

function dimensionsPlanned(plan: ReturnType<typeof buildPlan>): Dimension[] {
  return plan.days.flatMap((day) =>
    day.items.flatMap((item) => (item.dimension === undefined ? [] : [item.dimension])),
  );
}

function count<T>(list: readonly T[], value: T): number {
  return list.filter((item) => item === value).length;
}

describe("days", () => {
  it("adds and counts calendar days across a month's end", () => {
    expect(addDays("2026-11-29", 3)).toBe("2026-12-02");
    expect(daysBetween("2026-11-29", "2026-12-02")).toBe(3);
    expect(daysBetween("2026-12-02", "2026-12-02")).toBe(0);
  });
});

describe("dimensionLevels", () => {
  it("with no history, weighs every dimension alike and says so with n = 0", () => {
    const levels = dimensionLevels([]);
    expect(levels.map((level) => level.n)).toEqual([0, 0, 0, 0, 0]);
    expect(levels.every((level) => level.mean === null && level.share === 0.2)).toBe(true);
  });

  it("reads only the newest ten analyses, so an old weakness fades once answers improve", () => {
    const old = Array.from({ length: 10 }, (_, i) => analysis(i + 1, { reflection: 1 }));
    const recent = Array.from({ length: 10 }, (_, i) => analysis(i + 15, { reflection: 5 }));
    const levels = dimensionLevels([...old, ...recent]);
    const reflection = levels.find((level) => level.dimension === "reflection");
    expect(reflection).toMatchObject({ mean: 5, n: 10 });
  });

  it("puts the weakest first with the largest share, and names its commonest flag", () => {
    const analyses = [
      analysis(1, { specificity: 2 }, { flags: ["vague"] }),
      analysis(2, { specificity: 2 }, { flags: ["vague", "no-outcome"] }),
      analysis(3, { specificity: 3 }, { flags: ["no-outcome", "vague"] }),
    ];
    const [weakest, next] = dimensionLevels(analyses);
    expect(weakest?.dimension).toBe("specificity");
    expect(weakest?.commonFlag).toEqual({ code: "vague", n: 3 });
    expect(weakest?.share).toBeGreaterThan(next?.share ?? 1);
  });
});

describe("buildPlan", () => {
  it("gives the weakest dimension most of the days", () => {
    const analyses = Array.from({ length: 8 }, (_, i) => analysis(i + 1, { reflection: 2 }));
    const planned = dimensionsPlanned(buildPlan(input({ analyses })));
    expect(planned).toHaveLength(14);
    expect(count(planned, "reflection")).toBeGreaterThanOrEqual(8);
    expect(count(planned, "honesty")).toBeLessThan(count(planned, "reflection"));
  });

  it("changes when the weak area improves: the days move to what is weakest now", () => {
    const weak = Array.from({ length: 8 }, (_, i) => analysis(i + 1, { reflection: 2 }));
    const before = dimensionsPlanned(buildPlan(input({ analyses: weak })));
    const improved = [
      ...weak,
      ...Array.from({ length: 10 }, (_, i) => analysis(i + 12, { reflection: 5, specificity: 2 })),
    ];
    const after = buildPlan(input({ analyses: improved }));
    const planned = dimensionsPlanned(after);
    expect(count(planned, "reflection")).toBeLessThan(count(before, "reflection"));
    expect(count(planned, "reflection")).toBeLessThanOrEqual(1);
    expect(count(planned, "specificity")).toBeGreaterThanOrEqual(8);
    expect(after.levels[0]?.dimension).toBe("specificity");
  });

  it("suggests bank questions not yet answered, and not the same one twice while others remain", () => {
    const analyses = Array.from({ length: 5 }, (_, i) =>
      analysis(i + 1, { reflection: 1 }, { questionId: "v1" }),
    );
    const plan = buildPlan(input({ analyses, days: 2 }));
    const ids = plan.days.flatMap((day) => day.items.flatMap((item) => item.questionId ?? []));
    expect(ids).toEqual(["v2", "v3"]);
    expect(plan.days[0]?.items[0]?.href).toBe("/practice?question=v2");
    expect(plan.days[0]?.items[0]?.detail).toBe(
      "Reflection averages 1.0 over your last 5 answers.",
    );
  });

  it("lays out the days up to the last booked round, that round's day holding only the round", () => {
    const plan = buildPlan(input({ applications: [LOOP] }));
    expect(plan.days.map((day) => day.date)).toEqual([
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
      "2026-12-07",
      "2026-12-08",
      "2026-12-09",
    ]);
    const interviewDay = plan.days[4];
    expect(interviewDay?.items).toHaveLength(1);
    expect(interviewDay?.items[0]).toMatchObject({ kind: "stage", round: "hiring-manager" });
    expect(plan.stagesAhead.map((stage) => [stage.round, stage.daysLeft])).toEqual([
      ["hiring-manager", 4],
      ["values", 8],
    ]);
  });

  it("rehearses the round the day before it, and after a round is past, stops planning for it", () => {
    const plan = buildPlan(input({ applications: [LOOP] }));
    const roundOf = (date: string) =>
      plan.days.find((day) => day.date === date)?.items.find((item) => item.kind === "round");
    expect(roundOf("2026-12-04")).toMatchObject({ round: "hiring-manager" });
    expect(roundOf("2026-12-04")?.title).toMatch(/^Dress rehearsal/);
    expect(roundOf("2026-12-08")).toMatchObject({ round: "values" });
    for (const date of ["2026-12-06", "2026-12-07"]) expect(roundOf(date)?.round).toBe("values");
  });

  it("leaves out rounds marked done, applications no longer active, and past days", () => {
    const closed: PlanApplication = {
      ...LOOP,
      id: "app-2",
      company: "Elsewhere",
      status: "closed",
    };
    const plan = buildPlan(input({ today: "2026-12-06", applications: [LOOP, closed] }));
    expect(plan.stagesAhead.map((stage) => `${stage.company}:${stage.round}`)).toEqual([
      "Anthropic:values",
    ]);
  });

  it("keeps unbooked rounds in the rotation and plans the full span for them", () => {
    const unbooked: PlanApplication = {
      id: "app-3",
      company: "Lab",
      status: "active",
      stages: [
        { round: "coding", date: null, done: false },
        { round: "system-design", date: null, done: false },
      ],
    };
    const plan = buildPlan(input({ applications: [unbooked], days: 6 }));
    expect(plan.days).toHaveLength(6);
    const rounds = plan.days.flatMap((day) => day.items.flatMap((item) => item.round ?? []));
    expect(count(rounds, "coding")).toBe(3);
    expect(count(rounds, "system-design")).toBe(3);
    expect(plan.days[0]?.items[0]?.detail).toBe("For Lab’s coding round, not booked yet.");
  });

  it("with no application, still plans the dimensions for the days asked", () => {
    const plan = buildPlan(input({ days: 3 }));
    expect(plan.days).toHaveLength(3);
    expect(plan.days.every((day) => day.items.length === 1)).toBe(true);
    expect(plan.analysesRead).toBe(0);
  });

  it("gives the same plan for the same input", () => {
    const analyses = [analysis(1, { honesty: 2 }), analysis(2, { structure: 3 })];
    expect(buildPlan(input({ analyses, applications: [LOOP] }))).toEqual(
      buildPlan(input({ analyses, applications: [LOOP] })),
    );
  });
});
