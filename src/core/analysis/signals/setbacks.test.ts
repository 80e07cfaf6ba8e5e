// Which setback words count as told: a setback denied, prepared for or only feared is not one
// (signals/relevance.ts, toldSetbacks), so a success story that names the risks it avoided does
// not pass for the failure a question asks about.
import { describe, expect, it } from "vitest";
import { parseText } from "../nlp.ts";
import { readContext, readSignals } from "./index.ts";

const QUESTION = parseText("Tell me about a time you failed.");

function setbacks(text: string): number {
  const parsed = parseText(text);
  const context = readContext(parsed, "behavioral", QUESTION, false);
  return readSignals(parsed, context).relevance.setbacks;
}

describe("setbacks told, not denied or feared", () => {
  it.each([
    ["denied", "We switched over on a Sunday with no incidents."],
    ["denied with an adjective between", "It went out with no major outages."],
    ["zero of them", "The move finished with zero downtime."],
    ["only feared", "A bad cut-over would double-charge thousands of customers."],
    ["only a possibility", "For a week it looked like we might miss the quarter."],
    ["a precaution", "I wrote a rollback plan before the switch."],
  ])("%s: %s", (_, text) => {
    expect(setbacks(text)).toBe(0);
  });

  it.each([
    ["told plainly", "The cut-over double-charged four hundred customers."],
    ["a past perfect with 'd", "By March I'd failed them, and I knew it."],
    ["a setback noun in a modal clause", "I'd love to say my wrong call was caring too much."],
    ["owned with should have", "I should have asked the night shift first."],
    ["denied elsewhere, told here", "No one noticed for a week, and then the outage hit."],
    ["a date that slipped", "Testing took longer than was planned, so we pushed go-live."],
  ])("%s: %s", (_, text) => {
    expect(setbacks(text)).toBeGreaterThan(0);
  });
});
