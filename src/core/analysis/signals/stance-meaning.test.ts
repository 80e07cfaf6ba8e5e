import { describe, expect, it } from "vitest";
import { parseText } from "../nlp.ts";
import {
  compareWithView,
  meaningsOf,
  saysNot,
  splitsCount,
  viewCounts,
  viewLimitWords,
} from "./stance-meaning.ts";

const meanings = (text: string) => meaningsOf(parseText(text).tokens);

describe("meaningsOf", () => {
  it("meets inflections and derived forms at one root", () => {
    expect(meanings("two approvals")).toEqual(meanings("approved by two"));
    expect(meanings("interviews")).toEqual(meanings("the interview"));
  });

  it("reads number words as numbers", () => {
    expect(meanings("one engineer over two")).toEqual(meanings("1 engineer over 2"));
  });

  it("puts the words of one workplace meaning together, and keeps other words apart", () => {
    expect(meanings("a senior engineer")).toEqual(meanings("an experienced engineer"));
    expect(meanings("the job")).toEqual(meanings("the work"));
    expect(meanings("the job")).not.toEqual(meanings("the payments code"));
  });

  it("leaves out words that frame a position rather than state it", () => {
    expect(meanings("I'd update my answer slightly: let me put it differently")).toEqual(new Set());
  });
});

describe("compareWithView", () => {
  const view = meanings("I'd rather hire one strong senior engineer than two juniors.");

  it("counts what a paraphrase shares and the little it adds", () => {
    const parsed = parseText("One experienced engineer over two new ones.");
    expect(compareWithView(parsed, 0, view)).toEqual({ shared: 4, added: 1 });
  });

  it("counts the matter a changed position brings", () => {
    const parsed = parseText("Two juniors for the support rotation, a senior for the platform.");
    const { added } = compareWithView(parsed, 0, view);
    expect(added).toBeGreaterThanOrEqual(3);
  });
});

describe("saysNot", () => {
  it("finds a negated predicate but not a contrast", () => {
    expect(saysNot(parseText("Juniors should not review alone.").tokens)).toBe(true);
    expect(saysNot(parseText("I'd never merge it.").tokens)).toBe(true);
    expect(saysNot(parseText("Test the real work, not puzzles.").tokens)).toBe(false);
  });
});

describe("viewLimitWords", () => {
  it("counts 'until' as the bound a view set with 'before'", () => {
    const words = viewLimitWords(parseText("Nothing ships before the review."));
    expect(words.has("until")).toBe(true);
    expect(words.has("unless")).toBe(false);
  });
});

describe("splitsCount", () => {
  const counts = viewCounts(parseText("Every pull request should need two approvals."));
  const splits = (text: string) => splitsCount(parseText(text).tokens, counts);

  it("finds the view's count of a thing kept beside another count", () => {
    expect(splits("Two approvals when a change touches production data, one otherwise.")).toBe(
      true,
    );
    expect(splits("2 approvals for billing, 1 for the rest.")).toBe(true);
  });

  it("finds no split in the view's count said again, or in another count alone", () => {
    expect(splits("Two approvals, every time.")).toBe(false);
    expect(splits("I'd give leadership one number and one sentence.")).toBe(false);
    expect(splits("Two reviewers and one approval.")).toBe(false);
  });
});
