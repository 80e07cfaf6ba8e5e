import { describe, expect, it } from "vitest";
import { parseText } from "./nlp.ts";
import { compilePhrases, findPhrases, hasPhrase } from "./phrases.ts";

function quotes(text: string, cues: string[]): string[] {
  const parsed = parseText(text);
  return findPhrases(parsed, compilePhrases(cues)).map((m) =>
    text.slice(parsed.tokens[m.first]?.start, parsed.tokens[m.last]?.end),
  );
}

describe("phrases", () => {
  it("matches contractions through their spelled-out forms", () => {
    expect(quotes("I'd have pushed. I would've pushed.", ["i would have"])).toEqual([
      "I'd have",
      "I would've",
    ]);
  });

  it("matches inflections through lemmas and offers alternatives", () => {
    expect(
      quotes("I learned a lot and she taught me more.", ["i learn", "teach|taught me"]),
    ).toEqual(["I learned", "taught me"]);
  });

  it("supports optional words, parts of speech and wildcards", () => {
    expect(quotes("my biggest worry, my worry", ["my biggest? worry"])).toEqual([
      "my biggest worry",
      "my worry",
    ]);
    expect(quotes("two weeks later", ["#NUM * later"])).toEqual(["two weeks later"]);
  });

  it("prefers the longest match and never overlaps", () => {
    expect(quotes("in the end", ["in the", "in the end"])).toEqual(["in the end"]);
  });

  it("answers whether a cue is present", () => {
    const parsed = parseText("Looking back, I would rehearse.");
    expect(hasPhrase(parsed, compilePhrases(["look back"]))).toBe(true);
    expect(hasPhrase(parsed, compilePhrases(["next time"]))).toBe(false);
  });
});
