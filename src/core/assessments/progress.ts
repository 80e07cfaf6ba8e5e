import { err, ok, type Result } from "../result.ts";
import type { AssessmentLevel } from "./schema.ts";

/**
 * One level's best result in a session, as the candidate's browser reported it. `passedAtMs` is
 * when every test of the level first passed, in ms since the session started (server time).
 */
export interface LevelProgress {
  level: number;
  passed: number;
  total: number;
  passedAtMs?: number;
  attempts: number;
}

/** A level submission as the browser reports it. */
export interface LevelSubmission {
  level: number;
  passed: number;
  total: number;
}

/** Why a submission cannot be recorded. */
export type SubmissionError =
  | { code: "unknown-level"; message: string }
  | { code: "level-locked"; message: string }
  | { code: "wrong-total"; message: string }
  | { code: "too-many-passed"; message: string };

/** Whether every test of the level has passed at least once. */
export function levelPassed(results: readonly LevelProgress[], level: number): boolean {
  return results.some((result) => result.level === level && result.passedAtMs !== undefined);
}

/**
 * The highest level whose specification the candidate may read: level 1 always, and level N once
 * every test of level N−1 has passed.
 */
export function highestUnlockedLevel(
  levels: readonly AssessmentLevel[],
  results: readonly LevelProgress[],
): number {
  let unlocked = 1;
  while (unlocked < levels.length && levelPassed(results, unlocked)) unlocked += 1;
  return unlocked;
}

/** Whether level `level` is open: it exists and every earlier level has passed. */
export function isLevelUnlocked(
  levels: readonly AssessmentLevel[],
  results: readonly LevelProgress[],
  level: number,
): boolean {
  return level >= 1 && level <= highestUnlockedLevel(levels, results);
}

/**
 * Records a submission: keeps the level's best result (most tests passed), counts the attempt, and
 * stamps `passedAtMs` the first time every test passes. Refuses a level that does not exist or is
 * still locked, and counts that do not match the level's tests (`testCount`: visible and hidden).
 */
export function recordSubmission(
  levels: readonly AssessmentLevel[],
  results: readonly LevelProgress[],
  submission: LevelSubmission,
  context: { elapsedMs: number; testCount: number },
): Result<LevelProgress[], SubmissionError> {
  const { level, passed, total } = submission;
  if (!levels.some((entry) => entry.level === level)) {
    return err({
      code: "unknown-level",
      message: `There is no level ${String(level)}; this assessment has ${String(levels.length)}.`,
    });
  }
  if (!isLevelUnlocked(levels, results, level)) {
    return err({
      code: "level-locked",
      message: `Level ${String(level)} is locked: pass every test of level ${String(level - 1)} first.`,
    });
  }
  if (total !== context.testCount) {
    return err({
      code: "wrong-total",
      message: `level ${String(level)} has ${String(context.testCount)} tests (visible and hidden), not ${String(total)}`,
    });
  }
  if (passed > total) {
    return err({
      code: "too-many-passed",
      message: `${String(passed)} tests cannot pass out of ${String(total)}`,
    });
  }
  const previous = results.find((result) => result.level === level);
  const best = previous === undefined || passed > previous.passed;
  const next: LevelProgress = {
    level,
    passed: best ? passed : previous.passed,
    total,
    attempts: (previous?.attempts ?? 0) + 1,
  };
  const passedAtMs =
    previous?.passedAtMs ??
    (passed === total ? Math.max(0, Math.round(context.elapsedMs)) : undefined);
  if (passedAtMs !== undefined) next.passedAtMs = passedAtMs;
  const others = results.filter((result) => result.level !== level);
  return ok([...others, next].sort((a, b) => a.level - b.level));
}
