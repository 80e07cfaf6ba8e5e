import { describe, expect, it } from "vitest";
import { readBrokenForecasts, readUndoings } from "./broken-forecasts.ts";
import { read } from "./test-helpers.ts";

function broken(text: string) {
  const { parsed, clauses } = read(text);
  return readBrokenForecasts(parsed, clauses).map((found) => ({
    predicate: found.predicate,
    outcome: found.outcome.quote,
  }));
}

describe("readBrokenForecasts", () => {
  it("reads a figure the events contradict, in the next sentence or the same one", () => {
    expect(
      broken("I told my manager the billing rewrite would take two weeks. It took seven."),
    ).toEqual([{ predicate: "take", outcome: "It took seven" }]);
    expect(
      broken("I estimated we would need three replicas, and we ended up needing nine."),
    ).toHaveLength(1);
  });

  it("reads each forecast in a long run of them, and no outcome from far beyond it", () => {
    const story = "I told my manager the billing rewrite would take two weeks. It took seven. ";
    expect(broken(story.repeat(40))).toHaveLength(40);
    // However long the sentence runs before its "would", the forecast is read.
    const long =
      "I said that after the incident review and the long retro with the whole platform team and " +
      "the vendor it would take two weeks. It took seven.";
    expect(broken(long)).toHaveLength(1);
  });

  it("reads a promise the events deny", () => {
    expect(
      broken("I promised the client it would be ready by Friday. It wasn't ready until Tuesday."),
    ).toEqual([{ predicate: "ready", outcome: "It wasn't ready until Tuesday" }]);
  });

  it("leaves a forecast borne out, someone else's, a refusal and a plan alone", () => {
    expect(broken("I told my manager it would take two weeks. It took two weeks.")).toEqual([]);
    expect(broken("My lead said it would take two weeks. It took seven.")).toEqual([]);
    expect(broken("I told him I wouldn't merge it. He didn't merge it.")).toEqual([]);
    expect(broken("I told her it would take two weeks. It will take seven.")).toEqual([]);
  });
});

describe("readUndoings", () => {
  it("reads damage the candidate undid, not someone else's or a denied one", () => {
    const undone = (text: string) => readUndoings(read(text).clauses).length;
    expect(undone("I restored them from the backup within two hours.")).toBe(1);
    expect(undone("We reverted the change that evening.")).toBe(1);
    expect(undone("The vendor restored the service.")).toBe(0);
    expect(undone("I didn't revert anything.")).toBe(0);
  });
});
