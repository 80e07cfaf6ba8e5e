import { describe, expect, it } from "vitest";
import { parseText } from "../nlp.ts";
import { performedCount, readPerformance } from "./performance.ts";
import { quotes } from "./test-helpers.ts";

describe("readPerformance", () => {
  it("finds mission echo, values words and buzzwords", () => {
    const found = readPerformance(
      parseText("I'm deeply passionate about the mission of safe AI. Integrity is my core value."),
      new Set(),
    );
    expect(quotes(found.missionEcho)).toEqual(["mission", "safe"]);
    expect(quotes(found.valuesWords)).toEqual(["Integrity"]);
    expect(quotes(found.buzzwords)).toEqual(["deeply", "passionate"]);
    expect(performedCount(found)).toBe(5);
  });

  it("lists only the performed sentences with nothing concrete in them", () => {
    const found = readPerformance(
      parseText("Safety is my passion. I spent 2022 on safety evals."),
      new Set([1]),
    );
    expect(found.emptySentences).toEqual([0]);
  });

  it("passes over the words of a cited name, and still counts them written as a slogan", () => {
    const cited = readPerformance(
      parseText(
        "I think the Responsible Scaling Policy is too vague. The Long-Term Benefit Trust is thin.",
      ),
      new Set(),
    );
    expect(performedCount(cited)).toBe(0);
    const slogan = readPerformance(
      parseText("Responsible scaling is the future. RESPONSIBLE AI MATTERS."),
      new Set(),
    );
    expect(quotes(slogan.missionEcho)).toEqual(["Responsible", "future", "RESPONSIBLE"]);
  });
});
