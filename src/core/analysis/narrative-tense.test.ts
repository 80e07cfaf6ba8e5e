import { describe, expect, it } from "vitest";
import { readClauses } from "./clauses.ts";
import { readNarrativeTense } from "./narrative-tense.ts";
import { parseText } from "./nlp.ts";

/** Each clause's text and whether it is read as past. */
function tenses(text: string): [string, boolean][] {
  const parsed = parseText(text);
  return readNarrativeTense(parsed, readClauses(parsed)).map((clause) => [
    parsed.tokens
      .slice(clause.first, clause.last + 1)
      .map((t) => t.value)
      .join(" "),
    clause.past,
  ]);
}

describe("readNarrativeTense", () => {
  it("reads a story set in the past and told in the present as past", () => {
    const read = new Map(
      tenses(
        "In my last company I show my lead two bugs. He agree we write tests. I learn I should bring data. Now I always bring data.",
      ),
    );
    expect(read.get("In my last company I show my lead two bugs")).toBe(true);
    expect(read.get("He agree")).toBe(true);
    expect(read.get("I learn")).toBe(true);
    // What holds now stays the teller's present.
    expect(read.get("Now I always bring data")).toBe(false);
  });

  it("reads a present-tense story set in a year as past", () => {
    const read = new Map(
      tenses(
        "In 2019 I am the night nurse on a surgical ward. A patient asks for more morphine and I give it without checking the chart. The doctor finds the double dose an hour later.",
      ),
    );
    expect(read.get("A patient asks for more morphine")).toBe(true);
    expect(read.get("The doctor finds the double dose an hour later")).toBe(true);
  });

  it("leaves a plan for a year in the present", () => {
    const read = tenses(
      "In 2030 I want to lead a team. I study papers every week. I write a short summary of each one for my group.",
    );
    expect(read.filter(([, past]) => past)).toEqual([]);
  });

  it("counts no verbless label as a clause told in the present", () => {
    const read = new Map(
      tenses(
        "Situation: our builds kept breaking during 2022. Task: I had to make them green. Action: I added a merge queue.",
      ),
    );
    expect(read.get("Situation")).toBe(false);
    expect(read.get("Action")).toBe(false);
  });

  it("leaves habits told in the present alone when nothing sets them in the past", () => {
    const read = tenses(
      "I use three-point estimates. I break work down into tasks of two days. I look at how long similar work took last time.",
    );
    expect(read.filter(([, past]) => past)).toEqual([]);
  });

  it("keeps the tenses of a story told mostly in the past", () => {
    const read = new Map(
      tenses(
        "Last year I wrote the export. It failed twice and I fixed the parser. The team is happy with it.",
      ),
    );
    expect(read.get("It failed twice")).toBe(true);
    expect(read.get("The team is happy with it")).toBe(false);
  });
});
