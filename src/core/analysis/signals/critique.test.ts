import { describe, expect, it } from "vitest";
import { parseText } from "../nlp.ts";
import { readCritique } from "./critique.ts";
import { quotes } from "./test-helpers.ts";

function critique(text: string, concrete: number[] = [], performed: number[] = []) {
  return readCritique(parseText(text), new Set(concrete), new Set(performed));
}

describe("readCritique", () => {
  it("counts a reservation with a reason as considered", () => {
    const found = critique(
      "I worry that the evals lag the models, because capabilities move monthly.",
    );
    expect(found.considered).toHaveLength(1);
  });

  it("reads liking as praise, whatever it contrasts, unless it turns against itself", () => {
    const liking = critique(
      "I also like that the job description treats uptime as the main job rather than a chore left to whoever is free, because that is where my last four years went.",
      [0],
    );
    expect(liking.arguments).toEqual([]);
    const turned = critique(
      "I like the staged release, but it leaves the final call to the team paid on launches, so nobody outside can check it.",
      [0],
    );
    expect(turned.arguments).toHaveLength(1);
  });

  it("counts a short reservation whose reason comes in the next sentence", () => {
    const found = critique(
      "Where I disagree is on adoption. Even a proven drug takes years to reach patients, because hospitals buy slowly.",
    );
    expect(found.considered).toHaveLength(1);
  });

  it("reads a short pointed question opened by a conjunction, its reason in the next sentence", () => {
    const found = critique(
      "The levels are a good idea. But who decides the threshold is crossed? The company itself, so commercial pressure can bend the call.",
    );
    expect(quotes(found.questions)).toEqual(["But who decides the threshold is crossed?"]);
  });

  it("leaves a short question with nothing behind it as curiosity", () => {
    const found = critique("The levels are a good idea. But who decides? I liked the essay.");
    expect(found.questions).toEqual([]);
  });

  it("leaves a bare reservation unreasoned", () => {
    const found = critique("I have some concerns too.");
    expect(found.considered).toEqual([]);
  });

  it("sees a compliment dressed as criticism", () => {
    const found = critique("My only criticism is that they care too much about safety.");
    expect(found.considered).toEqual([]);
    expect(quotes(found.compliments)).toEqual([
      "My only criticism is that they care too much about safety.",
    ]);
  });

  it("does not count a criticism the candidate declines to make, or no longer holds", () => {
    expect(critique("I don't know the policy well enough to push back on it.").considered).toEqual(
      [],
    );
    expect(
      critique("I used to be skeptical about AI labs, but now I love them all.").considered,
    ).toEqual([]);
  });

  it("does not count a 'tension' named inside a slogan", () => {
    const text =
      "There is a real tension between innovation and safety, and this mission resolves it.";
    expect(critique(text, [], [0]).considered).toEqual([]);
  });

  it("counts a critical claim argued from the case in the sentence beside it", () => {
    const text =
      "I spent twenty minutes on your pricing page, then gave up on working out what we'd pay. " +
      "For a company whose whole brand is being clear and trustworthy, that one page undercuts it.";
    // The mission word makes the claim read as performed; the case beside it grounds it.
    expect(quotes(critique(text, [0], [1]).arguments)).toEqual([
      "For a company whose whole brand is being clear and trustworthy, that one page undercuts it.",
    ]);
    // The same claim with no case beside it is a slogan, and argues nothing.
    const alone =
      "For a company whose whole brand is being clear and trustworthy, that one page undercuts it.";
    expect(critique(alone, [], [0]).arguments).toEqual([]);
  });
});
