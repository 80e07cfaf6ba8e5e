import { describe, expect, it } from "vitest";
import { seededRandom } from "../interview/random.ts";
import {
  fitLogistic,
  fitRidge,
  linearScore,
  logisticProbability,
  solve,
} from "./logistic-regression.ts";

describe("solve", () => {
  it("solves a small linear system", () => {
    const x = solve(
      [
        [4, 1],
        [1, 3],
      ],
      [1, 2],
    );
    expect(x[0]).toBeCloseTo(1 / 11, 10);
    expect(x[1]).toBeCloseTo(7 / 11, 10);
  });
});

describe("fitLogistic", () => {
  it("recovers the direction of a separating feature and ignores noise", () => {
    const random = seededRandom(3);
    const rows: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 400; i += 1) {
      const signal = random() * 4 - 2;
      const noise = random();
      rows.push([signal, noise]);
      y.push(random() < 1 / (1 + Math.exp(-3 * signal)) ? 1 : 0);
    }
    const model = fitLogistic(["signal", "noise"], rows, y, { l2: 1 });
    expect(model.weights[0]).toBeGreaterThan(2);
    expect(Math.abs(model.weights[1] ?? 0)).toBeLessThan(0.5);
    expect(logisticProbability(model, [2, 0.5])).toBeGreaterThan(0.9);
    expect(logisticProbability(model, [-2, 0.5])).toBeLessThan(0.1);
  });

  it("is deterministic, and a balanced fit moves the boundary toward the rare class", () => {
    const rows = [[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]];
    const y = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1];
    const plain = fitLogistic(["x"], rows, y, { l2: 0.1 });
    expect(fitLogistic(["x"], rows, y, { l2: 0.1 })).toEqual(plain);
    const balanced = fitLogistic(["x"], rows, y, { l2: 0.1, balanced: true });
    expect(logisticProbability(balanced, [7])).toBeGreaterThan(logisticProbability(plain, [7]));
  });
});

describe("fitRidge", () => {
  it("fits a line", () => {
    const rows = [[1], [2], [3], [4]];
    const model = fitRidge(["x"], rows, [3, 5, 7, 9], { l2: 0 });
    expect(linearScore(model, [5])).toBeCloseTo(11, 8);
  });
});
