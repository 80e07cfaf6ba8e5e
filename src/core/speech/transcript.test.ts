import { describe, expect, it } from "vitest";
import type { TimedWord } from "./speech-metrics.ts";
import { punctuateWords } from "./transcript.ts";

/** Words spoken one after another, `gaps` giving the silence before each (default 0.01 s). */
function timed(text: string, gaps: Record<number, number> = {}): TimedWord[] {
  let at = 0;
  return text.split(" ").map((word, index) => {
    const start = at + (gaps[index] ?? 0.01);
    at = start + 0.3;
    return { word, start, end: at };
  });
}

describe("punctuateWords", () => {
  it("ends a sentence where the speaker paused for one, and capitalises it and 'I'", () => {
    const words = timed("i missed the deadline by two weeks i told my manager and i'm sorry", {
      7: 0.7,
    });
    expect(punctuateWords(words)).toBe(
      "I missed the deadline by two weeks. I told my manager and I'm sorry.",
    );
  });

  it("keeps a phrase pause inside the sentence", () => {
    expect(punctuateWords(timed("we moved the launch and it held", { 4: 0.2 }))).toBe(
      "We moved the launch and it held.",
    );
  });

  it("leaves words that bring their own punctuation as they are", () => {
    expect(punctuateWords(timed("Yes, it was mine. we fixed it"))).toBe(
      "Yes, it was mine. We fixed it.",
    );
  });

  it("is empty for no words", () => {
    expect(punctuateWords([])).toBe("");
  });
});
