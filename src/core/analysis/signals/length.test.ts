import { describe, expect, it } from "vitest";
import { parseText } from "../nlp.ts";
import { readLength, TOO_LONG_WORDS } from "./length.ts";

describe("readLength", () => {
  it("counts words the way a word processor does", () => {
    const found = readLength(parseText("I didn't ship the on-call fix — twice."));
    expect(found.words).toBe(7);
    expect(found.sentences).toBe(1);
  });

  it("converts words to minutes at 150 a minute", () => {
    expect(readLength(parseText("word ".repeat(300))).minutesSpoken).toBe(2);
  });

  it("points at the sentence where three minutes run out", () => {
    const sentence = "We fixed the nine flaky tests in the queue. ";
    const found = readLength(parseText(sentence.repeat(60)));
    expect(found.words).toBeGreaterThan(TOO_LONG_WORDS);
    expect(found.pastLimit?.quote).toBe(sentence.trim());
  });

  it("points at nothing within the limit", () => {
    expect(readLength(parseText("Short answer.")).pastLimit).toBeUndefined();
  });

  it("counts as the word-processor rule does on every kind of white space and script", () => {
    // The rule, stated as patterns: a run of non-space characters with a letter or digit in it.
    const byPattern = (text: string) =>
      (text.match(/\S+/g) ?? []).filter((run) => /[\p{L}\p{N}]/u.test(run)).length;
    const texts = [
      "Ünïcödé wörds, 日本語 text and 𝒳 maths",
      "tabs\there\u00a0non-breaking\u2003em-space\u3000ideographic",
      "— … ‽ ¿qué? 😀 emoji-only 😀😀",
      "line\r\nbreaks\u2028and\u2029separators\ufeffBOM",
    ];
    for (const text of texts) expect(readLength(parseText(text)).words).toBe(byPattern(text));
  });
});
