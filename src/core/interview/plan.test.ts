import { describe, expect, it } from "vitest";
import type { Question } from "../content/schema.ts";
import { isWhyCompanyQuestion, planRound, type PlanInput } from "./plan.ts";
import { OWN_QUESTION_ID, type PlannedQuestion } from "./types.ts";
import { makeQuestion } from "./test-factories.ts";

function behavioralBank(size: number): Question[] {
  return Array.from({ length: size }, (_, i) =>
    makeQuestion({ id: `plan-story-${String(i).padStart(2, "0")}` }),
  );
}

const whyUs = makeQuestion({
  id: "plan-why-us",
  prompt: "Why this company specifically, rather than any other lab?",
  category: "mission",
  rounds: ["recruiter"],
  themes: ["mission", "career"],
  answerKind: "why",
});

const whyLeave = makeQuestion({
  id: "plan-why-leave",
  prompt: "Why are you leaving your job now?",
  category: "mission",
  rounds: ["recruiter"],
  themes: ["career"],
  answerKind: "why",
});

/** The plan of a round the test's bank covers; a bank that does not fails the test. */
function plannedRound(input: PlanInput): PlannedQuestion[] {
  const planned = planRound(input);
  if (!planned.ok) throw new Error(`the test's bank cannot plan: ${planned.error.message}`);
  return planned.value;
}

describe("planRound", () => {
  it("draws only questions of the round", () => {
    const bank = [...behavioralBank(6), makeQuestion({ id: "plan-coding", rounds: ["coding"] })];
    const plan = plannedRound({ round: "behavioral", questions: bank, seed: 1 });
    expect(plan).toHaveLength(4);
    expect(plan.map((q) => q.id)).not.toContain("plan-coding");
  });

  it("is deterministic for a seed, and the seed changes the plan", () => {
    const bank = behavioralBank(12);
    const first = plannedRound({ round: "behavioral", questions: bank, seed: 42 });
    const again = plannedRound({ round: "behavioral", questions: [...bank].reverse(), seed: 42 });
    expect(again).toEqual(first);
    const others = [1, 2, 3, 4, 5].map((seed) =>
      plannedRound({ round: "behavioral", questions: bank, seed })
        .map((q) => q.id)
        .join(),
    );
    expect(others.some((ids) => ids !== first.map((q) => q.id).join())).toBe(true);
  });

  it("avoids recently asked questions", () => {
    const bank = behavioralBank(8);
    const recent = bank.slice(0, 4).map((q) => q.id);
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const plan = plannedRound({
        round: "behavioral",
        questions: bank,
        seed,
        recentQuestionIds: recent,
      });
      expect(plan.map((q) => q.id).filter((id) => recent.includes(id))).toEqual([]);
    }
  });

  it("falls back on the least recently asked when too few questions are fresh", () => {
    const bank = behavioralBank(5);
    // Most recent first: plan-story-00 was asked last, plan-story-03 longest ago.
    const recent = ["plan-story-00", "plan-story-01", "plan-story-02", "plan-story-03"];
    const plan = plannedRound({
      round: "behavioral",
      questions: bank,
      seed: 9,
      recentQuestionIds: recent,
    });
    expect(plan.map((q) => q.id)).toEqual([
      "plan-story-04",
      "plan-story-03",
      "plan-story-02",
      "plan-story-01",
    ]);
  });

  it("opens the recruiter screen with one why-this-company question", () => {
    const bank = [
      whyLeave,
      whyUs,
      ...behavioralBank(4).map((q) => ({ ...q, rounds: ["recruiter" as const] })),
    ];
    for (const seed of [1, 2, 3]) {
      const plan = plannedRound({ round: "recruiter", questions: bank, seed });
      expect(plan[0]?.id).toBe("plan-why-us");
      expect(plan[0]?.whyCompany).toBe(true);
      expect(plan[0]?.pushback).toBe(true);
    }
    expect(isWhyCompanyQuestion(whyLeave)).toBe(false);
  });

  it("opens the hiring-manager round on one project's deep dive; the other questions are standard", () => {
    const project = makeQuestion({
      id: "plan-project",
      rounds: ["hiring-manager"],
      storyTypes: ["project-end-to-end"],
    });
    const bank = [
      project,
      ...behavioralBank(5).map((q) => ({ ...q, rounds: ["hiring-manager" as const] })),
    ];
    const plan = plannedRound({ round: "hiring-manager", questions: bank, seed: 5 });
    expect(plan).toHaveLength(3);
    expect(plan[0]?.id).toBe("plan-project");
    expect(plan.map((q) => q.mode)).toEqual(["deep-dive", "standard", "standard"]);
    expect(plan.every((q) => !q.pushback)).toBe(true);
  });

  it("marks opinion and safety questions for pushback, and copies what a resume needs", () => {
    const safety = makeQuestion({ themes: ["ai-safety"], answerKind: "values" });
    const opinion = makeQuestion({ answerKind: "opinion", category: "mission" });
    const story = makeQuestion();
    const plan = plannedRound({
      round: "behavioral",
      questions: [safety, opinion, story],
      seed: 3,
      questionCount: 3,
    });
    const byId = new Map(plan.map((q) => [q.id, q]));
    expect(byId.get(safety.id)?.pushback).toBe(true);
    expect(byId.get(opinion.id)?.pushback).toBe(true);
    expect(byId.get(story.id)?.pushback).toBe(false);
    expect(byId.get(story.id)?.followUps).toEqual(story.followUps);
  });

  it("returns an error, not a throw, when the bank has nothing for the round", () => {
    expect(planRound({ round: "coding", questions: behavioralBank(2), seed: 1 })).toEqual({
      ok: false,
      error: {
        code: "empty-round",
        round: "coding",
        message: "The question bank holds no question for the coding round.",
      },
    });
  });

  it("plans a round the bank lacks when the candidate chose the opening question", () => {
    const own = { prompt: "Design a feed ranking service.", kind: "design" as const };
    const planned = planRound({
      round: "system-design",
      questions: behavioralBank(2),
      seed: 1,
      opening: { own },
    });
    expect(planned.ok && planned.value.map((question) => question.prompt)).toEqual([own.prompt]);
  });

  it("opens on a chosen bank question and draws the rest of the round as usual", () => {
    const bank = behavioralBank(8);
    const chosen = bank[5];
    if (chosen === undefined) throw new Error("the bank is too small");
    for (const seed of [1, 2, 3]) {
      const plan = plannedRound({
        round: "behavioral",
        questions: bank,
        seed,
        opening: { question: chosen },
      });
      expect(plan).toHaveLength(4);
      expect(plan[0]?.id).toBe(chosen.id);
      expect(plan[0]?.followUps).toEqual(chosen.followUps);
      expect(plan.slice(1).map((q) => q.id)).not.toContain(chosen.id);
      expect(new Set(plan.map((q) => q.id)).size).toBe(4);
    }
  });

  it("opens on a chosen question even when the bank files it under another round", () => {
    const coding = makeQuestion({
      id: "plan-chosen-coding",
      rounds: ["coding"],
      answerKind: undefined,
    });
    const plan = plannedRound({
      round: "behavioral",
      questions: [...behavioralBank(5), coding],
      seed: 4,
      opening: { question: coding },
    });
    expect(plan[0]).toMatchObject({ id: "plan-chosen-coding", mode: "standard" });
    expect(plan[0]?.answerKind).toBeUndefined();
    expect(plan).toHaveLength(4);
  });

  it("keeps the recruiter screen's why-this-company question after a chosen opening", () => {
    const bank = [
      whyLeave,
      whyUs,
      ...behavioralBank(4).map((q) => ({ ...q, rounds: ["recruiter" as const] })),
    ];
    const plan = plannedRound({
      round: "recruiter",
      questions: bank,
      seed: 2,
      opening: { question: whyLeave },
    });
    expect(plan.map((q) => q.id).slice(0, 2)).toEqual(["plan-why-leave", "plan-why-us"]);

    const own = plannedRound({
      round: "recruiter",
      questions: bank,
      seed: 2,
      opening: { own: { prompt: "Why here, and not another lab?", kind: "why" } },
    });
    expect(own[0]).toMatchObject({ id: OWN_QUESTION_ID, whyCompany: true, pushback: true });
    // The candidate's own question already asks it; a second would ask the same thing again.
    expect(own.map((q) => q.id)).not.toContain("plan-why-us");
  });

  it("plans the candidate's own question by its kind", () => {
    const bank = behavioralBank(6);
    const own = (
      kind: "values" | "behavioral" | "why" | "opinion" | "design",
      round = "behavioral" as const,
    ) =>
      plannedRound({
        round,
        questions: bank,
        seed: 1,
        opening: { own: { prompt: "  Should labs publish their evals?  ", kind } },
      })[0];
    expect(own("opinion")).toEqual({
      id: OWN_QUESTION_ID,
      prompt: "Should labs publish their evals?",
      answerKind: "opinion",
      themes: [],
      storyTypes: [],
      followUps: [],
      mode: "standard",
      whyCompany: false,
      pushback: true,
    });
    expect(own("behavioral")).toMatchObject({ answerKind: "behavioral", pushback: false });
    const design = own("design");
    expect(design?.answerKind).toBeUndefined();
    expect(design?.pushback).toBe(false);
    const deepDive = plannedRound({
      round: "hiring-manager",
      questions: bank.map((q) => ({ ...q, rounds: ["hiring-manager" as const] })),
      seed: 1,
      opening: { own: { prompt: "Walk me through your last launch.", kind: "opinion" } },
    });
    expect(deepDive[0]).toMatchObject({ mode: "deep-dive", pushback: false });
    expect(deepDive).toHaveLength(3);
  });

  it("plans only the chosen question when the bank has none for the round", () => {
    const plan = plannedRound({
      round: "coding",
      questions: behavioralBank(2),
      seed: 1,
      opening: { own: { prompt: "How would you find a memory leak?", kind: "design" } },
    });
    expect(plan.map((q) => q.id)).toEqual([OWN_QUESTION_ID]);
  });
});
