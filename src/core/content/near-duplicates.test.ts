import { describe, expect, it } from "vitest";
import { findNearDuplicates, normalizePrompt, promptSimilarity } from "./near-duplicates.ts";

describe("near-duplicate prompts", () => {
  it("treats rewordings that differ only in stop words and endings as the same", () => {
    const a = normalizePrompt("Describe a time you changed your mind about something important.");
    const b = normalizePrompt("Tell me about a time when you change your mind about something important?");
    expect(promptSimilarity(a, b)).toBe(1);
  });

  it("keeps genuinely different questions apart", () => {
    const a = normalizePrompt("Describe a time you changed your mind about something important.");
    const b = normalizePrompt("Design a rate limiter for an inference API with per-customer quotas.");
    expect(promptSimilarity(a, b)).toBeLessThan(0.2);
  });

  it("reports each near-duplicate pair once, most similar first", () => {
    const items = [
      { prompt: "Why do you want to work on AI safety at this company?" },
      { prompt: "Design a streaming chat backend." },
      { prompt: "Why do you want to work on AI safety at this company specifically?" },
    ];
    const pairs = findNearDuplicates(items);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.first).toBe(items[0]);
    expect(pairs[0]?.second).toBe(items[2]);
  });
});
