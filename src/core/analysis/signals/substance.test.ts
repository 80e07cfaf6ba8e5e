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
