import { describe, expect, it } from "vitest";
import { parseText } from "../nlp.ts";
import { readPolarity } from "./polarity.ts";
import { type PolarityAsk, readPolarityAsks } from "./polarity-cues.ts";
import { read } from "./test-helpers.ts";

function asks(question: string): PolarityAsk[] {
  return readPolarityAsks(parseText(question));
}

function verdict(ask: PolarityAsk, text: string) {
  const { parsed, clauses } = read(text);
  const [found] = readPolarity(parsed, clauses, [ask]);
  if (found === undefined) throw new Error("expected a verdict");
  return found;
}

describe("readPolarityAsks", () => {
  it.each([
    ["Tell me about a time you were wrong.", "error"],
    ["Recall a moment you were confidently wrong in front of colleagues.", "error"],
    ["Tell me about a call you got wrong.", "error"],
    ["Tell me about an estimate you got badly wrong.", "error"],
    ["Tell me about a time your judgement failed.", "error"],
    ["Tell me about a mistake you made that affected other people.", "error"],
    ["Describe a deadline you missed.", "miss"],
    ["Tell me about a commitment you made to a customer that you didn't manage to keep.", "error"],
    ["Tell me about a promise to your team you didn't keep.", "error"],
    ["Describe a commitment you made to a date and then missed.", "miss"],
    ["Tell me about a time you pushed back on a decision and lost.", "loss"],
    [
      "Tell me about a time you cared less about an ethical issue than you should have.",
      "less-care",
    ],
    ["Which of your own values do you compromise most often?", "less-care"],
    ["Tell me about a disagreement with your team.", "conflict"],
    ["Tell me about a time you let a teammate down.", "error"],
    ["Tell me about a risk you took that didn't pay off.", "error"],
    ["Tell me about a time you lost an argument at work.", "loss"],
    ["Tell me about a time you disagreed with a decision but committed to it anyway.", "loss"],
    ["Tell me about a time you disagreed with a company policy but followed it anyway.", "loss"],
    ["Describe a conflict with a teammate that didn't resolve the way you wanted.", "unresolved"],
    ["Tell me about a time a colleague talked you out of something.", "mind-change"],
  ] as const)("reads %j as asking for %s", (question, ask) => {
    expect(asks(question)).toContain(ask);
  });

  it("reads no polarity where the question sets none", () => {
    expect(asks("Tell me about a project you owned end to end.")).toEqual([]);
    expect(
      asks("Tell me about a time you were asked to do something you thought was wrong."),
    ).toEqual([]);
    // "It" between the judging verb and the word is the thing judged, not the candidate.
    expect(
      asks("Have you ever refused to do something at work because you thought it was wrong?"),
    ).toEqual([]);
    // "What did you miss" asks what an estimate overlooked, not about a date.
    expect(asks("Tell me about an estimate that was off. What did you miss?")).not.toContain(
      "miss",
    );
    // A conflict with one's own values is a choice, not a quarrel.
    expect(
      asks("Tell me about a time you did something that conflicted with your values."),
    ).toEqual([]);
  });
});

describe("readPolarity", () => {
  it("reads negation: being wrong denied is being right, a date not hit is a miss", () => {
    expect(verdict("error", "I was wrong about the cache.").contradicted).toBe(false);
    expect(verdict("error", "I was wrong about the cache.").support).toBe(1);
    expect(verdict("error", "I wasn't wrong about the cache.").contradicted).toBe(true);
    expect(verdict("miss", "We didn't hit the date in March.").contradicted).toBe(false);
    expect(verdict("miss", "We didn't hit the date in March.").support).toBe(1);
    expect(verdict("miss", "We hit the date in March, four days early.").contradicted).toBe(true);
    expect(verdict("miss", "We never missed a date that year.").contradicted).toBe(true);
  });

  it("tells whose it was: the candidate's, someone else's, or a thing's", () => {
    const someoneElse = verdict("error", "My lead was wrong about the load. I was right.");
    expect(someoneElse.contradicted).toBe(true);
    expect(someoneElse.told).toEqual(["someone else was wrong", "you were proven right"]);
    // The reviewer being right is how a story of being wrong usually goes.
    expect(verdict("error", "The reviewer was right, and my estimate was wrong.").support).toBe(2);
    expect(verdict("error", "Customers hit a broken address form.").against).toBe(0);
    const mixed = verdict("error", "I was right about the risk but wrong about the fix.");
    expect([mixed.support, mixed.against, mixed.contradicted]).toEqual([1, 1, false]);
  });

  it("does not take a belief for how it turned out", () => {
    expect(verdict("error", "I thought I was right, so I merged it.").against).toBe(0);
    expect(verdict("error", "I wouldn't say anything failed.").against).toBe(0);
    expect(verdict("error", "It felt great to be right.").against).toBe(1);
    // Said aloud, being wrong is admitted, and being right only claimed.
    expect(verdict("error", "I told my lead I was wrong.").support).toBe(1);
    expect(verdict("error", "I told him I was right.").against).toBe(0);
    // A forecast is not an outcome; a failure told with "couldn't" is.
    expect(verdict("miss", "I promised we would hit the date in March.").against).toBe(0);
    expect(verdict("loss", "I couldn't convince them to wait.").support).toBe(1);
  });

  it('reads "\'d" before a participle as "had", not as a hedge', () => {
    expect(verdict("error", "I told the team straight that I'd got it wrong.").support).toBe(1);
    // A real "would" under "told" still only claims it.
    expect(verdict("error", "I told him I would be right.").against).toBe(0);
  });

  it("does not take an aim for what happened", () => {
    const aim = verdict("mind-change", "I went in planning to change her mind, not mine.");
    expect(aim.against).toBe(0);
    expect(verdict("loss", "I set out to win the argument with data.").against).toBe(0);
    expect(verdict("loss", "I tried hard to convince them.").against).toBe(0);
    // What did happen still counts.
    expect(verdict("mind-change", "By Friday she had changed her mind.").contradicted).toBe(true);
  });

  it("reads a bet that came to nothing as a setback, and standing by the attempt as half a denial", () => {
    expect(verdict("error", "The bet never paid off.").support).toBe(0.5);
    expect(verdict("error", "It didn't work out.").support).toBe(0.5);
    expect(verdict("error", "It worked out.").support).toBe(0);
    const standing = verdict("error", "I don't regret trying.");
    expect([standing.against, standing.contradicted]).toEqual([0.5, false]);
    expect(verdict("error", "I wasn't wrong about the cache.").against).toBe(1);
  });

  it("reads a loss and a win, whoever's verb it is", () => {
    expect(verdict("loss", "I was overruled, and the launch went ahead anyway.").contradicted).toBe(
      false,
    );
    expect(verdict("loss", "I don't usually lose when I push back.").contradicted).toBe(true);
    expect(
      verdict("loss", "He read my one-pager and agreed to keep the two weeks.").contradicted,
    ).toBe(true);
    expect(verdict("loss", "I didn't convince them, and we shipped without it.").contradicted).toBe(
      false,
    );
  });

  it("reads caring less and caring more", () => {
    expect(verdict("less-care", "I didn't think twice and shrugged it off.").contradicted).toBe(
      false,
    );
    expect(verdict("less-care", "I didn't care much about it at the time.").support).toBe(1);
    expect(verdict("less-care", "I care deeply about privacy.").contradicted).toBe(true);
    expect(verdict("less-care", "I never compromise, and I don't cut corners.").contradicted).toBe(
      true,
    );
  });

  it("reads a denied conflict", () => {
    expect(verdict("conflict", "Honestly, I get along with everyone.").contradicted).toBe(true);
    expect(verdict("conflict", "We never disagreed on anything big.").contradicted).toBe(true);
    expect(verdict("conflict", "Dana disagreed with my timeline.").contradicted).toBe(false);
  });

  it("does not count a restated question as the story", () => {
    const framed = verdict(
      "error",
      "This is a story about a time when I was wrong. I was proven right.",
    );
    expect(framed.support).toBe(0);
    expect(framed.contradicted).toBe(true);
  });

  it("does not count an opening that only repeats the question", () => {
    const { parsed, clauses } = read(
      "Lost an argument... so there was this one with our sales lead. My numbers were the ones on the slide.",
    );
    const question = parseText("Tell me about a time you lost an argument at work.");
    const words = new Set(question.tokens.flatMap((t) => [t.normal, t.lemma]));
    const [echoed] = readPolarity(parsed, clauses, ["loss"], words);
    expect(echoed?.support).toBe(0);
    expect(echoed?.contradicted).toBe(true);
    // Without the question, the same words are the story's own.
    expect(readPolarity(parsed, clauses, ["loss"])[0]?.support).toBe(1);
  });

  it("reads a virtue named as a flaw as no mistake", () => {
    const brag = verdict("error", "My biggest mistake was caring too much about quality.");
    expect(brag.support).toBe(0);
    expect(brag.contradicted).toBe(true);
    const real = verdict(
      "error",
      "My mistake was caring too much about polish. I held the release, and we missed the demo. I was wrong.",
    );
    expect(real.contradicted).toBe(false);
  });
});
