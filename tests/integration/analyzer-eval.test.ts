// Measures the offline analyzer against the hand-labeled answers in
// content/analysis/labeled-set.yaml: per-flag precision and recall, the rank correlation of the
// overall score with the labels, and how often readsAs agrees. The thresholds are explained in
// docs/rubric.md ("Evaluation").
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { analyzeAnswer, FLAG_CODES, type FlagCode } from "../../src/core/analysis/index.ts";
import { answerKindSchema } from "../../src/core/content/schema.ts";

/** The thresholds below which the evaluation fails; see docs/rubric.md. */
const THRESHOLDS = {
  microF1: 0.8,
  /** Per flag, for flags with at least `minSupport` labeled positives. */
  minSupport: 5,
  precision: 0.6,
  recall: 0.6,
  spearman: 0.7,
  readsAsAccuracy: 0.75,
};

const LABELED_SET = fileURLToPath(
  new URL("../../content/analysis/labeled-set.yaml", import.meta.url),
);

const itemSchema = z.object({
  id: z.string(),
  kind: answerKindSchema,
  question: z.string(),
  changedMind: z.boolean().optional(),
  answer: z.string(),
  overall: z.number().int().min(1).max(5),
  readsAs: z.enum(["genuine", "mixed", "alignment-signaling"]),
  flags: z.array(z.enum(FLAG_CODES)),
  note: z.string().optional(),
});
type Item = z.infer<typeof itemSchema>;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

interface Report {
  perFlag: Record<FlagCode, Counts>;
  predicted: number[];
  labeled: number[];
  readsAsAgreed: number;
  items: number;
}

function loadItems(): Item[] {
  return z
    .array(itemSchema)
    .min(1)
    .parse(parse(readFileSync(LABELED_SET, "utf8")));
}

function evaluate(items: readonly Item[]): Report {
  const perFlag = Object.fromEntries(
    FLAG_CODES.map((code) => [code, { tp: 0, fp: 0, fn: 0 }]),
  ) as Record<FlagCode, Counts>;
  const report: Report = { perFlag, predicted: [], labeled: [], readsAsAgreed: 0, items: 0 };
  for (const item of items) {
    const result = analyzeAnswer({
      text: item.answer,
      kind: item.kind,
      question: item.question,
      changedMind: item.changedMind,
    });
    if (!result.ok) throw new Error(`${item.id}: ${result.error.message}`);
    const fired = new Set(result.value.flags.map((flag) => flag.code));
    const expected = new Set(item.flags);
    for (const code of FLAG_CODES) {
      const counts = perFlag[code];
      if (fired.has(code) && expected.has(code)) counts.tp += 1;
      else if (fired.has(code)) counts.fp += 1;
      else if (expected.has(code)) counts.fn += 1;
    }
    report.predicted.push(result.value.overall);
    report.labeled.push(item.overall);
    if (result.value.readsAs === item.readsAs) report.readsAsAgreed += 1;
    report.items += 1;
  }
  return report;
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
const precision = (c: Counts) => ratio(c.tp, c.tp + c.fp);
const recall = (c: Counts) => ratio(c.tp, c.tp + c.fn);
const support = (c: Counts) => c.tp + c.fn;

function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function micro(report: Report): Counts {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const counts of Object.values(report.perFlag)) {
    total.tp += counts.tp;
    total.fp += counts.fp;
    total.fn += counts.fn;
  }
  return total;
}

/** Ranks with ties given their average rank, as Spearman's coefficient requires. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length).fill(0);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.value === order[i]?.value) j += 1;
    for (let k = i; k <= j; k += 1) result[order[k]?.index ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return result;
}

function pearson(a: readonly number[], b: readonly number[]): number {
  const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const ma = mean(a);
  const mb = mean(b);
  let covariance = 0;
  let va = 0;
  let vb = 0;
  a.forEach((x, i) => {
    const y = b[i] ?? mb;
    covariance += (x - ma) * (y - mb);
    va += (x - ma) ** 2;
    vb += (y - mb) ** 2;
  });
  return covariance / Math.sqrt(va * vb);
}

function spearman(report: Report): number {
  return pearson(ranks(report.predicted), ranks(report.labeled));
}

function formatReport(report: Report): string {
  const cell = (value: number) => (Number.isNaN(value) ? "   -" : value.toFixed(2));
  const lines = [
    `Analyzer evaluation on ${report.items} labeled answers`,
    "flag                  support  precision  recall    tp  fp  fn",
  ];
  for (const code of FLAG_CODES) {
    const c = report.perFlag[code];
    lines.push(
      `${code.padEnd(22)}${String(support(c)).padStart(7)}  ${cell(precision(c)).padStart(9)}  ${cell(recall(c)).padStart(6)}  ${String(c.tp).padStart(4)}${String(c.fp).padStart(4)}${String(c.fn).padStart(4)}`,
    );
  }
  const total = micro(report);
  lines.push(
    `micro                 ${String(support(total)).padStart(7)}  ${cell(precision(total)).padStart(9)}  ${cell(recall(total)).padStart(6)}  F1 ${f1(total).toFixed(3)}`,
    `Spearman rank correlation of overall with the labels: ${spearman(report).toFixed(3)}`,
    `readsAs agreement: ${report.readsAsAgreed}/${report.items} (${(report.readsAsAgreed / report.items).toFixed(2)})`,
  );
  return lines.join("\n");
}

describe("analyzer evaluation on the labeled set", () => {
  const report = evaluate(loadItems());

  it("prints per-flag precision and recall, Spearman and readsAs agreement", () => {
    console.log(formatReport(report));
    expect(report.items).toBeGreaterThan(0);
  });

  it(`reaches a micro-averaged F1 of at least ${THRESHOLDS.microF1}`, () => {
    expect(f1(micro(report))).toBeGreaterThanOrEqual(THRESHOLDS.microF1);
  });

  it(`keeps precision and recall of every flag with support >= ${THRESHOLDS.minSupport} at or above ${THRESHOLDS.precision} and ${THRESHOLDS.recall}`, () => {
    const weak = FLAG_CODES.filter((code) => support(report.perFlag[code]) >= THRESHOLDS.minSupport)
      .map((code) => ({
        code,
        precision: precision(report.perFlag[code]),
        recall: recall(report.perFlag[code]),
      }))
      .filter((row) => row.precision < THRESHOLDS.precision || row.recall < THRESHOLDS.recall);
    expect(weak).toEqual([]);
  });

  it(`ranks answers like the labels (Spearman >= ${THRESHOLDS.spearman})`, () => {
    expect(spearman(report)).toBeGreaterThanOrEqual(THRESHOLDS.spearman);
  });

  it(`agrees on readsAs for at least ${THRESHOLDS.readsAsAccuracy * 100}% of answers`, () => {
    expect(report.readsAsAgreed / report.items).toBeGreaterThanOrEqual(THRESHOLDS.readsAsAccuracy);
  });
});
