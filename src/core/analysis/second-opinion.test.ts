import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "./analyze-answer.ts";
import { compareOpinions, locateQuote, verifySecondOpinion } from "./second-opinion.ts";

const text =
  "In March I skipped the load test to hit the date. Checkout fell over on launch day — about 40 minutes — and I felt sick. “It was my call,” I told my lead.";

describe("locateQuote", () => {
  it("finds an exact quote and returns its offsets", () => {
    const found = locateQuote(text, "I felt sick");
    expect(found).toBeDefined();
    expect(text.slice(found?.start, found?.end)).toBe("I felt sick");
  });

  it("finds a quote whose quotation marks, dashes or spacing the model normalised", () => {
    const found = locateQuote(text, '"It was my call," I told my lead');
    expect(found?.quote).toBe("It was my call,” I told my lead");
    const dashed = locateQuote(text, "launch day - about 40 minutes");
    expect(dashed?.quote).toBe("launch day — about 40 minutes");
  });

  it("refuses a quote that is not in the answer, or too short to mean anything", () => {
    expect(locateQuote(text, "I took full ownership")).toBeUndefined();
    expect(locateQuote(text, "I")).toBeUndefined();
  });
});

describe("verifySecondOpinion", () => {
  it("drops invented quotes, and flags and scores left with none", () => {
    const opinion = verifySecondOpinion(
      {
        overall: 5,
        overallQuotes: ["I took full ownership and cut incidents by 40%"],
        readsAs: "genuine",
        flags: [
          { code: "no-reflection", message: "No lesson.", quotes: ["I told my lead"] },
          { code: "vague", message: "Vague.", quotes: ["we improved efficiency"] },
        ],
      },
      text,
    );
    expect(opinion.overall).toBeUndefined();
    expect(opinion.flags.map((flag) => flag.code)).toEqual(["no-reflection"]);
    expect(opinion.droppedQuotes).toBe(2);
    for (const flag of opinion.flags) {
      for (const e of flag.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it("keeps a score whose quotes are in the answer, and compares it with the offline coach", () => {
    const offline = analyzeAnswer({ kind: "behavioral", text });
    if (!offline.ok) throw new Error("expected an analysis");
    const opinion = verifySecondOpinion(
      {
        overall: 3,
        overallQuotes: ["I skipped the load test to hit the date"],
        readsAs: "genuine",
        flags: [{ code: "no-reflection", message: "No lesson.", quotes: ["I told my lead"] }],
      },
      text,
    );
    expect(opinion.overall).toBe(3);
    const comparison = compareOpinions(offline.value, opinion);
    expect(comparison.overallDifference).toBe(3 - offline.value.overall);
    const all = [...comparison.agreed, ...comparison.offlineOnly, ...comparison.secondOnly];
    expect(new Set(all).size).toBe(all.length);
  });
});
