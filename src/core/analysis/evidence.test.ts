import { describe, expect, it } from "vitest";
import { closingEvidence, evidenceAt, tidyEvidence, tokenEvidence } from "./evidence.ts";
import { parseText } from "./nlp.ts";

describe("evidence", () => {
  it("quotes exactly the slice it points at, clamped to the text", () => {
    expect(evidenceAt("hello world", 6, 11)).toEqual({ start: 6, end: 11, quote: "world" });
    expect(evidenceAt("hello", -3, 99)).toEqual({ start: 0, end: 5, quote: "hello" });
  });

  it("quotes a token range", () => {
    const parsed = parseText("We shipped it on Friday.");
    expect(tokenEvidence(parsed, 0, 1).quote).toBe("We shipped");
  });

  it("takes the last non-empty sentences for closing evidence", () => {
    const parsed = parseText("One. Two. Three.\n");
    expect(closingEvidence(parsed, 2).map((e) => e.quote)).toEqual(["Two.", "Three."]);
  });

  it("drops duplicates and nested spans, keeps priority, then reads in order", () => {
    const text = "abcdefghij";
    const wide = evidenceAt(text, 0, 5);
    const inner = evidenceAt(text, 1, 3);
    const late = evidenceAt(text, 7, 9);
    const empty = evidenceAt(text, 4, 4);
    expect(tidyEvidence([late, inner, wide, wide, empty])).toEqual([wide, late]);
    expect(tidyEvidence([late, wide], 1)).toEqual([late]);
  });
});
