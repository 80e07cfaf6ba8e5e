import { describe, expect, it } from "vitest";
import { hasReflection, readReflection } from "./reflection.ts";
import { quotes, read } from "./test-helpers.ts";

function reflection(text: string) {
  const { parsed, clauses } = read(text);
  return readReflection(parsed, clauses);
}

describe("readReflection", () => {
  it("finds lessons and counterfactuals", () => {
    expect(quotes(reflection("Looking back, I would have escalated sooner.").strong)).toEqual([
      "Looking back",
      "I would have",
    ]);
    expect(hasReflection(reflection("If I did it again, I'd start with the data."))).toBe(true);
  });

  it("reads a lesson the story taught, not a lesson taught in a classroom", () => {
    expect(quotes(reflection("The lesson for me was to ask first.").strong)).toEqual(["lesson"]);
    expect(quotes(reflection("That was a hard lesson about estimates.").strong)).toEqual([
      "lesson",
    ]);
    expect(
      reflection("The head of department observed my Year 9 history lesson in March.").strong,
    ).toEqual([]);
    expect(reflection("I had thought the lesson went well.").strong).toEqual([]);
    expect(reflection("I use it for drafting lesson plans.").strong).toEqual([]);
  });

  it("finds a change of practice told in the present at the end of a past story", () => {
    const found = reflection(
      "I shipped the migration without a dry run. It broke checkout for an hour. Now I run every migration on a copy first.",
    );
    expect(hasReflection(found)).toBe(true);
  });

  it("finds what the candidate kept from it, and what they do now", () => {
    expect(
      hasReflection(
        reflection(
          "What I kept from that: don't argue policy with an executive, argue the alternative.",
        ),
      ),
    ).toBe(true);
    expect(
      hasReflection(
        reflection(
          "What I do now, every time, is bring the maintenance guy into the first meeting.",
        ),
      ),
    ).toBe(true);
  });

  it("finds what the candidate carried away, named as a rule, a habit or a practice left behind", () => {
    const strong = (text: string) => quotes(reflection(text).strong);
    expect(strong("The general rule I took is to check the worst-off group first.")).not.toEqual(
      [],
    );
    expect(strong("The thing I've kept from it is one question for every postmortem.")).not.toEqual(
      [],
    );
    expect(strong("Would do again: spreadsheet before code.")).not.toEqual([]);
    expect(
      strong("I wrote a pre-flight checklist that the whole account team now uses."),
    ).not.toEqual([]);
    // Look-alikes: the same words about things, not about what the story taught.
    expect(strong("The car I took to the site was old.")).toEqual([]);
    expect(strong("I kept the receipts in a drawer.")).toEqual([]);
    expect(strong("The one thing I took to the meeting was a printout.")).toEqual([]);
    expect(strong("We use the same spreadsheet for every audit.")).toEqual([]);
  });

  it("reads a habit given up as a change in the candidate, and a pause as nothing", () => {
    const strong = (text: string) => quotes(reflection(text).strong);
    expect(strong("I stopped hunting bugs in review.")).toEqual(["I stopped hunting"]);
    expect(strong("I stopped him before he could push the change.")).toEqual([]);
    expect(strong("I stopped and thought about it for a minute.")).toEqual([]);
  });

  it("finds admissions of fault", () => {
    expect(
      quotes(reflection("That was my mistake, and I was wrong about the load.").admissions),
    ).toEqual(["my mistake", "I was wrong"]);
  });

  it("finds none in a story that only reports", () => {
    expect(
      hasReflection(
        reflection("I planned the cutover. I ran two rehearsals. It finished in 90 minutes."),
      ),
    ).toBe(false);
  });
});

describe("a plan's conditions", () => {
  const conditions = (text: string) => {
    const { parsed, clauses } = read(text);
    return quotes(readReflection(parsed, clauses).conditions);
  };

  it("reads each condition with what the candidate would do under it", () => {
    expect(
      conditions(
        "I'd ask her first. If the scope grew, I would cut the reporting page. Unless legal objects, I'll ship on Monday.",
      ),
    ).toEqual([
      "If the scope grew, I would cut the reporting page",
      "Unless legal objects, I'll ship on Monday",
    ]);
  });

  it("reads no condition where no act of the candidate's follows it", () => {
    expect(conditions("If the scope grew, the date would slip.")).toEqual([]);
    expect(conditions("I asked if the scope had grown. It had.")).toEqual([]);
  });
});

describe("a practice kept now", () => {
  it("reads 'Now I' with a verb in the present as a change in the candidate", () => {
    const { parsed, clauses } = read(
      "The estimate was three weeks short. Now I read the old code before I give a number.",
    );
    expect(quotes(readReflection(parsed, clauses).strong)).toContain("Now I read");
  });

  it("leaves 'Now I' in the telling of the story alone", () => {
    const { parsed, clauses } = read("Now I was stuck, and the build had been red for a day.");
    expect(readReflection(parsed, clauses).strong).toEqual([]);
  });
});
