import { mean, quantile } from "simple-statistics";
import { seededRandom } from "../interview/random.ts";

/** Below this many points no change is claimed: each half would hold two scores or fewer. */
export const MIN_POINTS_FOR_CHANGE = 6;

/** The seed every progress interval is drawn with, so the same history gives the same interval. */
export const CHANGE_SEED = 20261205;

/** How many bootstrap resamples an interval is drawn from, for a series of ordinary length. */
export const CHANGE_RESAMPLES = 2000;

/** The most scores all the resamples of one interval may draw: about 15 ms of one core. */
const DRAW_BUDGET = 2_000_000;

/**
 * The resamples for a series of n points: 2,000 up to 1,000 points, then fewer, never under 200,
 * so that a history of thousands of answers does not hold the server for half a second.
 */
export function resamplesFor(n: number): number {
  return Math.max(200, Math.min(CHANGE_RESAMPLES, Math.floor(DRAW_BUDGET / Math.max(n, 1))));
}

/** The later half's mean minus the earlier half's, and its 95% percentile-bootstrap interval. */
export interface Change {
  readonly delta: number;
  readonly low: number;
  readonly high: number;
}

/** A change over a series, always with the number of points it was judged on. */
export interface ChangeOverTime {
  readonly n: number;
  /** Null below MIN_POINTS_FOR_CHANGE points. */
  readonly change: Change | null;
}

/** How to draw the interval; by default CHANGE_SEED and resamplesFor(n). */
export interface ChangeOptions {
  readonly seed?: number;
  readonly resamples?: number;
}

/**
 * Compares the later half of a series (oldest first) with the earlier half: the earlier half is
 * the first ⌊n/2⌋ points, the later half the rest (the middle point of an odd series counts as
 * later). The interval resamples each half with replacement, independently, so a half with no
 * spread contributes none, and the seeded generator makes the interval the same on every run.
 */
export function changeOverTime(
  scores: readonly number[],
  options: ChangeOptions = {},
): ChangeOverTime {
  const n = scores.length;
  if (n < MIN_POINTS_FOR_CHANGE) return { n, change: null };
  const earlier = scores.slice(0, Math.floor(n / 2));
  const later = scores.slice(Math.floor(n / 2));
  const random = seededRandom(options.seed ?? CHANGE_SEED);
  const resample = (half: readonly number[]) => {
    let total = 0;
    for (let i = 0; i < half.length; i += 1) {
      total += half[Math.floor(random() * half.length)] ?? 0;
    }
    return total / half.length;
  };
  const deltas: number[] = [];
  for (let r = 0; r < (options.resamples ?? resamplesFor(n)); r += 1) {
    deltas.push(resample(later) - resample(earlier));
  }
  return {
    n,
    change: {
      delta: mean(later) - mean(earlier),
      low: quantile(deltas, 0.025),
      high: quantile(deltas, 0.975),
    },
  };
}

/** Whether an interval excludes zero, that is whether the change is clear enough to state. */
export function isClearChange(change: Change | null): change is Change {
  return change !== null && (change.low > 0 || change.high < 0);
}
