import { describe, expect, it } from "vitest";
import { missingParts, readBeliefChange } from "./belief-change.ts";
import { read } from "./test-helpers.ts";

function change(text: string) {
  const { parsed, clauses } = read(text);
  return readBeliefChange(parsed, clauses);
}

describe("readBeliefChange", () => {
  it("finds the prior belief, what moved it and the new belief", () => {
    const found = change(
      "I used to think code review was a formality. Then an outage showed me what one missed check costs. Now I think review is our cheapest test.",
    );
    expect(missingParts(found)).toEqual([]);
  });

  it("reads a practice given up, or one taken on in its place, as the new belief", () => {
    expect(
      change("I stopped hunting bugs in review and moved that effort into tests.").revised,
    ).not.toEqual([]);
    expect(
      change("I cut the checklist, and now review for whether I could maintain it.").revised,
    ).not.toEqual([]);
    // Look-alikes: a pause is not a practice given up, and "now" opening a scene is no new view.
    expect(change("I stopped by his desk on Friday to ask about the bugs.").revised).toEqual([]);
    expect(change("I stopped at the station and now the train was late.").revised).toEqual([]);
  });

  it("reports the parts a generic answer leaves out", () => {
    expect(
      missingParts(change("I am always open to changing my mind and I value feedback.")),
    ).toEqual(["prior", "mover", "revised"]);
  });

  it("does not take a belief without content for a prior", () => {
    expect(change("I thought so.").prior).toEqual([]);
  });
});
