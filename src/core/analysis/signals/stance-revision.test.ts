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

describe("a figure of the view set to a new value", () => {
  const budget = parseText("Every team should get a $500 budget for conference travel.");

  it("counts only the sentence that changes the figure", () => {
    const { parsed, clauses } = read(
      "Fair, travel is where the money goes. We spent it all last year. I'd make it $300 a head.",
    );
    expect(readRevision(parsed, budget, clauses).revision).toEqual([2]);
  });

  it("does not count the view's own figure said again", () => {
    const { parsed, clauses } = read("Fair, travel is where the money goes. I'd make it $500.");
    expect(readRevision(parsed, budget, clauses).revision).toEqual([]);
  });
});

describe("the view said again in other words", () => {
  const hire = parseText("I'd rather hire one strong senior engineer than two juniors.");

  function restated(text: string, against = view) {
    const { parsed, clauses } = read(text);
    return readRevision(parsed, against, clauses);
  }

  it("is a restatement and a reaffirmation, not a revision, however it is announced", () => {
    const signal = restated(
      "I'd update my answer slightly: one experienced engineer over two new ones.",
      hire,
    );
    expect(signal.restatement).toEqual([0]);
    expect(signal.reaffirm).toEqual([0]);
    expect(signal.revision).toEqual([]);
    expect(
      restated("Let me revise that: nothing merges until two people have approved it.").restatement,
    ).toEqual([0]);
  });

  it("is not the view with a new limit, a new figure or the opposite polarity", () => {
    expect(restated("Two approvals for payments code only.").restatement).toEqual([]);
    expect(restated("I'd want two approvals unless the change is docs.").restatement).toEqual([]);
    expect(restated("Pull requests should not need two approvals.").restatement).toEqual([]);
  });

  it("is not a sentence that keeps too little of the view", () => {
    expect(restated("Fine, give the juniors a try.", hire).restatement).toEqual([]);
  });
});

describe("a story told beside the view", () => {
  const onCall = parseText("Every engineer should take a week of on-call, seniors included.");

  it("is no revision when it tells what people could do after something happened", () => {
    const { parsed, clauses } = read(
      "The staff engineer was on the rotation too, and after six months three others could restart the batch.",
    );
    expect(readRevision(parsed, onCall, clauses).revision).toEqual([]);
  });

  it("is no revision when it opens on where it happened rather than on the cases of a rule", () => {
    const { parsed, clauses } = read("For my last team, seniors would take a week of on-call.");
    expect(readRevision(parsed, onCall, clauses).revision).toEqual([]);
    const rule = read("For the staff engineers, a week of on-call would be secondary.");
    expect(readRevision(rule.parsed, onCall, rule.clauses).revision).toEqual([0]);
  });
});

describe("a conclusion that acts on the view again", () => {
  const posted = parseText("Salary ranges should be posted on every job listing.");
  const read2 = (text: string) => {
    const { parsed, clauses } = read(text);
    return readRevision(parsed, posted, clauses);
  };

  it("keeps the view: 'So I'd post them', 'So I'd keep them'", () => {
    for (const text of [
      "Some will ask for raises, and they'd find out anyway. So I'd post them.",
      "Some will ask for raises, and they'd find out anyway. So I'd keep them.",
    ]) {
      const found = read2(text);
      expect(found.revision).toEqual([]);
      expect(found.concluded).toEqual([1]);
      expect(found.reaffirm).toContain(1);
    }
  });

  it("still changes it with a new limit or a new act", () => {
    const scoped = read2("Some will ask for raises. So I'd post them only for senior roles.");
    expect(scoped.concluded).toEqual([]);
    expect(scoped.revision).toEqual([1]);
    const other = read2(
      "Some will ask for raises. So I'd share them with candidates after the first call.",
    );
    expect(other.concluded).toEqual([]);
    expect(other.revision).toEqual([1]);
  });
});

describe("a view kept in words, then limited after a turn", () => {
  it("is kept only in part: a change", () => {
    expect(
      revisionOf(
        "I'd still want a second reviewer, but through a lighter path, with the second approval needed only on billing code.",
      ),
    ).toEqual([0]);
    expect(
      revisionOf("I'd still want a second reviewer, but only a quick one on docs changes."),
    ).toEqual([0]);
  });

  it("is no change when the turn comes first, or limits nothing", () => {
    expect(revisionOf("But for anything that touches code I still want two.")).toEqual([]);
    expect(revisionOf("I'd still keep two approvals, but I see the cost.")).toEqual([]);
  });
});
