import { describe, expect, it } from "vitest";
import type { Question } from "../content/schema.ts";
import { answerTurn, startInterview } from "./engine.ts";
import { classifyPushbackResponse } from "./pushback.ts";
import { makeQuestion } from "./test-factories.ts";
import type { InterviewState } from "./types.ts";

describe("classifyPushbackResponse", () => {
  it.each([
    "I still think the thresholds are too vague, because the team that ships the model also decides when one is crossed.",
    "I see why you'd say that, but the 2024 revision moved the thresholds without outside review, which means the commitment is only as strong as the people holding it.",
    "No. The evidence is the eval report from last spring: two of the five dangerous-capability tests were run after launch.",
  ])("held: %s", (text) => {
    const reading = classifyPushbackResponse(text);
    expect(reading.outcome).toBe("held");
    expect(reading.reasoned).toBe(true);
    expect(reading.quotes.length).toBeGreaterThan(0);
    for (const quote of reading.quotes) expect(text).toContain(quote);
  });

  it.each([
    "You're right that the policy is reviewed by an outside group, so I'd now narrow my critique to how the thresholds are chosen.",
    "That changes my view because I hadn't known the evaluations were run by an outside lab.",
    "Fair point. Given that the thresholds were published in advance, I'd revise my claim to the enforcement side only.",
  ])("updated: %s", (text) => {
    const reading = classifyPushbackResponse(text);
    expect(reading.outcome).toBe("updated");
    expect(reading.quotes.length).toBeGreaterThan(0);
    for (const quote of reading.quotes) expect(text).toContain(quote);
  });

  it.each([
    "You're right, I agree.",
    "Good point, I hadn't thought of that.",
    "Fair enough. That changes my view.",
  ])("caved: %s", (text) => {
    const reading = classifyPushbackResponse(text);
    expect(reading.outcome).toBe("caved");
    expect(reading.reasoned).toBe(false);
    expect(reading.quotes[0]).toBeDefined();
    expect(text).toContain(reading.quotes[0]);
  });

  it("does not read a negated change of mind as one", () => {
    expect(
      classifyPushbackResponse("I wouldn't change my view. The thresholds are vague.").outcome,
    ).toBe("held");
  });
});

const VIEW =
  "I think the Responsible Scaling Policy is too vague about who decides a threshold was crossed, " +
  "because the same leadership that profits from a launch makes the call. In 2024 I read both versions.";

function opinionInterview(): { state: InterviewState; questions: Question[] } {
  const questions = [
    makeQuestion({
      id: "pushback-policy",
      prompt: "Where would you push back on our approach to AI safety?",
      category: "mission",
      rounds: ["values"],
      themes: ["ai-safety", "critique"],
      answerKind: "opinion",
    }),
    // Another round's question: the plan holds the policy question alone.
    makeQuestion({ id: "pushback-other-round", rounds: ["behavioral"] }),
  ];
  const { state } = startInterview({ round: "values", questions, seed: 11 });
  return { state, questions };
}

function answer(state: InterviewState, text: string) {
  const result = answerTurn(state, text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("pushback in an interview", () => {
  it("challenges the stated view, quoting it, and pushes again when the view is held", () => {
    const { state } = opinionInterview();
    expect(state.plan[0]?.id).toBe("pushback-policy");
    const first = answer(state, VIEW);
    expect(first.turn.kind).toBe("pushback");
    expect(first.turn.text).toContain("I think the Responsible Scaling Policy is too vague");
    const second = answer(
      first.state,
      "I still think so, because the policy names no outside body that can stop a launch.",
    );
    expect(second.turn.kind).toBe("pushback");
    expect(second.state.pushbacks).toHaveLength(1);
    expect(second.state.pushbacks[0]).toMatchObject({
      questionId: "pushback-policy",
      outcome: "held",
      claim: expect.stringContaining("Responsible Scaling Policy") as unknown,
    });
    const third = answer(second.state, "You're right, I agree.");
    expect(third.turn.kind).toBe("end");
    expect(third.state.pushbacks.map((record) => record.outcome)).toEqual(["held", "caved"]);
    expect(third.state.pushbacks[1]?.quotes).toEqual(["You're right, I agree."]);
  });

  it("moves on after the view is dropped on the first pushback", () => {
    const { state } = opinionInterview();
    const first = answer(state, VIEW);
    const second = answer(first.state, "Good point, I hadn't thought of that.");
    expect(second.turn.kind).toBe("end");
    expect(second.state.pushbacks[0]?.outcome).toBe("caved");
  });
});
