import { describe, expect, it } from "vitest";
import { clausesBySentence, readClauses } from "./clauses.ts";
import { parseText } from "./nlp.ts";

function clauses(text: string) {
  const parsed = parseText(text);
  return readClauses(parsed).map((c) => ({
    text: text.slice(parsed.tokens[c.first]?.start, parsed.tokens[c.last]?.end),
    agent: c.agent,
    passive: c.passive,
    past: c.past,
    modal: c.modal,
  }));
}

describe("readClauses", () => {
  it("tells the candidate, a group with them, a group without them and others apart", () => {
    const found = clauses(
      "I wrote it. We shipped it. The team tested it. Our team liked it. Priya merged it.",
    );
    expect(found.map((c) => c.agent)).toEqual(["self", "we", "team", "we", "other"]);
  });

  it("finds the passive and who it hides", () => {
    const [decision] = clauses("The decision was made to delay the launch.");
    expect(decision).toMatchObject({ agent: "other", passive: true, past: true });
  });

  it("lets a coordinated clause share its subject", () => {
    const found = clauses("I profiled the suite, split the tests and cached the layers.");
    expect(found.map((c) => c.agent)).toEqual(["self", "self", "self"]);
  });

  it("starts a clause at a new subject pronoun", () => {
    const found = clauses("My manager read the doc twice she agreed.");
    expect(found.map((c) => c.text)).toEqual(["My manager read the doc twice", "she agreed"]);
  });

  it("keeps the subject's head before a phrase that places it, not before 'of'", () => {
    const parsed = parseText(
      "A colleague on the billing desk entered it. Someone from finance signed it. One of my reports ran it.",
    );
    const heads = readClauses(parsed).map((c) =>
      c.subject === undefined ? undefined : parsed.tokens[c.subject.last]?.normal,
    );
    expect(heads).toEqual(["colleague", "someone", "reports"]);
  });

  it("reads a hyphenated verb by its second half", () => {
    expect(clauses("I hand-labeled 500 examples.")[0]).toMatchObject({
      agent: "self",
      past: true,
    });
  });

  it("keeps 'was that nervous' in one clause and still splits 'was that the team had left'", () => {
    expect(clauses("I was that nervous.").map((c) => c.text)).toEqual(["I was that nervous"]);
    expect(clauses("The catch was that the team had left.").map((c) => c.text)).toEqual([
      "The catch was",
      "the team had left",
    ]);
  });

  it("marks modal clauses as hypothetical", () => {
    expect(clauses("I would push harder.")[0]).toMatchObject({ modal: true, past: false });
  });
});

describe("clausesBySentence", () => {
  it("lists each sentence's clauses in order, and none for a sentence without any", () => {
    const parsed = parseText("I wrote the note and she read it. ... We shipped on Friday.");
    const bySentence = clausesBySentence(parsed, readClauses(parsed));
    expect(bySentence).toHaveLength(parsed.sentences.length);
    expect(bySentence.flat()).toEqual(readClauses(parsed));
    bySentence.forEach((clauses, index) => {
      for (const clause of clauses) expect(clause.sentence).toBe(index);
    });
    expect(bySentence[0]?.map((c) => c.verb?.lemma)).toEqual(["write", "read"]);
  });
});
