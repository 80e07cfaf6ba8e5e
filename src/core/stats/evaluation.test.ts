import { describe, expect, it } from "vitest";
import { bootstrap, confusion, rates, spearman } from "./evaluation.ts";

describe("evaluation statistics", () => {
  it("counts a confusion matrix and its rates", () => {
    const c = confusion([true, true, false, false, true], [true, false, false, true, true]);
    expect(c).toEqual({ tp: 2, fp: 1, tn: 1, fn: 1 });
    const r = rates(c);
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.balancedAccuracy).toBeCloseTo((2 / 3 + 1 / 2) / 2);
  });

  it("ranks with ties", () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
  });

  it("gives a seeded interval that contains the estimate and narrows with more data", () => {
    const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const small = bootstrap([1, 0, 1, 1, 0, 1, 0, 1], mean);
    expect(bootstrap([1, 0, 1, 1, 0, 1, 0, 1], mean)).toEqual(small);
    expect(small.low).toBeLessThanOrEqual(small.value);
    expect(small.high).toBeGreaterThanOrEqual(small.value);
    const large = bootstrap(
      Array.from({ length: 400 }, (_, i) => i % 2),
      mean,
    );
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });
});
