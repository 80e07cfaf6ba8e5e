import { describe, expect, it } from "vitest";
import {
  AWAITING_SECOND_LABELS,
  agreement,
  cohensKappa,
  loadSecondLabels,
  pairLabels,
  type LabelPair,
} from "./label-agreement.ts";
import { loadPushbackItems, type PushbackItem } from "./labeled-data.ts";

const pair = (first: LabelPair["first"], second: LabelPair["second"]): LabelPair => ({
  first,
  second,
});

describe("label agreement", () => {
  it("gives kappa 1 for identical labellings and 0 when agreement is what chance gives", () => {
    const same = [pair("held", "held"), pair("updated", "updated"), pair("caved", "caved")];
    expect(cohensKappa(same)).toBe(1);
    // Each labeller says held half the time, independently: chance agreement 0.5, observed 0.5.
    const chance = [
      pair("held", "held"),
      pair("held", "caved"),
      pair("caved", "held"),
      pair("caved", "caved"),
    ];
    expect(agreement(chance)).toBe(0.5);
    expect(cohensKappa(chance)).toBeCloseTo(0);
  });

  it("matches a worked example", () => {
    // 10 replies: 7 agree; first labeller held 5 / caved 5, second held 4 / caved 6.
    const pairs = [
      ...Array.from({ length: 3 }, () => pair("held", "held")),
      ...Array.from({ length: 4 }, () => pair("caved", "caved")),
      pair("held", "caved"),
      pair("held", "caved"),
      pair("caved", "held"),
    ];
    // chance = 0.5·0.4 + 0.5·0.6 = 0.5; kappa = (0.7 − 0.5) / 0.5 = 0.4
    expect(cohensKappa(pairs)).toBeCloseTo(0.4);
  });

  it("refuses a second label for a reply that does not exist, or given twice", () => {
    const item: PushbackItem = {
      id: "pushback-001",
      view: "v",
      challenge: "c",
      reply: "r",
      stance: "held",
      hard: false,
      file: "pushback-set.yaml",
    };
    const label = { id: "pushback-001", stance: "held" as const, hard: false };
    expect(() => pairLabels([item], [{ ...label, id: "pushback-999" }])).toThrow(/unknown reply/);
    expect(() => pairLabels([item], [label, label])).toThrow(/given twice/);
  });

  it("has one second label for every labeled reply in the repository, bar batches awaiting one", () => {
    const items = loadPushbackItems();
    const awaiting = new Set(AWAITING_SECOND_LABELS);
    const pairs = pairLabels(items, loadSecondLabels());
    expect(pairs).toHaveLength(items.filter((item) => !awaiting.has(item.file)).length);
    // A batch that has its second labels is no longer awaiting them.
    expect(pairs.filter((p) => awaiting.has(p.item.file))).toEqual([]);
    // Only files that exist can be awaiting.
    const files = new Set(items.map((item) => item.file));
    for (const file of awaiting) expect(files.has(file), file).toBe(true);
  });
});
