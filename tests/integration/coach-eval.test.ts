// The coach measured on labeled answers it was never tuned on (the frozen test split of
// content/analysis/split.yaml), and the committed weights checked against a fresh training run.
// `npm run eval:coach` prints the same figures with their intervals; docs/rubric.md explains them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatReport, isHard, judge, report } from "../../scripts/coach/evaluate.ts";
import {
  formatStanceReport,
  judgeReplies,
  stanceReport,
} from "../../scripts/coach/evaluate-stance.ts";
import { loadAnswerItems, loadPushbackItems, loadSplit } from "../../scripts/coach/labeled-data.ts";
import { MODEL_FILE, serializeModel, trainCoach } from "../../scripts/coach/train.ts";

/** Floors on the frozen test split; the latest figures are in docs/rubric.md. */
const FLOORS = {
  macroBalancedAccuracy: 0.75,
  // 0.75 until the split gained 13 answers that tell the opposite of what was asked (the
  // polarity batch), which the coach mostly misses and scores high: 0.78 → 0.72 on the same
  // coach. Then 0.70 until 15 more such answers and look-alikes, written blind to the coach
  // (polarity-2), took it to 0.70 on the same coach and 0.69 after the adversary fixes. Then
  // 0.65 until a blind batch (blind-4) added 18 answers, 7 of them off-topic and 2 look-alikes,
  // which took it from 0.66 to 0.61 on the same coach. Then 0.58 until a blind batch (blind-11)
  // added 18 answers, 6 of them off-topic without announcing it, which took it below 0.58. The
  // floor guards against regressions on this harder split; the aim stays 0.80.
  spearman: 0.55,
  adversarialMacroBalancedAccuracy: 0.7,
  /** Three verdicts: chance is a third. */
  stanceAccuracy: 0.55,
};

const split = loadSplit();
const test = new Set(split.test);
const items = loadAnswerItems();

describe("the coach's labeled data", () => {
  it("assigns every labeled answer and pushback reply to a side of the frozen split", () => {
    const assigned = new Set([...split.test, ...split.train]);
    const ids = [...items.map((item) => item.id), ...loadPushbackItems().map((item) => item.id)];
    expect(ids.filter((id) => !assigned.has(id))).toEqual([]);
    expect(split.test.filter((id) => split.train.includes(id))).toEqual([]);
  });

  it("keeps the first 96 answers, seen while the first analyzer was built, out of the test split", () => {
    const first = items.filter((item) => item.file === "labeled-set.yaml");
    expect(first.length).toBe(96);
    expect(first.filter((item) => test.has(item.id))).toEqual([]);
  });
});

describe("the committed weights", () => {
  // Training reads every training answer and fits each model over its penalty grid: about 25 s
  // on two cores, more while other suites run beside it.
  it("are exactly what training on the train split produces", { timeout: 180_000 }, () => {
    expect(serializeModel(trainCoach())).toBe(readFileSync(MODEL_FILE, "utf8"));
  });
});

describe("the coach on the frozen test split", () => {
  const judged = judge(items.filter((item) => test.has(item.id)));
  const all = report(judged);
  const hard = report(judged.filter((j) => isHard(j.item)));

  it("prints its figures", () => {
    console.log(formatReport("Frozen test split", all));
    console.log(formatReport("Test split, adversarial and hard items", hard));
    expect(all.items).toBeGreaterThanOrEqual(100);
  });

  it("meets its floors", () => {
    expect(all.macroBalancedAccuracy.value).toBeGreaterThanOrEqual(FLOORS.macroBalancedAccuracy);
    expect(all.spearman.value).toBeGreaterThanOrEqual(FLOORS.spearman);
    expect(hard.macroBalancedAccuracy.value).toBeGreaterThanOrEqual(
      FLOORS.adversarialMacroBalancedAccuracy,
    );
  });
});

describe("pushback replies on the frozen test split", () => {
  it("reads held, updated and caved well above chance", () => {
    const replies = judgeReplies(loadPushbackItems().filter((item) => test.has(item.id)));
    const figures = stanceReport(replies);
    console.log(formatStanceReport("Pushback replies, frozen test split", figures));
    expect(figures.items).toBeGreaterThanOrEqual(30);
    expect(figures.accuracy.value).toBeGreaterThanOrEqual(FLOORS.stanceAccuracy);
  });
});

describe("readsAs and the overall score agree", () => {
  it("never calls an answer scored 1 genuine, or one scored 5 anything else", () => {
    for (const { analysis, item } of judge(items)) {
      if (analysis.overall === 1) expect(analysis.readsAs, item.id).not.toBe("genuine");
      if (analysis.overall === 5) expect(analysis.readsAs, item.id).toBe("genuine");
    }
  });
});
