import { describe, expect, it } from "vitest";
import type { Question } from "../content/schema.ts";
import { answerTurn, recordAnswer } from "./engine.ts";
import { buildInterviewReport } from "./report.ts";
import { makeAnalysis, makeQuestion, startedInterview } from "./test-factories.ts";
import type { InterviewState, StoryRef } from "./types.ts";

const STRONG =
  "In March 2023 I shipped a schema migration that locked the orders table for 11 minutes and took checkout down for 40,000 customers. I felt sick when the pager went off, because I had skipped the load test to hit the date. I rolled it back myself within 15 minutes, wrote the postmortem that afternoon and told my manager Dana it was my call. We lost about $30,000 in orders. Since then I run every migration against a production-sized copy first, and I would push back on the date rather than skip that test again.";
const WEAK_A = "We kind of improved a lot of things and it was generally better.";
const WEAK_B =
  "Things happened and the team handled it. It was a learning experience for everyone.";
const VIEW =
  "I think the review process is too slow, because a two-week wait for a safety sign-off pushes teams to batch risky changes together.";
const FOLLOW = "I'm not sure, honestly, it was a while ago.";

const questions: Question[] = [
  makeQuestion({
    id: "report-strong",
    rounds: ["values"],
    storyTypes: ["disagreement"],
    themes: ["collaboration"],
  }),
  makeQuestion({
    id: "report-weak-a",
    rounds: ["values"],
    storyTypes: ["failure"],
    themes: ["reliability"],
  }),
  makeQuestion({
    id: "report-weak-b",
    rounds: ["values"],
    storyTypes: ["ethical-tradeoff"],
    themes: ["integrity", "reliability"],
  }),
  makeQuestion({
    id: "report-view",
    rounds: ["values"],
    category: "values",
    themes: ["critique"],
    answerKind: "opinion",
  }),
];

const MAIN: Record<string, string> = {
  "report-strong": STRONG,
  "report-weak-a": WEAK_A,
  "report-weak-b": WEAK_B,
  "report-view": VIEW,
};

const stories: StoryRef[] = [
  {
    id: "story-outage",
    title: "The outage I caused",
    storyType: "failure",
    themes: ["reliability"],
  },
  {
    id: "story-ethics",
    title: "The data I would not ship",
    storyType: "ethical-tradeoff",
    themes: [],
  },
  { id: "story-mentor", title: "Mentoring Sam", storyType: "disagreement", themes: ["mentorship"] },
];

/** Runs the round to the end: main answers by question, caving under pushback, short follow-ups. */
function interview(): InterviewState {
  let { state, turn } = startedInterview({ round: "values", questions, seed: 21 });
  while (state.status === "active") {
    const text =
      turn.kind === "question"
        ? (MAIN[turn.questionId ?? ""] ?? FOLLOW)
        : turn.kind === "pushback"
          ? "You're right, I agree."
          : FOLLOW;
    const result = answerTurn(state, text);
    if (!result.ok) throw new Error(result.error.message);
    ({ state, turn } = result.value);
  }
  return state;
}

function fromAnswers(quote: string): boolean {
  const plain = quote.replace(/…$/, "");
  const all = [...Object.values(MAIN), FOLLOW, "You're right, I agree."];
  return all.some((text) => text.includes(plain));
}

describe("buildInterviewReport", () => {
  const state = interview();
  const report = buildInterviewReport(state, stories);

  it("lists every question with its analysis and the follow-ups asked", () => {
    expect(report.questions.map((q) => q.questionId).sort()).toEqual(Object.keys(MAIN).sort());
    for (const question of report.questions) {
      expect(question.answer?.text).toBe(MAIN[question.questionId]);
      // Once a follow-up is answered, the question is scored on everything said to it.
      const threads = question.followUps.flatMap((f) => f.answer?.thread ?? []);
      expect(question.overall).toBe(threads.at(-1) ?? question.answer?.analysis.overall);
    }
    const weak = report.questions.find((q) => q.questionId === "report-weak-a");
    expect(weak?.followUps.length).toBeGreaterThan(0);
    expect(weak?.followUps[0]?.targets.length).toBeGreaterThan(0);
    expect(weak?.followUps[0]?.answer?.analysis).toBeDefined();
    expect(weak?.followUps[0]?.answer?.thread).toBeDefined();
  });

  it("names the strongest and weakest answers with their questions", () => {
    expect(report.strongest).toMatchObject({ questionId: "report-strong", overall: 5 });
    expect(["report-weak-a", "report-weak-b"]).toContain(report.weakest?.questionId);
    expect(report.weakest?.prompt).toBeTruthy();
    expect(fromAnswers(report.weakest?.quote ?? "")).toBe(true);
  });

  it("gives three things to fix first, each with a quote from the answers", () => {
    expect(report.fixes).toHaveLength(3);
    for (const fix of report.fixes) {
      expect(fix.quote.trim()).not.toBe("");
      expect(fromAnswers(fix.quote)).toBe(true);
      expect(fix.advice).toBeTruthy();
    }
    expect(report.fixes[0]?.topic).toEqual({ kind: "flag", code: "vague" });
  });

  it("reports the pushback outcome with the candidate's words", () => {
    expect(report.pushbacks).toEqual([
      expect.objectContaining({
        questionId: "report-view",
        outcome: "caved",
        quotes: ["You're right, I agree."],
      }),
    ]);
  });

  it("suggests the stories that would have served the weakest answers", () => {
    const byQuestion = new Map(
      report.stories.map((s) => [s.questionId, s.stories.map((x) => x.id)]),
    );
    expect(byQuestion.get("report-weak-a")).toEqual(["story-outage"]);
    expect(byQuestion.get("report-weak-b")).toEqual(["story-ethics", "story-outage"]);
    expect(byQuestion.has("report-strong")).toBe(false);
  });

  it("fills the three fixes from weak dimensions when the flags name fewer", () => {
    const single = [makeQuestion({ id: "report-clean", rounds: ["behavioral"] })];
    const { state: fresh } = startedInterview({ round: "behavioral", questions: single, seed: 1 });
    const text = "I rebuilt the export job in May. It runs in 4 minutes now.";
    const answered = recordAnswer(fresh, text, makeAnalysis(text, [], 3));
    const fixes = buildInterviewReport(answered, []).fixes;
    expect(fixes).toHaveLength(3);
    expect(fixes.every((fix) => fix.topic.kind === "dimension" && fix.quote !== "")).toBe(true);
  });
});
