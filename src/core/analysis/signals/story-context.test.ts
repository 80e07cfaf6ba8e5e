import { describe, expect, it } from "vitest";
import { parseText } from "../nlp.ts";
import { asksForChangedMind, asksHypothetical, isConflictStory } from "./story-context.ts";

describe("story context", () => {
  it("recognises changed-my-mind questions", () => {
    expect(asksForChangedMind(parseText("Tell me about a time you changed your mind."))).toBe(true);
    expect(
      asksForChangedMind(
        parseText("What did you believe about AI labs that you no longer believe?"),
      ),
    ).toBe(true);
    expect(asksForChangedMind(parseText("Tell me about a project you led."))).toBe(false);
  });

  it("recognises hypothetical questions", () => {
    expect(asksHypothetical(parseText("How would you handle an unsafe project?"))).toBe(true);
    expect(asksHypothetical(parseText("Tell me about a time you failed."))).toBe(false);
    expect(asksHypothetical(parseText("A deploy is failing at 2 a.m. What do you do?"))).toBe(true);
    expect(asksHypothetical(parseText("Recall a time you were wrong. What did you do next?"))).toBe(
      false,
    );
    expect(asksHypothetical(parseText("What was your next step after the outage?"))).toBe(false);
  });

  it("lets the question decide whether a story is about conflict", () => {
    const answer = parseText("We migrated the database in May.");
    expect(
      isConflictStory(answer, parseText("Tell me about a disagreement with your manager.")),
    ).toBe(true);
    expect(isConflictStory(answer, parseText("Tell me about a project you owned."))).toBe(false);
  });

  it("needs two cues in the answer when there is no question", () => {
    expect(isConflictStory(parseText("I made a mistake."), undefined)).toBe(false);
    expect(isConflictStory(parseText("I made a mistake and we lost the client."), undefined)).toBe(
      true,
    );
  });
});
