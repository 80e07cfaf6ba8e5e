import { describe, expect, it } from "vitest";
import { timed } from "../../../tests/support/timed-words.ts";
import { markSpeech, normalizeWord } from "./speech-marks.ts";

describe("markSpeech", () => {
  it("marks each word as a filler or hedge, with the pause before it", () => {
    const { words, fillers, hedges } = markSpeech(
      timed("um I guess we you know rolled back", { 3: 1.5, 4: 0.05, 6: 0.4 }),
    );
    expect(fillers).toBe(2);
    expect(hedges).toBe(1);
    expect(words.map((word) => word.mark ?? "-")).toEqual([
      "filler",
      "hedge",
      "hedge",
      "-",
      "filler",
      "filler",
      "-",
      "-",
    ]);
    expect(words[3]?.pauseBeforeS).toBeCloseTo(1.5);
    expect(words.filter((word) => word.pauseBeforeS !== undefined)).toHaveLength(1);
  });

  it("orders the words by time and drops what reads as no word", () => {
    const { words } = markSpeech([
      { word: "two", start: 1, end: 1.2 },
      { word: "...", start: 0.5, end: 0.6 },
      { word: "One,", start: 0, end: 0.3 },
    ]);
    expect(words.map((word) => [word.word, word.norm])).toEqual([
      ["One,", "one"],
      ["two", "two"],
    ]);
  });
});

describe("normalizeWord", () => {
  it("reads recogniser variants and punctuation as the plain word", () => {
    expect(normalizeWord("our(2)")).toBe("our");
    expect(normalizeWord("So,")).toBe("so");
    expect(normalizeWord("don’t")).toBe("don't");
    expect(normalizeWord("<sil>")).toBe("sil");
  });
});
