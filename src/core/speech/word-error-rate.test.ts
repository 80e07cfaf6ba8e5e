import { describe, expect, it } from "vitest";
import { wordErrorRate } from "./word-error-rate.ts";

describe("wordErrorRate", () => {
  it("is zero for the same words, whatever the case and punctuation", () => {
    expect(wordErrorRate("I led the migration.", "i led the migration")).toBe(0);
  });

  it("counts a substitution, a deletion and an insertion as one error each", () => {
    expect(wordErrorRate("we moved every customer", "we moved each customer")).toBe(0.25);
    expect(wordErrorRate("we moved every customer", "we moved customer")).toBe(0.25);
    expect(wordErrorRate("we moved every customer", "we we moved every customer")).toBe(0.25);
  });

  it("takes the cheapest alignment, not word by word in place", () => {
    // A dropped first word shifts every other word; aligned, it is one error, not four.
    expect(wordErrorRate("so we moved every customer", "we moved every customer")).toBe(0.2);
  });

  it("can exceed 1 when the transcript has more wrong words than were said", () => {
    expect(wordErrorRate("hello", "a b c")).toBe(3);
    expect(wordErrorRate("", "")).toBe(0);
    expect(wordErrorRate("", "noise")).toBe(1);
  });
});
