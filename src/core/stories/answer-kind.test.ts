import { describe, expect, it } from "vitest";
import { readingForStoryType } from "./answer-kind.ts";
import { STORY_BANK_TYPES } from "./story-schema.ts";

describe("readingForStoryType", () => {
  it("reads values stories as values answers", () => {
    for (const type of ["acted-against-values", "ethical-tradeoff", "speed-vs-safety"] as const) {
      expect(readingForStoryType(type)).toEqual({ kind: "values", changedMind: false });
    }
  });

  it("reads a changed-mind story as a values answer about a changed mind", () => {
    expect(readingForStoryType("changed-mind")).toEqual({ kind: "values", changedMind: true });
  });

  it("reads every other type, custom included, as a behavioral answer", () => {
    const others = STORY_BANK_TYPES.filter(
      (type) =>
        !["acted-against-values", "ethical-tradeoff", "speed-vs-safety", "changed-mind"].includes(
          type,
        ),
    );
    expect(others).toEqual([
      "pushed-back-lost",
      "disagreement",
      "project-end-to-end",
      "failure",
      "custom",
    ]);
    for (const type of others) {
      expect(readingForStoryType(type)).toEqual({ kind: "behavioral", changedMind: false });
    }
  });
});
