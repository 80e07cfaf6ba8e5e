import { describe, expect, it } from "vitest";
import { composeStoryText, STORY_ASPECTS, STORY_BUILDERS } from "./builder-prompts.ts";
import { STORY_BANK_TYPES } from "./story-schema.ts";

describe("STORY_BUILDERS", () => {
  it("asks every type about each aspect the rounds grade, in the order a story is told", () => {
    for (const type of STORY_BANK_TYPES) {
      const builder = STORY_BUILDERS[type];
      expect(builder.prompts.map((prompt) => prompt.aspect)).toEqual([...STORY_ASPECTS]);
      for (const prompt of builder.prompts) {
        expect(prompt.question.trim()).not.toBe("");
        expect(prompt.hint.trim()).not.toBe("");
      }
    }
  });

  it("words each type's questions for that type", () => {
    const questions = STORY_BANK_TYPES.flatMap((type) =>
      STORY_BUILDERS[type].prompts.map((prompt) => prompt.question),
    );
    expect(new Set(questions).size).toBe(questions.length);
  });

  it("suggests themes as slugs", () => {
    for (const type of STORY_BANK_TYPES) {
      for (const theme of STORY_BUILDERS[type].suggestedThemes) {
        expect(theme).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
  });
});

describe("composeStoryText", () => {
  it("joins the answers as paragraphs in story order, skipping blank ones", () => {
    const text = composeStoryText("failure", {
      belief: "  I now write the rollback first. ",
      situation: "The migration failed, and the schema change was mine.",
      felt: "   ",
      outcome: "We restored from backup after four hours.",
    });
    expect(text).toBe(
      "The migration failed, and the schema change was mine.\n\n" +
        "We restored from backup after four hours.\n\n" +
        "I now write the rollback first.",
    );
  });

  it("adds no framework labels", () => {
    const text = composeStoryText("changed-mind", {
      situation: "I believed X.",
      did: "I tested X.",
    });
    expect(text).not.toMatch(/situation|task|action|result/i);
  });

  it("gives an empty text for no answers", () => {
    expect(composeStoryText("custom", {})).toBe("");
  });
});
