import { describe, expect, it } from "vitest";
import { figureMove } from "./figures.ts";
import { read } from "./test-helpers.ts";

/** How each clause of the text moves a figure, in order, leaving out clauses that move none. */
function moves(text: string) {
  const { parsed, clauses } = read(text);
  return clauses.flatMap((clause) => {
    const move = figureMove(parsed, clause);
    return move === undefined ? [] : [move];
  });
}

describe("figureMove", () => {
  it("reads a wanted figure rising, or an unwanted one falling, as better", () => {
    expect(moves("Revenue from the roof went up by about 35%.")).toEqual(["better"]);
    expect(moves("Downloads tripled in the first quarter.")).toEqual(["better"]);
    expect(moves("P99 latency dropped from 800 milliseconds to about 120.")).toEqual(["better"]);
    expect(moves("Click-through was up 11%.")).toEqual(["better"]);
    // The way told by the two numbers.
    expect(moves("Our pass rate went from 64 to 83 percent.")).toEqual(["better"]);
    expect(moves("Deploy time went from forty minutes to six.")).toEqual(["better"]);
    expect(moves("Our review score went from 4.5 to 3.6.")).toEqual(["worse"]);
    expect(moves("The team went from Berlin to Lisbon.")).toEqual([]);
    expect(moves("We cut the bill by a third.")).toEqual([]);
  });

  it("reads a wanted figure falling, or an unwanted one rising, as worse", () => {
    expect(moves("Over the year food and beverage revenue fell around 22%.")).toEqual(["worse"]);
    expect(moves("Sales were down about 12% against the prior year.")).toEqual(["worse"]);
    expect(moves("Detention charges went up 18% in the first two months.")).toEqual(["worse"]);
    expect(moves("Dinner reservations dipped.")).toEqual(["worse"]);
    // A plural that opens the sentence may be tagged a verb.
    expect(moves("Cancellations tripled in the first month.")).toEqual(["worse"]);
  });

  it("reads no way for an unlisted figure, a compound, or someone else's figure", () => {
    expect(moves("Our headcount doubled.")).toEqual([]);
    expect(moves("On-time delivery fell from 96 to 88.")).toEqual([]);
    expect(moves("They signed with a rival and doubled their user base.")).toEqual([]);
    expect(moves("My manager's sales grew.")).toEqual([]);
  });
});
