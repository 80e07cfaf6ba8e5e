import { describe, expect, it } from "vitest";
import { reviewDesign } from "./review-design.ts";
import { compareDesignOpinions, verifyDesignOpinion } from "./second-opinion.ts";

const DESIGN = `## Estimation
50 million requests a day is about 580 per second, so 3,000 per second at peak.

## Failure modes
If Redis is unreachable the gateways fall back to local buckets and fail open for paid tiers.`;

describe("verifyDesignOpinion", () => {
  it("keeps steps whose quotes are in the design, and drops invented ones", () => {
    const opinion = verifyDesignOpinion(
      {
        overall: 3,
        overallQuotes: ["so 3,000 per second at peak"],
        steps: [
          {
            step: "estimation",
            verdict: "strong",
            comment: "Peak worked out.",
            quotes: ["580 per second"],
          },
          {
            step: "api",
            verdict: "strong",
            comment: "Clear calls.",
            quotes: ["POST /v1/limits returns 429"],
          },
          { step: "data-model", verdict: "missing", comment: "No keys.", quotes: [] },
        ],
      },
      DESIGN,
    );
    expect(opinion.overall).toBe(3);
    expect(opinion.steps.map((step) => step.step)).toEqual(["estimation", "data-model"]);
    expect(opinion.steps[0]?.evidence[0]?.quote).toBe("580 per second");
    expect(opinion.droppedQuotes).toBe(1);
  });

  it("shows no overall when none of its quotes is in the design", () => {
    const opinion = verifyDesignOpinion(
      { overall: 5, overallQuotes: ["a flawless design"], steps: [] },
      DESIGN,
    );
    expect(opinion.overall).toBeUndefined();
  });
});

describe("compareDesignOpinions", () => {
  it("says per step whether the model's verdict matches the offline score", () => {
    const offline = reviewDesign(DESIGN, { prompt: "Rate limiter", areas: ["Peak load"] });
    const comparison = compareDesignOpinions(offline, {
      overallEvidence: [],
      droppedQuotes: 0,
      steps: [
        { step: "estimation", verdict: "strong", comment: "", evidence: [] },
        { step: "api", verdict: "strong", comment: "", evidence: [] },
      ],
    });
    expect(comparison.find((c) => c.step === "estimation")?.agrees).toBe(true);
    // The offline review finds no API section at all.
    expect(comparison.find((c) => c.step === "api")?.agrees).toBe(false);
    expect(comparison.find((c) => c.step === "trade-offs")?.agrees).toBeUndefined();
  });
});
