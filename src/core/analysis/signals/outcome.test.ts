import { describe, expect, it } from "vitest";
import { readOutcome } from "./outcome.ts";
import { quotes, read } from "./test-helpers.ts";

function outcome(text: string) {
  const { parsed, clauses } = read(text);
  return readOutcome(parsed, clauses);
}

describe("readOutcome", () => {
  it("finds closing words", () => {
    expect(
      quotes(outcome("I pushed for a rewrite. In the end we kept the old code.").closers),
    ).toEqual(["In the end"]);
  });

  it("finds results and other people's reactions late in the story", () => {
    const found = outcome(
      "Our biggest customer asked for a discount. I wrote a proposal. I met their CFO twice. She signed a two-year contract.",
    );
    expect(quotes(found.results)).toEqual(["She signed a two-year contract"]);
  });

  it("reads things back as they were, and a patch, as how the story ended", () => {
    const found = outcome(
      "The import broke every card's country field. I spent the weekend on it. We patched the parser on Monday and the error rate went back to normal.",
    );
    expect(quotes(found.closers)).toEqual(["back to normal"]);
    expect(quotes(found.results)).toContain("We patched the parser on Monday");
  });

  it("finds a measured change anywhere", () => {
    expect(quotes(outcome("We cut p99 latency from 800 ms to 120 ms.").measured)).toHaveLength(1);
  });

  it("finds nothing when the story stops at the candidate's own effort", () => {
    const found = outcome(
      "The customer asked for an on-premise version. I thought it would split the codebase. I wrote a proposal and set up a call with their CTO.",
    );
    expect([...found.closers, ...found.results, ...found.measured]).toEqual([]);
  });
});
