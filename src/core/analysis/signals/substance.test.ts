import { describe, expect, it } from "vitest";
import { inspectAnswer } from "../analyze-answer.ts";

function platitudes(text: string): string[] {
  const inspected = inspectAnswer({
    kind: "behavioral",
    question: "Tell me about a time you were under pressure.",
    text,
  });
  if (!inspected.ok) throw new Error(inspected.error.message);
  return inspected.value.signals.substance.platitudes.map((evidence) => evidence.quote);
}

describe("platitudes", () => {
  const story =
    "The night before the audit our reconciliation script dropped 40 invoices. I rebuilt the report by hand with the finance lead until 3am.";

  it("does not call a lesson about the candidate, told beside what they did, a platitude", () => {
    expect(
      platitudes(
        `${story} I was short with people the next day, which I'm not proud of. And I learned that I can be frightened and still do it, which I hadn't known about myself.`,
      ),
    ).toEqual([]);
  });

  it("still calls a maxim with nothing of the candidate in it a platitude", () => {
    expect(platitudes(`${story} I learned that communication is key.`)).toEqual([
      "I learned that communication is key.",
    ]);
  });
});

describe("ownership claims", () => {
  function ownership(text: string) {
    const inspected = inspectAnswer({
      kind: "behavioral",
      question: "Tell me about a project that did not go as planned.",
      text,
    });
    if (!inspected.ok) throw new Error(inspected.error.message);
    return inspected.value.signals.substance.claims.filter((claim) => claim.kind === "ownership");
  }

  it("attaches an owning that names the particular thing owned, even in a setup sentence", () => {
    const claims = ownership(
      "The first gearbox housing I owned end to end was for a forklift line. I signed off the casting drawings, and the first pour cracked at the mounting boss.",
    );
    expect(claims.map((claim) => claim.attached)).toEqual([true]);
    expect(ownership("Payroll export, spring. I owned the cutover checklist.")[0]?.attached).toBe(
      true,
    );
  });

  it("leaves a performed ownership unattached, whatever it names", () => {
    expect(ownership("I owned the outcome. I took full ownership of our cloud costs.")).toEqual([
      expect.objectContaining({ attached: false }),
      expect.objectContaining({ attached: false }),
    ]);
  });
});

// What the candidate would do otherwise, said in a few words of its own and glossed by an act of
// theirs beside it, is a lesson about the story; "I'd do it differently" beside the same act says
// nothing of how, and stays a marker.
describe("a counterfactual glossed by the candidate's act", () => {
  const question = "Walk me through a time you had to give difficult feedback to a peer.";
  const story =
    "Another recruiter on my pod kept promising candidates offers before the hiring manager had signed off, and twice a candidate turned down other offers because of it. I asked him for a coffee and told him that one of them had called me in tears. A week later he started copying the hiring manager before any verbal offer.";

  function lessons(text: string) {
    const inspected = inspectAnswer({ kind: "behavioral", question, text });
    if (!inspected.ok) throw new Error(inspected.error.message);
    return inspected.value.signals.substance.claims.filter((claim) => claim.kind === "lesson");
  }

  it("attaches 'I'd do it sooner next time' glossed by 'I sat on it for a month'", () => {
    const found = lessons(`${story} I'd do it sooner next time. I sat on it for about a month.`);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((claim) => claim.attached)).toBe(true);
  });

  it("leaves 'I'd do it differently' beside the same act a marker", () => {
    const found = lessons(
      `${story} I'd do it differently, for sure. I sat on it for about a month.`,
    );
    expect(found.some((claim) => !claim.attached)).toBe(true);
  });

  it("leaves a glossed counterfactual in a hollow answer's ownership claims a marker", () => {
    const found = lessons(
      "I received some tough feedback once from my manager. I took full ownership and made meaningful changes. In hindsight I would have asked for it even earlier. I learned that feedback is a gift.",
    );
    expect(found.some((claim) => !claim.attached)).toBe(true);
  });
});

describe("a habit the story ended", () => {
  it.each([
    "I don't copy orders from templates any more, and I'd rather the system stop me.",
    "I never skip the dry run anymore.",
    "What I'd keep doing: saying what a metric will encourage people to do, not only what it measures.",
    "Checking the temperature class against the SKU is now a line in our order checklist. I wrote that line.",
    "Now the person who books a load checks the temperature class against the SKU master.",
  ])("reads %j as reflection", (closing) => {
    const inspected = inspectAnswer({
      kind: "behavioral",
      question: "Tell me about a mistake you made and how you handled it.",
      text: `I set the wrong temperature profile on an order of 14 pallets of insulin pens, and the driver caught it at the gate. I stopped the load and rang the client's QA lead myself. ${closing}`,
    });
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect(inspected.value.signals.reflection.strong.length).toBeGreaterThan(0);
  });
});

describe("an outcome told in the present", () => {
  it("reads an outcome told in the present as no reflection: 'the pipeline now finishes at 6:20'", () => {
    const inspected = inspectAnswer({
      kind: "behavioral",
      question: "Tell me about a conflict with a stakeholder.",
      text: "The finance director wanted the revenue report by 7 a.m., but our batch finished at 1 p.m. I found that most of the runtime was one full reload and moved it to incremental loads over three sprints. The pipeline now finishes at 6:20 a.m.",
    });
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect(inspected.value.signals.reflection.strong).toEqual([]);
  });
});
