import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { FlagCode } from "../../src/core/analysis/index.ts";
import {
  agreementFigures,
  type Compared,
  flagBalancedAccuracy,
  flagKappa,
  formatLabellerAgreement,
  loadCoachSecondLabels,
  overallAgreement,
  overallSpearman,
  pairAnswerLabels,
  sideBySide,
} from "./coach-label-agreement.ts";
import { judge } from "./evaluate.ts";
import { type AnswerItem, loadAnswerItems, loadSplit } from "./labeled-data.ts";

const everyFlag = new Set<FlagCode>(["vague", "hollow", "no-critique"]);

/** An answer with the first labelling's overall and flags, and another judge's. */
function compared(
  first: [number, FlagCode[]],
  other: [number, FlagCode[]],
  applicable: ReadonlySet<FlagCode> = everyFlag,
): Compared {
  return {
    first: { overall: first[0], flags: new Set(first[1]) },
    other: { overall: other[0], flags: new Set(other[1]) },
    applicable,
  };
}

function answer(id: string, overrides: Partial<AnswerItem> = {}): AnswerItem {
  return {
    id,
    kind: "behavioral",
    question: "Tell me about a time you were wrong.",
    answer:
      "In March I told our team the outage came from the cache. It was my own retry change. I said so in the channel that afternoon, and now I read my own diffs first.",
    overall: 4,
    readsAs: "genuine",
    flags: [],
    file: "labeled/test.yaml",
    ...overrides,
  };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function labelsFile(content: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), "candor-second-"));
  dirs.push(dir);
  writeFileSync(path.join(dir, "coach-second-labels.yaml"), stringify(content));
  return dir;
}

describe("coach label agreement", () => {
  it("measures the overall exactly, within one point and by rank", () => {
    const pairs = [
      compared([1, []], [1, []]),
      compared([3, []], [2, []]),
      compared([5, []], [3, []]),
      compared([4, []], [5, []]),
    ];
    expect(overallAgreement(pairs)).toBe(0.25);
    expect(overallAgreement(pairs, 1)).toBe(0.75);
    // Ranks 1,2,4,3 against 1,2,3,4: 1 − 6·2 / (4·15) = 0.8.
    expect(overallSpearman(pairs)).toBeCloseTo(0.8);
  });

  it("gives a flag's kappa and balanced accuracy over the answers it applies to", () => {
    // 10 answers: the first labelling flags 5 as vague, the other judge 4 of those and 2 more.
    const pairs = [
      ...Array.from({ length: 4 }, () => compared([2, ["vague"]], [2, ["vague"]])),
      compared([2, ["vague"]], [2, []]),
      ...Array.from({ length: 2 }, () => compared([4, []], [4, ["vague"]])),
      ...Array.from({ length: 3 }, () => compared([4, []], [4, []])),
      // The flag does not apply to this one, so neither side counts here.
      compared([1, ["vague"]], [1, []], new Set<FlagCode>(["hollow"])),
    ];
    // Agreement 7/10; chance = 0.5·0.6 + 0.5·0.4 = 0.5; kappa = (0.7 − 0.5) / 0.5 = 0.4.
    expect(flagKappa(pairs, "vague")).toBeCloseTo(0.4);
    // Recall 4/5, specificity 3/5: balanced accuracy 0.7.
    expect(flagBalancedAccuracy(pairs, "vague")).toBeCloseTo(0.7);
    expect(flagKappa([compared([3, []], [3, []])], "vague")).toBeNaN();
  });

  it("gives perfect figures for a labelling compared with itself", () => {
    const pairs = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5].map((overall, i) => {
      const flags: FlagCode[] = i % 2 === 0 ? ["vague"] : [];
      return compared([overall, flags], [overall, flags]);
    });
    const figures = agreementFigures(pairs);
    expect(figures.spearman.value).toBe(1);
    expect(figures.exact.value).toBe(1);
    const vague = figures.flags.find((f) => f.code === "vague");
    expect(vague).toMatchObject({ applicable: 10, positives: 5, counted: true });
    expect(vague?.kappa.value).toBe(1);
    expect(figures.macroBalancedAccuracy.value).toBe(1);
    const text = formatLabellerAgreement(figures, figures, 12, 1);
    expect(text).toContain("10 of its 12 answers (1 marked unsure)");
    expect(text).toMatch(/vague\s+10\s+5\s+1\.00/);
  });

  it("refuses a label for an unknown answer, a label given twice, and an unknown flag", () => {
    const label = { id: "answer-1", overall: 3, flags: [] };
    expect(() => pairAnswerLabels([answer("answer-1")], [{ ...label, id: "x-9" }])).toThrow(
      /unknown answer/,
    );
    expect(() => pairAnswerLabels([answer("answer-1")], [label, label])).toThrow(/given twice/);
    expect(() => loadCoachSecondLabels(labelsFile([{ ...label, flags: ["boring"] }]))).toThrow();
    expect(() => loadCoachSecondLabels(labelsFile([{ ...label, readAs: "genuine" }]))).toThrow();
    expect(loadCoachSecondLabels(labelsFile([label]))).toEqual([label]);
  });

  it("puts the coach beside the second labeller on the same answers only", () => {
    const judged = judge([answer("answer-1", { flags: ["vague"] }), answer("answer-2")]);
    const { second, coach } = sideBySide(judged, [
      { id: "answer-2", overall: 2, flags: ["hollow"] },
    ]);
    expect(second).toHaveLength(1);
    expect(coach).toHaveLength(1);
    expect(second[0]?.first.overall).toBe(4);
    expect(second[0]?.other).toEqual({ overall: 2, flags: new Set(["hollow"]) });
    expect(coach[0]?.other.overall).toBe(judged[1]?.analysis.overall);
    expect(coach[0]?.applicable).toBe(judged[1]?.applicable);
  });

  it("has second labels only for answers in the frozen test split", () => {
    const test = new Set(loadSplit().test);
    const pairs = pairAnswerLabels(loadAnswerItems(), loadCoachSecondLabels());
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.filter((p) => !test.has(p.item.id)).map((p) => p.item.id)).toEqual([]);
  });
});
