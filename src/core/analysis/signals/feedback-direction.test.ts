import { describe, expect, it } from "vitest";
import { readClauses } from "../clauses.ts";
import { parseText } from "../nlp.ts";
import { readFeedbackDirection } from "./feedback-direction.ts";

function read(text: string) {
  const parsed = parseText(text);
  const { given, received } = readFeedbackDirection(parsed, readClauses(parsed));
  return { given: given.map((e) => e.quote), received: received.map((e) => e.quote) };
}

describe("readFeedbackDirection", () => {
  it.each([
    ["She told me my reviews read as cruel.", "She told me my reviews read as cruel"],
    ["I once received feedback that my updates hid bad news.", "I once received feedback"],
    ["In my second review I was told to slow down.", "In my second review I was told to slow down"],
    ["My lead pointed out that my tests were flaky.", "My lead pointed out"],
  ])("reads words that reach the candidate: %j", (text, quote) => {
    expect(read(text).received).toContain(quote);
    expect(read(text).given).toEqual([]);
  });

  it.each([
    ["The hardest feedback I've had to deliver was to Priya.", "I've had to deliver"],
    ["I sat with Dana and showed her two of her comments.", "showed her two of her comments"],
    ["I told him the demo was not ready.", "I told him the demo was not ready"],
  ])("reads words the candidate gives: %j", (text, quote) => {
    expect(read(text).given.join(" | ")).toContain(quote);
    expect(read(text).received).toEqual([]);
  });

  it("reads the candidate's quoted words to someone as given", () => {
    const text = "I asked him for a coffee, and I said, look, I don't think you meant it.";
    expect(read(text).given.join(" | ")).toContain("I said");
  });

  it.each([
    ["a request", "I asked her for the two moments she meant."],
    ["a habit of today", "It changed how I give feedback myself now."],
  ])("reads no feedback given in %s", (_name, text) => {
    expect(read(text).given).toEqual([]);
  });

  it.each([
    "I would tell her if it happened again.",
    "I didn't tell anyone for a week.",
    "The nightly job failed and the reports were late.",
  ])("reads nothing where no words pass: %j", (text) => {
    expect(read(text)).toEqual({ given: [], received: [] });
  });
});
