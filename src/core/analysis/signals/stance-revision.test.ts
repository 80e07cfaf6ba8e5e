import { describe, expect, it } from "vitest";
import { parseText } from "../nlp.ts";
import { read } from "./test-helpers.ts";
import { readRevision } from "./stance-revision.ts";

const view = parseText("Every pull request should need two approvals before it merges.");

function revisionOf(text: string): readonly number[] {
  const { parsed, clauses } = read(text);
  return readRevision(parsed, view, clauses).revision;
}

describe("a consequence drawn from the challenge", () => {
  it("counts a noun phrase then 'then' at the start of any sentence", () => {
    expect(revisionOf("Two tiers, then: payments code gets two, the rest gets one.")).toEqual([0]);
    expect(
      revisionOf(
        "Fair point about the queue. Two tiers, then: payments code gets two, the rest one.",
      ),
    ).toEqual([1]);
  });

  it("does not count a 'then' between commas deep inside a later sentence", () => {
    // The sentence narrates; its ", then," is a step in a story, not a conclusion drawn.
    const story =
      "Fair point, the queue does get longer when every change waits for a second person. We looked at the numbers for the payments team over the spring and the summer after, then, with a second reviewer added, the rollbacks dropped.";
    expect(revisionOf(story)).toEqual([]);
  });
});
