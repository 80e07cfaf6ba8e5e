import { DESIGN_STEPS, type DesignStep } from "./steps.ts";

/** A design round's length unless the candidate picks another: the usual 45 minutes. */
export const DEFAULT_DESIGN_MINUTES = 45;
export const MIN_DESIGN_MINUTES = 15;
export const MAX_DESIGN_MINUTES = 120;

// The minutes of a 45-minute round each step is given: the high-level design and the deep dives
// take the most, as interviewers spend it (requirements and estimates first, briefly).
const SHARE_OF_45: Readonly<Record<DesignStep, number>> = {
  requirements: 5,
  estimation: 5,
  api: 5,
  "data-model": 5,
  "high-level": 10,
  "deep-dives": 8,
  "failure-modes": 4,
  "trade-offs": 3,
};

/** One step's time: when it starts and how long it runs, in minutes from the round's start. */
export interface StepBudget {
  readonly step: DesignStep;
  readonly startsAt: number;
  readonly minutes: number;
}

/**
 * Each step's budget for a round of `total` minutes: the 45-minute shares scaled, in whole
 * minutes (at least one each) that add up to exactly `total`, the rounding given to the longest
 * step.
 */
export function stepBudgets(total: number): StepBudget[] {
  const minutes = DESIGN_STEPS.map((step) =>
    Math.max(1, Math.round((SHARE_OF_45[step] * total) / DEFAULT_DESIGN_MINUTES)),
  );
  const longest = DESIGN_STEPS.indexOf("high-level");
  minutes[longest] = (minutes[longest] ?? 0) + total - minutes.reduce((sum, m) => sum + m, 0);
  let startsAt = 0;
  return DESIGN_STEPS.map((step, index) => {
    const budget = { step, startsAt, minutes: minutes[index] ?? 0 };
    startsAt += budget.minutes;
    return budget;
  });
}

/** The step the clock says the candidate should be on, `elapsed` minutes in; the last after time. */
export function stepAt(budgets: readonly StepBudget[], elapsed: number): DesignStep {
  const current = budgets.find((budget) => elapsed < budget.startsAt + budget.minutes);
  return current?.step ?? budgets.at(-1)?.step ?? "trade-offs";
}
