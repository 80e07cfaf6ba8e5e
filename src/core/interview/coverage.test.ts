import { describe, expect, it } from "vitest";
import type { FlagCode } from "../analysis/index.ts";
import { answeredAlready, missingAreas, missingPieces, questionShape } from "./coverage.ts";
import { askProbe, recordAnswer } from "./engine.ts";
import { planNextProbe } from "./probe.ts";
import { makeAnalysis, makeFlag, makeQuestion, startedInterview } from "./test-factories.ts";
import type { InterviewRound, InterviewState, PlannedQuestion } from "./types.ts";

function planned(overrides: Partial<PlannedQuestion>): PlannedQuestion {
  return {
    id: "q",
    prompt: "Tell me about a time you disagreed with your manager.",
    answerKind: "behavioral",
    themes: [],
    storyTypes: [],
    followUps: [],
    mode: "standard",
    whyCompany: false,
    pushback: false,
    ...overrides,
  };
}

const TEXT = "We moved the billing service to Postgres last spring. It went fine in the end.";

/** An interview on one question whose turns were answered with these flags, in order. */
function answered(
  round: InterviewRound,
  prompt: string,
  answerKind: PlannedQuestion["answerKind"],
  flagSets: readonly (readonly FlagCode[])[],
): InterviewState {
  const question = makeQuestion({
    prompt,
    rounds: [round],
    ...(answerKind === undefined ? {} : { answerKind }),
  });
  if (answerKind === undefined) delete (question as { answerKind?: unknown }).answerKind;
  let state = startedInterview({ round, questions: [question], seed: 3, questionCount: 1 }).state;
  flagSets.forEach((codes, index) => {
    const flags = codes.map((code) => makeFlag(code, TEXT, "We moved the billing service"));
    state = recordAnswer(state, TEXT, makeAnalysis(TEXT, flags));
    if (index < flagSets.length - 1) state = askProbe(state, planNextProbe(state)).state;
  });
  return state;
}

describe("questionShape", () => {
  it("tells stories, hypotheticals, views and designs apart", () => {
    expect(questionShape(planned({}), "behavioral")).toBe("story");
    expect(
      questionShape(
        planned({ prompt: "The paper is due Friday and the result leaked. What do you do?" }),
        "values",
      ),
    ).toBe("hypothetical");
    expect(
      questionShape(planned({ prompt: "What would you do if your lead hid a bug?" }), "values"),
    ).toBe("hypothetical");
    expect(questionShape(planned({ answerKind: "opinion" }), "values")).toBe("opinion");
    expect(questionShape(planned({ answerKind: "why" }), "recruiter")).toBe("why");
    const { answerKind: _omitted, ...design } = planned({});
    expect(questionShape(design, "system-design")).toBe("design");
    expect(questionShape(design, "coding")).toBe("coding");
  });
});

describe("missingPieces", () => {
  it("never lists feelings, an outcome or a lesson for a hypothetical", () => {
    const state = answered(
      "values",
      "Your lead hides a bug before launch. What do you do?",
      "values",
      [["no-feelings", "no-outcome", "no-reflection", "vague"]],
    );
    expect(missingPieces("hypothetical", state.turns)).toEqual(["vague"]);
    const probe = planNextProbe(state);
    expect(probe).toMatchObject({ kind: "gap", targets: ["vague"], ask: "hypothetical" });
  });

  it("counts a piece covered once any answer of the thread gave it", () => {
    // The first answer had no outcome; the follow-up about feelings gave one.
    const state = answered("behavioral", "Tell me about a failure.", "behavioral", [
      ["no-feelings", "no-outcome"],
      ["no-reflection"],
    ]);
    const missing = missingPieces("story", state.turns);
    expect(missing).not.toContain("no-outcome");
    expect(missing).not.toContain("no-feelings");
  });

  it("presses a group answer whenever it is given, but never the same gap twice", () => {
    const state = answered("behavioral", "Tell me about a decision.", "behavioral", [
      [],
      ["we-not-i"],
    ]);
    expect(missingPieces("story", state.turns)).toEqual(["we-not-i"]);
  });
});

describe("missingAreas", () => {
  it("asks a design about what it has not covered, in order, and never twice", () => {
    const question = planned({ prompt: "Design a rate limiter." });
    delete (question as { answerKind?: unknown }).answerKind;
    const turn = (text: string, area?: "scale" | "failure") => ({
      kind: "follow-up" as const,
      text: "",
      body: "",
      targets: [],
      probe:
        area === undefined
          ? {
              kind: "question" as const,
              questionId: "q",
              prompt: "",
              first: true,
              narrated: true,
              interrupt: false,
            }
          : { kind: "design" as const, questionId: "q", area, anchor: "", interrupt: false },
      answer: { text, analysis: makeAnalysis(text) },
    });
    expect(missingAreas("design", [turn("A token bucket per key in Redis.")])).toEqual([
      "scale",
      "failure",
      "trade-offs",
    ]);
    const thread = [
      turn("A token bucket per key in Redis."),
      turn("About 50k requests a second.", "scale"),
      turn("I am not sure.", "failure"),
    ];
    expect(missingAreas("design", thread)).toEqual(["trade-offs"]);
    expect(missingAreas("coding", [turn("A hash map, O(n) time; empty input returns 0.")])).toEqual(
      ["testing"],
    );
  });
});

describe("answeredAlready: an authored follow-up the thread has answered", () => {
  const REFLECTS =
    "I rewrote the cut-over plan myself in March. I was nervous, it shipped with no incidents, and what I'd do differently is start the dual-write a week earlier.";
  const CONDITION =
    "I'd keep two approvals. I'd change my mind if the second reviewer caught nothing in a quarter.";

  function threadOf(text: string, flags: readonly FlagCode[] = []) {
    let state = startedInterview({
      round: "behavioral",
      questions: [makeQuestion()],
      seed: 1,
      questionCount: 1,
    }).state;
    const evidence = flags.map((code) => makeFlag(code, text, text.slice(0, 10)));
    state = recordAnswer(state, text, makeAnalysis(text, evidence));
    return state.turns;
  }

  it("skips asking what would change their mind once the answer said it", () => {
    expect(
      answeredAlready(
        "What would it take to convince you otherwise?",
        "opinion",
        threadOf(CONDITION),
      ),
    ).toBe(true);
    expect(
      answeredAlready("What would it take to convince you otherwise?", "opinion", threadOf(TEXT)),
    ).toBe(false);
  });

  it("skips a reflection or the candidate's own feeling the coach found in the answer", () => {
    expect(answeredAlready("What would you do differently now?", "story", threadOf(REFLECTS))).toBe(
      true,
    );
    expect(answeredAlready("How did that feel at the time?", "story", threadOf(REFLECTS))).toBe(
      true,
    );
    const lacking = threadOf(TEXT, ["no-reflection", "no-feelings"]);
    expect(answeredAlready("What would you do differently now?", "story", lacking)).toBe(false);
    expect(answeredAlready("How did that feel at the time?", "story", lacking)).toBe(false);
  });

  it("still asks about someone else's feelings, and asks a view its reflection", () => {
    expect(
      answeredAlready("How did the other owners feel about it?", "story", threadOf(REFLECTS)),
    ).toBe(false);
    // An opinion is not held to a reflection, so its absence of the flag says nothing.
    expect(answeredAlready("What would you do differently?", "opinion", threadOf(TEXT))).toBe(
      false,
    );
  });
});
