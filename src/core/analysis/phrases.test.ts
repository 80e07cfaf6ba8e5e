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

  it("reports the earlier cue of two that match the same words", () => {
    const parsed = parseText("I learned to ask first.");
    const cue = (cues: string[]) => findPhrases(parsed, compilePhrases(cues))[0]?.cue;
    // One cue indexed by its second word, one whose second element is a part of speech or a
    // wildcard: however each is indexed, the list's order breaks the tie.
    expect(cue(["i learn to", "i #VERB to", "i * to"])).toBe("i learn to");
    expect(cue(["i * to", "i learn to", "i #VERB to"])).toBe("i * to");
    expect(cue(["i #VERB to", "i * to", "i learn to"])).toBe("i #VERB to");
    // Matched by the first word's normal form or by its lemma: the longer match wins either way.
    expect(cue(["learned to", "learn to ask"])).toBe("learn to ask");
  });

  it("reads a range alone, the same whether a list has a cue without a first word or not", () => {
    const parsed = parseText("I learned a lot. Then I learned to ask. I learned it late.");
    const indexed = compilePhrases(["i learn", "i learn to ask"]);
    const mixed = compilePhrases(["i learn", "i learn to ask", "#NOUN? late"]);
    const found = (set: ReturnType<typeof compilePhrases>, from: number, to: number) =>
      findPhrases(parsed, set, from, to)
        .filter((match) => match.cue.startsWith("i"))
        .map((match) =>
          parsed.text.slice(parsed.tokens[match.first]?.start, parsed.tokens[match.last]?.end),
        );
    expect(found(indexed, 0, parsed.tokens.length - 1)).toEqual([
      "I learned",
      "I learned to ask",
      "I learned",
    ]);
    expect(found(indexed, 5, 10)).toEqual(["I learned to ask"]);
    expect(found(indexed, 5, 8)).toEqual(["I learned"]);
    for (const [from, to] of [
      [0, parsed.tokens.length - 1],
      [5, 10],
      [5, 8],
    ] as const) {
      expect(found(mixed, from, to)).toEqual(found(indexed, from, to));
    }
  });

  it("answers whether a cue is present", () => {
    const parsed = parseText("Looking back, I would rehearse.");
    expect(hasPhrase(parsed, compilePhrases(["look back"]))).toBe(true);
    expect(hasPhrase(parsed, compilePhrases(["next time"]))).toBe(false);
  });
});

describe("phrases across a wrapped line", () => {
  it("matches a cue through a single line break inside a sentence, at its first gap or later", () => {
    expect(quotes("So I'd\nstill keep it, honestly.", ["i would still"])).toEqual(["I'd\nstill"]);
    expect(quotes("So I\nwould still keep it.", ["i would still"])).toEqual(["I\nwould still"]);
  });

  it("matches none across a blank line or before a list item", () => {
    expect(quotes("So I'd\n\nstill keep it.", ["i would still"])).toEqual([]);
    expect(quotes("What I'd do:\n- still keep it", ["do still"])).toEqual([]);
  });
});
