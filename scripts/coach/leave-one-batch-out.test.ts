import { describe, expect, it } from "vitest";
import { loadAnswerItems, loadSplit } from "./labeled-data.ts";
import { type HeldOutAnswer, leaveOneBatchOut, tally } from "./leave-one-batch-out.ts";
import { prepare } from "./prepare.ts";

let serial = 0;
/** A held-out answer with a unique id; on-topic, not raised and scored as labeled unless told. */
function answer(overrides: Partial<HeldOutAnswer> = {}): HeldOutAnswer {
  serial += 1;
  return {
    id: `answer-${serial}`,
    file: "labeled/batch.yaml",
    positive: false,
    raised: false,
    firm: false,
    overall: 3,
    label: 3,
    ...overrides,
  };
}

describe("tally", () => {
  it("counts found positives, false alarms and the firm ones apart", () => {
    const figures = tally([
      answer({ positive: true, raised: true, firm: true, overall: 1, label: 1 }),
      answer({ positive: true, overall: 4, label: 2 }),
      answer({ raised: true, overall: 2, label: 4 }),
      answer({ raised: true, firm: true, overall: 2, label: 5 }),
      answer({ overall: 5, label: 5 }),
    ]);
    expect(figures).toMatchObject({
      items: 5,
      positives: 2,
      found: 1,
      falseAlarms: 2,
      firmFalseAlarms: 1,
    });
  });

  it("ranks the overall scores against the labels", () => {
    const ranked = [1, 2, 3, 4, 5].map((score) => answer({ overall: score, label: score }));
    expect(tally(ranked).spearman).toBeCloseTo(1);
    const reversed = [1, 2, 3, 4, 5].map((score) => answer({ overall: score, label: 6 - score }));
    expect(tally(reversed).spearman).toBeCloseTo(-1);
  });
});

describe("leaveOneBatchOut", () => {
  it("judges every answer once, under its own file, with its own labels", () => {
    const train = new Set(loadSplit().train);
    const items = loadAnswerItems()
      .filter((item) => train.has(item.id))
      .filter((item) => item.file === "labeled/polarity.yaml" || item.file === "labeled/views.yaml")
      .slice(0, 60);
    const answers = leaveOneBatchOut(prepare(items), "off-topic");
    expect(answers.map((a) => a.id)).toEqual(items.map((item) => item.id));
    answers.forEach((a, i) => {
      const item = items[i];
      expect(a.file).toBe(item?.file);
      expect(a.label).toBe(item?.overall);
      expect(a.positive).toBe(item?.flags.includes("off-topic"));
      expect(a.firm && !a.raised).toBe(false);
    });
  });
});
