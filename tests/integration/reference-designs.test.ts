import { beforeAll, describe, expect, it } from "vitest";
import type { Pack } from "../../src/core/content/parse-pack.ts";
import { reviewDesign } from "../../src/core/design/review-design.ts";
import { SHIPPED_CONTENT_DIR } from "../../src/node/content/content-dir.ts";
import { loadPacks } from "../../src/node/content/load-packs.ts";

// Every reference design shipped is what the review calls strong: a 5, with nothing named missing.
// A reference that fell short would teach the candidate to aim at less than the review asks.
let packs: Pack[];

function questionOf(pack: Pack | undefined, id: string) {
  const question = pack?.questions.find((candidate) => candidate.id === id);
  return {
    prompt: question?.prompt ?? "",
    areas: question?.areas ?? [],
    numbers: question?.numbers ?? [],
  };
}

beforeAll(async () => {
  const loaded = await loadPacks(SHIPPED_CONTENT_DIR);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  packs = loaded.value;
});

describe("the shipped reference designs", () => {
  it("cover at least ten system-design questions", () => {
    const count = packs.reduce((sum, pack) => sum + Object.keys(pack.referenceDesigns).length, 0);
    expect(count).toBeGreaterThanOrEqual(10);
  });

  it("each score 5 and leave nothing missing in any step", () => {
    const missing: string[] = [];
    const overall: Record<string, number> = {};
    for (const pack of packs) {
      for (const [questionId, text] of Object.entries(pack.referenceDesigns)) {
        const review = reviewDesign(text, questionOf(pack, questionId));
        overall[questionId] = review.overall;
        for (const step of review.steps) {
          missing.push(...step.missing.map((gap) => `${questionId} · ${step.step}: ${gap}`));
        }
      }
    }
    expect(missing).toEqual([]);
    expect(Object.values(overall).every((score) => score === 5)).toBe(true);
  });

  it("would not pass with a step cut out: the check has teeth", () => {
    const [pack] = packs;
    const [questionId, text] = Object.entries(pack?.referenceDesigns ?? {})[0] ?? ["", ""];
    const cut = text.replace(/## Failure modes[\s\S]*?(?=\n## )/, "");
    expect(cut.length).toBeLessThan(text.length);
    const review = reviewDesign(cut, questionOf(pack, questionId));
    expect(review.overall).toBeLessThan(5);
    const failure = review.steps.find((step) => step.step === "failure-modes");
    expect(failure?.missing[0]).toMatch(/Failure modes/);
  });
});
