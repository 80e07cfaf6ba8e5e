import { describe, expect, it } from "vitest";
import {
  computeCoverage,
  MIN_SHARED_THEMES,
  storyCoversQuestion,
  type CoverageQuestion,
} from "./coverage.ts";

const question = (overrides: Partial<CoverageQuestion> & { id: string }): CoverageQuestion => ({
  answerKind: "values",
  storyTypes: [],
  themes: [],
  ...overrides,
});

const QUESTIONS: CoverageQuestion[] = [
  question({ id: "changed", storyTypes: ["changed-mind"], themes: ["changed-mind", "humility"] }),
  question({ id: "lapse", storyTypes: ["acted-against-values"], themes: ["integrity", "ethics"] }),
  question({ id: "feedback", storyTypes: [], themes: ["feedback", "humility", "learning"] }),
  question({ id: "coding", answerKind: undefined, themes: ["humility", "learning"] }),
  question({ id: "why", answerKind: "why", storyTypes: undefined, themes: ["mission"] }),
];

describe("storyCoversQuestion", () => {
  it("covers a question that names the story's type", () => {
    const story = { id: "s", storyType: "changed-mind" as const, themes: [] };
    expect(storyCoversQuestion(story, QUESTIONS[0] as CoverageQuestion)).toEqual({ via: "type" });
  });

  it(`covers by themes only with at least ${String(MIN_SHARED_THEMES)} shared`, () => {
    const one = { id: "s", storyType: "failure" as const, themes: ["humility"] };
    const two = { id: "s", storyType: "failure" as const, themes: ["learning", "humility"] };
    const feedback = QUESTIONS[2] as CoverageQuestion;
    expect(storyCoversQuestion(one, feedback)).toBeUndefined();
    expect(storyCoversQuestion(two, feedback)).toEqual({
      via: "themes",
      sharedThemes: ["humility", "learning"],
    });
  });

  it("never covers a question that is not spoken", () => {
    const story = { id: "s", storyType: "failure" as const, themes: ["humility", "learning"] };
    expect(storyCoversQuestion(story, QUESTIONS[3] as CoverageQuestion)).toBeUndefined();
  });

  it("matches custom stories by themes alone", () => {
    const story = { id: "s", storyType: "custom" as const, themes: ["integrity", "ethics"] };
    expect(storyCoversQuestion(story, QUESTIONS[1] as CoverageQuestion)).toMatchObject({
      via: "themes",
    });
  });
});

describe("computeCoverage", () => {
  it("lists each story's questions and the spoken questions nobody covers", () => {
    const coverage = computeCoverage(
      [
        { id: "a", storyType: "changed-mind", themes: ["humility", "learning"] },
        { id: "b", storyType: "failure", themes: [] },
      ],
      QUESTIONS,
    );
    expect(coverage.byStory).toEqual([
      {
        storyId: "a",
        questions: [
          { questionId: "changed", via: "type" },
          { questionId: "feedback", via: "themes", sharedThemes: ["humility", "learning"] },
        ],
      },
      { storyId: "b", questions: [] },
    ]);
    expect(coverage.uncoveredQuestionIds).toEqual(["lapse", "why"]);
    expect(coverage.spokenQuestionCount).toBe(4);
  });

  it("leaves every spoken question uncovered for an empty bank", () => {
    const coverage = computeCoverage([], QUESTIONS);
    expect(coverage.byStory).toEqual([]);
    expect(coverage.uncoveredQuestionIds).toEqual(["changed", "lapse", "feedback", "why"]);
  });
});
