import type { LevelProgress } from "./progress.ts";
import type { AssessmentLevel } from "./schema.ts";

/** One level's share of the score. */
export interface LevelScore {
  level: number;
  title: string;
  weight: number;
  /** The level's best result; 0 of 0 when it was never submitted. */
  passed: number;
  total: number;
  /** passed ÷ total at the level's best, 0 when never submitted. */
  fraction: number;
  /** weight × fraction: what the level added to the score. */
  points: number;
}

/** An assessment's score: each level weighted, as a percentage of the full weight. */
export interface AssessmentScore {
  /** 0–100, one decimal place. */
  percent: number;
  points: number;
  maxPoints: number;
  levels: LevelScore[];
}

/**
 * Scores a session: the sum over levels of weight × the fraction of that level's tests passed at
 * its best, over the sum of the weights, as a percentage. A level never submitted counts 0.
 *
 * @example
 * scoreAssessment([{ level: 1, title: "A", weight: 1 }, { level: 2, title: "B", weight: 3 }],
 *   [{ level: 1, passed: 10, total: 10, attempts: 1 }, { level: 2, passed: 5, total: 10, attempts: 2 }]);
 * // percent: 62.5 — (1 × 1 + 3 × 0.5) / 4
 */
export function scoreAssessment(
  levels: readonly AssessmentLevel[],
  results: readonly LevelProgress[],
): AssessmentScore {
  const scored = levels.map((level): LevelScore => {
    const result = results.find((entry) => entry.level === level.level);
    const passed = result?.passed ?? 0;
    const total = result?.total ?? 0;
    const fraction = total === 0 ? 0 : Math.min(1, passed / total);
    return {
      level: level.level,
      title: level.title,
      weight: level.weight,
      passed,
      total,
      fraction,
      points: level.weight * fraction,
    };
  });
  const points = scored.reduce((sum, level) => sum + level.points, 0);
  const maxPoints = levels.reduce((sum, level) => sum + level.weight, 0);
  const percent = maxPoints === 0 ? 0 : Math.round((points / maxPoints) * 1000) / 10;
  return { percent, points, maxPoints, levels: scored };
}
