import { describe, expect, it } from "vitest";
import { parseText } from "../nlp.ts";
import { readFramework } from "./framework.ts";
import { quotes } from "./test-helpers.ts";

describe("readFramework", () => {
  it("finds labels at the start of lines or sentences", () => {
    const found = readFramework(
      parseText("Situation: it broke.\n- Task - fix it.\nResult: fixed."),
    );
    expect(quotes(found.labels)).toEqual(["Situation:", "Task -", "Result:"]);
    expect(found.distinct).toBe(3);
  });

  it("ignores the same words inside a sentence", () => {
    const found = readFramework(parseText("The result: a tense week, and the task was mine."));
    expect(found.labels).toEqual([]);
  });

  it("finds the framework named outright", () => {
    expect(quotes(readFramework(parseText("Using the STAR method, here it is.")).named)).toEqual([
      "STAR method",
    ]);
  });
});
