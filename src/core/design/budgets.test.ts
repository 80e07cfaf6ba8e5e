import { describe, expect, it } from "vitest";
import { DESIGN_STEPS } from "./steps.ts";
import { stepAt, stepBudgets } from "./budgets.ts";

describe("stepBudgets", () => {
  it("gives a 45-minute round its usual shares, in delivery order", () => {
    expect(stepBudgets(45).map((b) => [b.step, b.startsAt, b.minutes])).toEqual([
      ["requirements", 0, 5],
      ["estimation", 5, 5],
      ["api", 10, 5],
      ["data-model", 15, 5],
      ["high-level", 20, 10],
      ["deep-dives", 30, 8],
      ["failure-modes", 38, 4],
      ["trade-offs", 42, 3],
    ]);
  });

  it.each([15, 30, 37, 60, 90, 120])(
    "adds up to exactly %i minutes, every step at least one",
    (total) => {
      const budgets = stepBudgets(total);
      expect(budgets.map((b) => b.step)).toEqual([...DESIGN_STEPS]);
      expect(budgets.reduce((sum, b) => sum + b.minutes, 0)).toBe(total);
      expect(budgets.every((b) => b.minutes >= 1)).toBe(true);
    },
  );
});

describe("stepAt", () => {
  it("follows the clock through the steps and stays on the last after time", () => {
    const budgets = stepBudgets(45);
    expect(stepAt(budgets, 0)).toBe("requirements");
    expect(stepAt(budgets, 4.9)).toBe("requirements");
    expect(stepAt(budgets, 5)).toBe("estimation");
    expect(stepAt(budgets, 25)).toBe("high-level");
    expect(stepAt(budgets, 44)).toBe("trade-offs");
    expect(stepAt(budgets, 90)).toBe("trade-offs");
  });
});
