import { describe, expect, it } from "vitest";
import {
  changeOverTime,
  isClearChange,
  MIN_POINTS_FOR_CHANGE,
  resamplesFor,
} from "./change-over-time.ts";

describe("resamplesFor", () => {
  it("keeps 2,000 resamples for ordinary histories and bounds the work of long ones", () => {
    expect(resamplesFor(6)).toBe(2000);
    expect(resamplesFor(1000)).toBe(2000);
    expect(resamplesFor(5000)).toBe(400);
    expect(resamplesFor(1_000_000)).toBe(200);
  });
});

describe("changeOverTime", () => {
  it("claims nothing below six points, and still says how many there were", () => {
    for (let n = 0; n < MIN_POINTS_FOR_CHANGE; n += 1) {
      expect(changeOverTime(Array.from({ length: n }, () => 3))).toEqual({ n, change: null });
    }
    expect(changeOverTime([1, 1, 1, 5, 5, 5]).n).toBe(6);
  });

  it("gives a zero-width interval at the exact difference when neither half varies", () => {
    // Earlier half: three 2s; later half: three 4s. Every resample has the same means.
    expect(changeOverTime([2, 2, 2, 4, 4, 4])).toEqual({
      n: 6,
      change: { delta: 2, low: 2, high: 2 },
    });
    // Odd length: the earlier half is the first three, the later the last four.
    expect(changeOverTime([5, 5, 5, 3, 3, 3, 3]).change).toEqual({ delta: -2, low: -2, high: -2 });
  });

  it("puts 0 inside the interval of a series whose halves mirror each other", () => {
    const result = changeOverTime([1, 3, 5, 2, 4, 5, 4, 2, 1, 5, 3, 5]);
    // The two halves hold the same scores, so the means are equal.
    expect(result.change?.delta).toBe(0);
    expect(result.change?.low).toBeLessThan(0);
    expect(result.change?.high).toBeGreaterThan(0);
    expect(isClearChange(result.change)).toBe(false);
  });

  it("draws an interval close to the normal approximation on a long series", () => {
    const earlier = Array.from({ length: 40 }, (_, i) => [2, 3, 3, 4][i % 4] ?? 0);
    const later = Array.from({ length: 40 }, (_, i) => [3, 4, 4, 5][i % 4] ?? 0);
    const result = changeOverTime([...earlier, ...later]);
    // Computed here independently: each half has mean m and population variance 0.5, so the
    // standard error of the difference is sqrt(0.5/40 + 0.5/40) = 0.158.
    const se = Math.sqrt(0.5 / 40 + 0.5 / 40);
    expect(result.change?.delta).toBeCloseTo(1, 10);
    expect(result.change?.low).toBeCloseTo(1 - 1.96 * se, 1);
    expect(result.change?.high).toBeCloseTo(1 + 1.96 * se, 1);
    expect(isClearChange(result.change)).toBe(true);
  });

  it("gives the same interval for the same seed, and may differ for another", () => {
    const series = [1, 2, 4, 2, 3, 3, 5, 4, 2, 5];
    expect(changeOverTime(series, { seed: 7 })).toEqual(changeOverTime(series, { seed: 7 }));
    expect(changeOverTime(series)).toEqual(changeOverTime(series));
    // Few resamples, so the two seeds' intervals land on different quantiles.
    const draw = (seed: number) => changeOverTime(series, { seed, resamples: 20 }).change;
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("calls a change clear only when its interval excludes zero", () => {
    expect(isClearChange(null)).toBe(false);
    expect(isClearChange({ delta: 0.5, low: 0.1, high: 0.9 })).toBe(true);
    expect(isClearChange({ delta: -0.5, low: -0.9, high: -0.1 })).toBe(true);
    expect(isClearChange({ delta: 0.5, low: 0, high: 0.9 })).toBe(false);
  });
});
