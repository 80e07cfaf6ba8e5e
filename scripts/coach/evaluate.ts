// Measures the offline coach against labeled answers: per-flag precision, recall and balanced
// accuracy, their macro mean, the Spearman correlation of the overall score with the labels, and
// readsAs agreement, each with a 95% bootstrap interval. Used by `npm run eval:coach` and by the
// evaluation test, on the frozen test split.
import { analyzeAnswer } from "../../src/core/analysis/analyze-answer.ts";
import { inspectAnswer } from "../../src/core/analysis/analyze-answer.ts";
import { type Analysis, FLAG_CODES, type FlagCode } from "../../src/core/analysis/index.ts";
import {
  bootstrap,
  confusion,
  type Estimate,
  rates,
  spearman,
} from "../../src/core/stats/evaluation.ts";
import type { AnswerItem } from "./labeled-data.ts";
import { inputOf } from "./prepare.ts";

/** One labeled answer with what the coach made of it. */
export interface Judged {
  readonly item: AnswerItem;
  readonly analysis: Analysis;
  /** The flags that apply to the item's question (the only ones it can raise). */
  readonly applicable: ReadonlySet<FlagCode>;
}

/** A flag's figures on the items it applies to. */
export interface FlagFigures {
  readonly code: FlagCode;
  readonly applicable: number;
  readonly positives: number;
  readonly precision: number;
  readonly recall: number;
  readonly balancedAccuracy: number;
  /** Recall and balanced accuracy with 95% bootstrap intervals over the answers it applies to. */
  readonly recallEstimate: Estimate;
  readonly balancedAccuracyEstimate: Estimate;
  /** Enough labeled positives and negatives (MIN_SUPPORT each) to count in the macro mean. */
  readonly counted: boolean;
}

/** What an evaluation reports. */
export interface CoachReport {
  readonly items: number;
  readonly flags: readonly FlagFigures[];
  readonly macroBalancedAccuracy: Estimate;
  readonly spearman: Estimate;
  readonly readsAsAgreement: Estimate;
  /** Mean absolute difference of the overall score from the label. */
  readonly meanAbsoluteError: number;
}

/** A flag needs this many labeled positives and negatives in a split to enter the macro mean. */
export const MIN_SUPPORT = 4;

/** Runs the coach on each item. */
export function judge(items: readonly AnswerItem[]): Judged[] {
  return items.map((item) => {
    const input = inputOf(item);
    const result = analyzeAnswer(input);
    const inspected = inspectAnswer(input);
    if (!result.ok || !inspected.ok) throw new Error(`${item.id}: the coach refused the answer`);
    return { item, analysis: result.value, applicable: new Set(inspected.value.findings.keys()) };
  });
}

function flagRates(judged: readonly Judged[], code: FlagCode) {
  const predicted = judged.map((j) => j.analysis.flags.some((flag) => flag.code === code));
  const actual = judged.map((j) => j.item.flags.includes(code));
  const c = confusion(predicted, actual);
  return { c, ...rates(c) };
}

function flagFigures(judged: readonly Judged[], code: FlagCode, intervals = false): FlagFigures {
  const applicable = judged.filter((j) => j.applicable.has(code));
  const { c, ...r } = flagRates(applicable, code);
  const positives = c.tp + c.fn;
  const negatives = c.tn + c.fp;
  const point = (value: number): Estimate => ({ value, low: Number.NaN, high: Number.NaN });
  return {
    code,
    applicable: applicable.length,
    positives,
    ...r,
    recallEstimate: intervals
      ? bootstrap(applicable, (sample) => flagRates(sample, code).recall)
      : point(r.recall),
    balancedAccuracyEstimate: intervals
      ? bootstrap(applicable, (sample) => flagRates(sample, code).balancedAccuracy)
      : point(r.balancedAccuracy),
    counted: positives >= MIN_SUPPORT && negatives >= MIN_SUPPORT,
  };
}

/** The macro mean of balanced accuracy over the flags with enough support in `judged`. */
export function macroBalancedAccuracy(
  judged: readonly Judged[],
  codes: readonly FlagCode[],
): number {
  const values = codes
    .map((code) => flagFigures(judged, code))
    .filter((f) => f.counted && Number.isFinite(f.balancedAccuracy))
    .map((f) => f.balancedAccuracy);
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Evaluates the coach on a set of judged items. */
export function report(judged: readonly Judged[]): CoachReport {
  const flags = FLAG_CODES.map((code) => flagFigures(judged, code, true));
  const counted = flags.filter((f) => f.counted).map((f) => f.code);
  return {
    items: judged.length,
    flags,
    macroBalancedAccuracy: bootstrap(judged, (sample) => macroBalancedAccuracy(sample, counted)),
    spearman: bootstrap(judged, (sample) =>
      spearman(
        sample.map((j) => j.analysis.overall),
        sample.map((j) => j.item.overall),
      ),
    ),
    readsAsAgreement: bootstrap(
      judged,
      (sample) =>
        sample.filter((j) => j.analysis.readsAs === j.item.readsAs).length / sample.length,
    ),
    meanAbsoluteError:
      judged.reduce((sum, j) => sum + Math.abs(j.analysis.overall - j.item.overall), 0) /
      Math.max(judged.length, 1),
  };
}

/** Items that carry a tag: the adversarial or hard part of a split. */
export function isHard(item: AnswerItem): boolean {
  return (item.tags ?? []).length > 0;
}

const pct = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "  – ");

/** The report as text, one table and three lines. */
export function formatReport(title: string, r: CoachReport): string {
  const lines = [
    `${title}: ${r.items} answers`,
    "flag                 applies  pos  precision  recall [95% CI]     balanced accuracy [95% CI]",
    ...r.flags.map(
      (f) =>
        `${f.code.padEnd(20)} ${String(f.applicable).padStart(7)} ${String(f.positives).padStart(4)}  ${pct(f.precision).padStart(9)}  ${interval(f.recallEstimate).padEnd(18)}  ${interval(f.balancedAccuracyEstimate)}${f.counted ? "" : "  (too few to count)"}`,
    ),
    `macro balanced accuracy ${fmt(r.macroBalancedAccuracy)}`,
    `Spearman of overall     ${fmt(r.spearman)}   mean absolute error ${r.meanAbsoluteError.toFixed(2)}`,
    `readsAs agreement       ${fmt(r.readsAsAgreement)}`,
  ];
  return lines.join("\n");
}

function interval(e: Estimate): string {
  return `${pct(e.value)} [${pct(e.low)}–${pct(e.high)}]`;
}

function fmt(e: Estimate): string {
  return `${pct(e.value)} [95% CI ${pct(e.low)}–${pct(e.high)}]`;
}
