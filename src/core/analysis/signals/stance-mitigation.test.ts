import { describe, expect, it } from "vitest";
import { parseText } from "../nlp.ts";
import { read } from "./test-helpers.ts";
import { readRevision } from "./stance-revision.ts";

const view = parseText("I'd ship the new checkout flow this Friday.");

function signalOf(text: string, against = view) {
  const { parsed, clauses } = read(text);
  const { mitigation, newPosition, revision } = readRevision(parsed, against, clauses);
  return { mitigation, newPosition, revision };
}

describe("a safeguard added beside the view", () => {
  it.each([
    "I'd still ship it, but add a flag and stage the rollout.",
    "We'd ship it behind a feature flag and I'd watch the error rate for the first hour.",
    "I'd tell the support team what to look for.",
    "Keep the date, and warn the payments on-call that morning.",
  ])("is a mitigation and no revision: %s", (text) => {
    expect(signalOf(text)).toEqual({ mitigation: [0], newPosition: [], revision: [] });
  });

  it("is not one when the step sets a condition on the decision itself", () => {
    // "before it's final" changes when the view takes effect.
    const decisions = parseText("Decisions should be made in the meeting, by whoever is there.");
    const { parsed, clauses } = read(
      "I'd keep making the call quickly, but write it up and leave a day to object before it's final.",
    );
    expect(readRevision(parsed, decisions, clauses).mitigation).toEqual([]);
  });

  it("is not one when a named part of the view is kept beside it", () => {
    const onboarding = parseText("We should do all onboarding async: docs and recorded videos.");
    const { parsed, clauses } = read("So I'd keep the docs async, but add a buddy for a month.");
    expect(readRevision(parsed, onboarding, clauses).mitigation).toEqual([]);
  });

  it("is not what a thing would do, only what the speaker lays down", () => {
    expect(signalOf("That perspective would help any team.").mitigation).toEqual([]);
  });
});

describe("a new position: the view's action withheld, put off or replaced", () => {
  it.each([
    ["I'd not ship it now; I'd wait for the load test.", [0]],
    ["You're right. I wouldn't ship it Friday.", [1]],
    ["I'd ship it next Friday instead.", [0]],
    ["Good catch. I'd hold it until the load test is done.", [1]],
    ["I'd rather hold it a week than ship it on the busiest weekend.", [0]],
  ])("reads %j", (text, sentences) => {
    expect(signalOf(text).newPosition).toEqual(sentences);
    expect(signalOf(text).mitigation).toEqual([]);
  });

  it("keeps a view that was itself a delay: waiting again is no change", () => {
    const hold = parseText("I'd hold the release until the security review is done.");
    const { parsed, clauses } = read("I'd still hold it until the review is done.");
    expect(readRevision(parsed, hold, clauses).newPosition).toEqual([]);
  });

  it("does not read a prediction or another act denied as the view withheld", () => {
    expect(
      signalOf("With two of them I'd get less done, not more, until next year.").newPosition,
    ).toEqual([]);
    const friend = parseText("I'd tell a close friend their startup idea is bad if I thought so.");
    const { parsed, clauses } = read("I wouldn't tell them to quit the startup.");
    expect(readRevision(parsed, friend, clauses).newPosition).toEqual([]);
  });

  it("does not read holding a position as putting the view off", () => {
    const suite = parseText("I'd keep the pre-merge test suite under ten minutes.");
    const { parsed, clauses } = read("I'd still hold the line at ten minutes for the suite.");
    expect(readRevision(parsed, suite, clauses).newPosition).toEqual([]);
  });

  it("does not read a refusal to wait as a delay", () => {
    expect(signalOf("I wouldn't wait for the load test.").newPosition).toEqual([]);
  });
});

describe("a view's refused act granted, or its limit lifted", () => {
  it("reads the act a view refused, now offered, as a new position", () => {
    const refunds = parseText("We should never refund annual plans after the first month.");
    expect(
      signalOf("I'd offer a partial refund for the unused months.", refunds).newPosition,
    ).toEqual([0]);
    // Still refusing it is no new position.
    expect(signalOf("I'd still never offer a refund after a month.", refunds).newPosition).toEqual(
      [],
    );
  });

  it("reads the view's act laid down for every case, where the view limited it, as a new position", () => {
    const tests = parseText("I'd test only the checkout flow end to end.");
    expect(signalOf("I'd test all four flows end to end, nightly.", tests).newPosition).toEqual([
      0,
    ]);
    // The same act kept within its limit is no widening.
    expect(signalOf("I'd test the checkout flow end to end, nightly.", tests).newPosition).toEqual(
      [],
    );
  });
});
