import { describe, expect, it } from "vitest";
import { parseText } from "./analysis-helpers.ts";
import {
  anchorKey,
  claimSpans,
  clausePhrase,
  freshAnchor,
  isUsedAnchor,
  salientAnchor,
} from "./quotes.ts";

function phraseAt(text: string, at: string): string {
  return clausePhrase(parseText(text), text.indexOf(at));
}

describe("clausePhrase", () => {
  it("never ends on a preposition or an article", () => {
    const text =
      "Last year our team had a disagreement about the database migration that dragged on.";
    const phrase = phraseAt(text, "Last year");
    expect(phrase).toBe("Last year our team had a disagreement");
  });

  it("never tears a word out of a hyphenated compound", () => {
    expect(phraseAt("It was a data-driven decision. We used it.", "data")).toBe(
      "a data-driven decision",
    );
  });

  it("stays inside one sentence and one clause", () => {
    const text = "We shipped it in May, and nobody noticed. Then the bill arrived.";
    const phrase = phraseAt(text, "We shipped");
    expect(phrase).toBe("We shipped it in May");
  });

  it("stops before a verb's object rather than cutting it off", () => {
    const text = "I designed the partitioning scheme and wrote the consumer for the pipeline.";
    expect(phraseAt(text, "I designed")).toBe("I designed the partitioning scheme");
  });

  it("never opens on a word that makes the clause lean on another, nor on a preposition", () => {
    expect(phraseAt("Before it hit production, I added a canary check.", "Before")).toBe("");
    expect(phraseAt("If I were doing it again, I'd write the list first.", "If I")).toBe("");
    expect(phraseAt("We caught it in week one rather than week four.", "in week")).not.toMatch(
      /^in\b/,
    );
  });

  it("quotes something said, not only who said it", () => {
    expect(phraseAt("As I said, I rejected the vendor suite.", "As I said")).toBe("");
    expect(phraseAt("I think I'd say so.", "I think")).toBe("");
    expect(phraseAt("I rejected the vendor suite outright.", "I rejected")).toBe(
      "I rejected the vendor suite outright",
    );
  });

  it("never stops inside a relative clause it opened", () => {
    const text = "I would refuse to build capability evaluations whose only purpose is marketing.";
    expect(phraseAt(text, "I would")).toBe("I would refuse to build capability evaluations");
    const view =
      "I'm not convinced that racing to the frontier to have a seat at the table buys safety.";
    expect(phraseAt(view, "I'm not")).toBe("");
  });

  it("gives nothing for a reply too short to quote", () => {
    expect(phraseAt("Okay.", "Okay")).toBe("");
    expect(phraseAt("Fair enough.", "Fair")).toBe("");
  });
});

describe("salientAnchor and freshAnchor", () => {
  it("names the project by its whole noun phrase", () => {
    const text =
      "The project I'm proudest of is the Kafka-based invoice pipeline at Acme, which replaced a nightly batch job.";
    expect(salientAnchor(text, new Set())).toBe("Kafka-based invoice pipeline");
  });

  it("skips a phrase already quoted in the interview", () => {
    const text =
      "The project I'm proudest of is the Kafka-based invoice pipeline at Acme, which replaced a nightly batch job.";
    const used = new Set([anchorKey("Kafka-based invoice pipeline")]);
    expect(salientAnchor(text, used)).toBe("nightly batch job");
  });

  it("treats a phrase inside an earlier quote as used", () => {
    expect(
      isUsedAnchor("The team decided", new Set([anchorKey("the team decided together")])),
    ).toBe(true);
    expect(isUsedAnchor("a different thing", new Set([anchorKey("the team decided")]))).toBe(false);
  });

  it("falls back to the next span, then to nothing", () => {
    const text = "Okay. The rollout slipped by three weeks.";
    const spans = [
      { start: 0, end: 4 },
      { start: text.indexOf("The rollout"), end: text.length },
    ];
    expect(freshAnchor(text, spans, new Set())).toBe("The rollout slipped by three weeks");
    expect(freshAnchor("Okay.", [{ start: 0, end: 4 }], new Set())).toBe("");
  });
});

describe("a sentence the parser kept whole", () => {
  // "ms." reads as an abbreviation, so the parser runs two sentences together.
  const text =
    "Each gateway keeps its counts and syncs them to Redis every 100 ms. Redis can go down, and a gateway can crash.";

  it("is never quoted across: no anchor holds the full stop and the next sentence's start", () => {
    for (const anchor of [salientAnchor(text, new Set()), clausePhrase(parseText(text), 60)]) {
      expect(anchor).not.toMatch(/\.\s+\p{Lu}/u);
    }
  });

  it("still lets a title stand before a name within one sentence", () => {
    const titled = "I asked Dr. Okafor for a review of the migration plan before the freeze.";
    expect(phraseAt(titled, "asked")).toMatch(/^asked Dr\. Okafor/);
  });
});

describe("the view a challenge targets", () => {
  it("is not a point the candidate grants to the other side", () => {
    const text =
      "My friend says safety work is mostly marketing, and I'd concede that it's partly true. But I think interpretability will solve maybe a fifth of it.";
    const starts = claimSpans(text).map((span) => text.slice(span.start));
    expect(starts.some((rest) => rest.startsWith("I'd concede"))).toBe(false);
    expect(starts[0]).toMatch(/^I think interpretability/);
  });
});
