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

  it("finds a listed figure's move past the opening, with a number or without", () => {
    const found = outcome(
      "My manager said the US side could not follow our notes. I made a template with four lines. I reviewed five notes from each agent every Friday. After two months, the client's escalations went from around twenty per month to two.",
    );
    expect(quotes(found.measured)).toHaveLength(1);
    const slight = outcome(
      "I banned macros. Two agents told me they were exhausted. We wrote forty macros together. CSAT went up slightly.",
    );
    expect(quotes(slight.measured)).toEqual(["CSAT went up slightly"]);
    // In the opening it is a headline claim, not how the story ended.
    const headline = outcome(
      "I drove an initiative that reduced our cloud spend. I aligned the stakeholders. I was proud of the team.",
    );
    expect(headline.measured).toEqual([]);
  });

  it("does not read a scene set late in the story as its result", () => {
    const found = outcome(
      "Policy said write-up. I printed the form. I sat him down first. He told me his wife was sick and he wasn't sleeping. The form was sitting right there on the desk between us.",
    );
    expect(quotes(found.results)).not.toContain("he wasn't sleeping");
    expect(quotes(found.results)).not.toContain("The form was sitting right there on the desk");
  });

  it("finds nothing when the story stops at the candidate's own effort", () => {
    const found = outcome(
      "The customer asked for an on-premise version. I thought it would split the codebase. I wrote a proposal and set up a call with their CTO.",
    );
    expect([...found.closers, ...found.results, ...found.measured]).toEqual([]);
  });
});
