import { describe, expect, it } from "vitest";
import { parseText } from "../nlp.ts";
import { readSpecifics } from "./specifics.ts";

function details(text: string) {
  return readSpecifics(parseText(text));
}

describe("readSpecifics", () => {
  it("does not count the numbers of a numbered list", () => {
    const found = details("1. I split the query\n2) It ran in 40 seconds");
    const numbers = found.items.filter((item) => item.kind === "number" || item.kind === "time");
    expect(numbers.map((item) => item.evidence.quote)).toEqual(["40 seconds"]);
  });

  it("finds numbers, time frames, names and technical terms", () => {
    const found = details(
      "In March 2021 our Postgres primary in us-east-1 lost 400 GB in 12 minutes.",
    );
    const kinds = found.items.map((item) => `${item.kind}:${item.evidence.quote}`);
    expect(kinds).toContain("time:March 2021");
    expect(kinds).toContain("name:Postgres");
    expect(kinds).toContain("number:400");
    expect(kinds).toContain("time:12 minutes");
    expect(found.strong).toBeGreaterThanOrEqual(4);
  });

  it("does not take a capitalised opening word for a name", () => {
    const found = details("Communication is key. Teamwork matters.");
    expect(found.items.filter((item) => item.kind === "name")).toEqual([]);
  });

  it("does not count the company everyone names", () => {
    expect(details("I admire Anthropic and its work on AI.").strong).toBe(0);
  });

  it("counts roles and events at half weight", () => {
    expect(details("My manager moved the launch.").weight).toBe(1);
  });

  it("lists sentences that generalise and sentences with nothing concrete", () => {
    const found = details("I always communicate clearly. It shipped on 4 May.");
    expect(found.genericSentences).toEqual([0]);
    expect(found.bareSentences).toEqual([0]);
  });
});
