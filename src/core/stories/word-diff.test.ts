import { describe, expect, it } from "vitest";
import { countChangedWords, diffStoryText } from "./word-diff.ts";

describe("diffStoryText", () => {
  it("marks inserted and deleted words and keeps the rest", () => {
    const parts = diffStoryText(
      "I delayed the launch by two weeks.",
      "I delayed the risky launch by three weeks.",
    );
    expect(parts.filter((p) => p.change === "added").map((p) => p.text.trim())).toEqual([
      "risky",
      "three",
    ]);
    expect(parts.filter((p) => p.change === "removed").map((p) => p.text.trim())).toEqual(["two"]);
    const after = parts
      .filter((p) => p.change !== "removed")
      .map((p) => p.text)
      .join("");
    const before = parts
      .filter((p) => p.change !== "added")
      .map((p) => p.text)
      .join("");
    expect(after).toBe("I delayed the risky launch by three weeks.");
    expect(before).toBe("I delayed the launch by two weeks.");
  });

  it("gives one unchanged part for identical texts", () => {
    expect(diffStoryText("Same words.", "Same words.")).toEqual([
      { change: "same", text: "Same words." },
    ]);
  });

  it("counts the words added and removed", () => {
    const parts = diffStoryText("one two three", "one four five three");
    expect(countChangedWords(parts)).toEqual({ added: 2, removed: 1 });
  });
});
