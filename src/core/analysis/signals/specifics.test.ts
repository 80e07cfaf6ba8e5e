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

  it("does not count an ordinal or a number that enumerates the answer's points", () => {
    const found = details(
      "A few things would stop me. Second, the pager load. Two: nobody could name a delayed launch. Thirdly, my commute is 90 minutes.",
    );
    const numbers = found.items.filter((item) => item.kind === "number");
    expect(numbers.map((item) => item.evidence.quote)).toEqual([]);
    // A count that opens a sentence still counts: "Second place" is no enumerator.
    const counted = details("Three engineers quit. Second place went to the Lisbon team.");
    expect(counted.items.filter((item) => item.kind === "number")).toHaveLength(2);
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

  it("reads a capital mid-sentence as a name the tagger took for a noun or an adjective", () => {
    const found = details(
      "I saw this when I worked at the French digital ministry during the AI Act negotiations.",
    );
    const names = found.items.filter((item) => item.kind === "name");
    expect(names.map((item) => item.evidence.quote).join(" ")).toContain("French");
    expect(
      details("Honest answers matter. Careful teams win.").items.filter(
        (item) => item.kind === "name",
      ),
    ).toEqual([]);
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
  describe("things named without numbers or capitals", () => {
    const quotes = (text: string) =>
      details(text).items.map((item) => `${item.kind}:${item.evidence.quote}`);

    it("keeps the nouns that say which review or meeting it was", () => {
      const found = quotes("He booked the privacy review and I raised it in the planning meeting.");
      expect(found).toContain("event:privacy review");
      expect(found).toContain("event:planning meeting");
      // Look-alike: a bare meeting is still one event, no wider.
      expect(quotes("I raised it in the meeting.")).toEqual(["event:meeting"]);
    });

    it("reads an -ing noun that closes a compound as part of it", () => {
      expect(quotes("They turned on location tracking in the app.")).toContain(
        "example:location tracking",
      );
      // Look-alike: an -ing word that takes an object is a verb the tagger misread.
      expect(quotes("It was about people trusting systems.")).not.toContain(
        "example:people trusting",
      );
    });

    it("counts a team named by its function when it stands alone", () => {
      expect(quotes("I would not merge it until legal had signed off.")).toContain("role:legal");
      // Look-alike: the same word describing a noun is not a team.
      expect(
        quotes("There was some legal risk in it.").filter((q) => q.startsWith("role:")),
      ).toEqual([]);
    });
  });
});
