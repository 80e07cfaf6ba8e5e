import { quantile, sampleRankCorrelation } from "simple-statistics";
import { seededRandom } from "../interview/random.ts";

/** Counts of a binary judgement against labels. */
export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** The confusion counts of predictions against labels. */
export function confusion(predicted: readonly boolean[], actual: readonly boolean[]): Confusion {
  const counts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  predicted.forEach((p, i) => {
    const a = actual[i] ?? false;
    if (p && a) counts.tp += 1;
    else if (p) counts.fp += 1;
    else if (a) counts.fn += 1;
    else counts.tn += 1;
  });
  return counts;
}

/** Precision, recall, specificity and balanced accuracy; NaN where a denominator is 0. */
export function rates(c: Confusion) {
  const precision = c.tp / (c.tp + c.fp);
  const recall = c.tp / (c.tp + c.fn);
  const specificity = c.tn / (c.tn + c.fp);
  return { precision, recall, specificity, balancedAccuracy: (recall + specificity) / 2 };
}

/** Spearman's rank correlation (ties take their average rank); NaN when either side is constant. */
export function spearman(a: readonly number[], b: readonly number[]): number {
  if (a.length < 3) return Number.NaN;
  const value = sampleRankCorrelation([...a], [...b]);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** A statistic and its 95% percentile-bootstrap interval. */
export interface Estimate {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/**
 * The percentile bootstrap of a statistic over items: `resamples` draws of n items with
 * replacement from a seeded generator, so the interval is the same on every run.
 */
export function bootstrap<T>(
  items: readonly T[],
  statistic: (sample: readonly T[]) => number,
  options: { resamples?: number; seed?: number } = {},
): Estimate {
  const value = statistic(items);
  const random = seededRandom(options.seed ?? 20261203);
  const values: number[] = [];
  for (let r = 0; r < (options.resamples ?? 2000); r += 1) {
    const sample = Array.from(
      { length: items.length },
      () => items[Math.floor(random() * items.length)] as T,
    );
    const v = statistic(sample);
    if (Number.isFinite(v)) values.push(v);
  }
  if (values.length === 0) return { value, low: Number.NaN, high: Number.NaN };
  return { value, low: quantile(values, 0.025), high: quantile(values, 0.975) };
}
