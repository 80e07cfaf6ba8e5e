import { describe, expect, it } from "vitest";
import type { Question } from "../content/schema.ts";
import { answerTurn } from "./engine.ts";
import { makeQuestion, startedInterview } from "./test-factories.ts";
import type { InterviewState } from "./types.ts";

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
  const { state } = startedInterview({ round: "values", questions, seed: 11 });
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

  it.each([
    ["You're probably right, I hadn't thought about it.", "caved"],
    ["Okay.", "caved"],
    ["Honestly, probably not.", "caved"],
    ["I still think so, because the policy names no outside body that can stop a launch.", "held"],
    [
      "You're right that the policy is reviewed by an outside group, so I'd now narrow my critique to how the thresholds are chosen.",
      "updated",
    ],
  ])("records the coach's stance on %j: %s", (reply, verdict) => {
    const { state } = opinionInterview();
    const first = answer(state, VIEW);
    const second = answerTurn(first.state, reply);
    if (!second.ok) throw new Error(second.error.message);
    const record = second.value.state.pushbacks[0];
    expect(record?.outcome).toBe(verdict);
    expect(record?.outcome).toBe(second.value.analysis.stance?.verdict);
    for (const quote of record?.quotes ?? []) expect(reply).toContain(quote);
  });

  it("asks where the candidate stands when the answer only tells a story, then challenges the view", () => {
    const { state } = opinionInterview();
    // Every sentence narrates the past; "needed to" and "thought" tell what was thought then.
    const story =
      "At my last job I ran the billing team. We needed to ship a pricing change by June, and I " +
      "thought the rollout plan was fine. About 300 customers were overcharged in the first week.";
    const first = answer(state, story);
    expect(first.turn.kind).not.toBe("pushback");
    expect(first.turn.text).toContain("where do you stand on it");
    expect(first.turn.text).not.toContain("devil's advocate");
    const second = answer(
      first.state,
      "Where I'd push back is that your evaluations are published after launch, so nobody " +
        "outside can check a threshold before it matters.",
    );
    expect(second.turn.kind).toBe("pushback");
    const probe = second.state.turns.at(-1)?.probe;
    const claim = probe?.kind === "pushback" ? probe.claim : "";
    expect(claim).toContain("your evaluations are published after launch");
    expect(second.turn.text).not.toContain("billing team");
  });

  it("challenges a view stated without a cue word, not the story before it", () => {
    const { state } = opinionInterview();
    const first = answer(
      state,
      "Last year I sat on our launch review. The weakest part of the policy is the thresholds. " +
        "Nobody outside the company can see how they are set.",
    );
    // A gap of the first answer may come first; the challenge, when it comes, names the view.
    const challenge =
      first.turn.kind === "pushback" ? first : answer(first.state, "It was in 2024.");
    expect(challenge.turn.kind).toBe("pushback");
    const probe = challenge.state.turns.at(-1)?.probe;
    expect(probe?.kind === "pushback" ? probe.claim : "").toContain(
      "The weakest part of the policy",
    );
  });
});
