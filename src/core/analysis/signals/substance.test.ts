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
