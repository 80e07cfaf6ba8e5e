import type { LevelProgress } from "./progress.ts";
import type { AssessmentLevel } from "./schema.ts";

/**
 * How far past the even pace a level may run before it is called slow: for 90 minutes and four
 * levels the even pace is 22½ minutes and the line is 25.
 */
export const OVER_PACE_FACTOR = 10 / 9;

/** Enough submissions of one level that the way of submitting is worth a remark. */
const MANY_ATTEMPTS = 5;

/** How one level went, in time. */
export interface LevelPace {
  level: number;
  title: string;
  weight: number;
  /** passed: every test passed; in-progress: open but not passed; not-reached: still locked. */
  status: "passed" | "in-progress" | "not-reached";
  /** When the level opened, in ms since the start; null when it never did. */
  startedAtMs: number | null;
  /** When it passed, or when the session stopped while it was open; null when never reached. */
  endedAtMs: number | null;
  /** Time spent on it: from its opening to its pass (or to the stop); 0 when never reached. */
  spentMs: number;
  /** Whether the time spent is past {@link OVER_PACE_FACTOR} × the even pace. */
  overPace: boolean;
  /** For a passed level, the time left on the clock when it passed. */
  timeLeftMs: number | null;
  attempts: number;
}

/** The pacing part of the report. */
export interface PacingReport {
  durationMs: number;
  /** The whole time divided evenly among the levels. */
  evenPaceMs: number;
  /** The time past which a level counts as slow. */
  overPaceMs: number;
  /** The time used: until the finish, the deadline or now, whichever came first. */
  elapsedMs: number;
  timeLeftMs: number;
  levels: LevelPace[];
  /** Plain advice, most important first. */
  advice: string[];
}

/**
 * Times each level from the moments its predecessor and itself passed, compares each with an even
 * pace and with the time that was left, and turns what stands out into advice.
 *
 * @param stopped whether the session is over (finished or out of time), which changes the wording
 */
export function analysePacing(input: {
  levels: readonly AssessmentLevel[];
  results: readonly LevelProgress[];
  durationMs: number;
  elapsedMs: number;
  stopped: boolean;
}): PacingReport {
  const { levels, results, durationMs, stopped } = input;
  const elapsedMs = clamp(input.elapsedMs, 0, durationMs);
  const evenPaceMs = levels.length === 0 ? durationMs : durationMs / levels.length;
  const overPaceMs = evenPaceMs * OVER_PACE_FACTOR;

  let openedAtMs: number | null = 0;
  const paces = levels.map((level): LevelPace => {
    const result = results.find((entry) => entry.level === level.level);
    const base = {
      level: level.level,
      title: level.title,
      weight: level.weight,
      attempts: result?.attempts ?? 0,
    };
    if (openedAtMs === null) {
      return {
        ...base,
        status: "not-reached",
        startedAtMs: null,
        endedAtMs: null,
        spentMs: 0,
        overPace: false,
        timeLeftMs: null,
      };
    }
    const startedAtMs: number = openedAtMs;
    const passedAtMs = result?.passedAtMs;
    const endedAtMs = passedAtMs ?? Math.max(startedAtMs, elapsedMs);
    const spentMs = Math.max(0, endedAtMs - startedAtMs);
    openedAtMs = passedAtMs ?? null;
    return {
      ...base,
      status: passedAtMs === undefined ? "in-progress" : "passed",
      startedAtMs,
      endedAtMs,
      spentMs,
      overPace: spentMs > overPaceMs,
      timeLeftMs: passedAtMs === undefined ? null : Math.max(0, durationMs - passedAtMs),
    };
  });

  const report = {
    durationMs,
    evenPaceMs,
    overPaceMs,
    elapsedMs,
    timeLeftMs: durationMs - elapsedMs,
    levels: paces,
  };
  return { ...report, advice: adviseOnPacing(report, stopped) };
}

function adviseOnPacing(report: Omit<PacingReport, "advice">, stopped: boolean): string[] {
  const { levels, evenPaceMs, overPaceMs, durationMs, timeLeftMs } = report;
  const advice: string[] = [];
  const passed = levels.filter((level) => level.status === "passed");
  const open = levels.find((level) => level.status === "in-progress");
  const totalWeight = levels.reduce((sum, level) => sum + level.weight, 0);
  const even = formatMinutes(evenPaceMs);

  if (levels.every((level) => level.attempts === 0)) {
    advice.push(
      stopped
        ? "No level was submitted, so nothing counted. A level's tests count even when only some " +
            "pass: submit what you have early, then improve it."
        : "Nothing submitted yet. Submit level 1 as soon as its visible tests pass: a partial " +
            "pass already counts.",
    );
  }

  for (const level of passed.filter((entry) => entry.overPace)) {
    const later = levels.filter((entry) => entry.level > level.level);
    const laterWeight = later.reduce((sum, entry) => sum + entry.weight, 0);
    advice.push(
      `Level ${String(level.level)} took ${formatMinutes(level.spentMs)}, against an even pace ` +
        `of ${even}. When a level runs past about ${formatMinutes(overPaceMs)}, get the ` +
        "plainest version that passes its tests in and move on" +
        (later.length > 0 && totalWeight > 0
          ? `: the levels after it hold ${formatPercent(laterWeight / totalWeight)} of the score.`
          : "; polish can wait."),
    );
  }

  const lastPassed = passed.at(-1);
  const remaining = levels.length - passed.length;
  if (lastPassed?.timeLeftMs != null && remaining > 0) {
    const perLevel = lastPassed.timeLeftMs / remaining;
    if (perLevel < evenPaceMs) {
      advice.push(
        `When level ${String(lastPassed.level)} passed, ${formatMinutes(lastPassed.timeLeftMs)} ` +
          `were left for ${countLevels(remaining)}: ${formatMinutes(perLevel)} each, short of the ` +
          `even ${even}. Later levels build on earlier code, so time saved early pays twice.`,
      );
    }
  }

  if (open !== undefined && stopped) {
    const ranOut = timeLeftMs <= 0;
    advice.push(
      ranOut
        ? `Time ran out on level ${String(open.level)}, ${formatMinutes(open.spentMs)} into it. ` +
            "Submit a level as it stands a few minutes before the end: the tests that pass still count."
        : `You stopped with ${formatMinutes(timeLeftMs)} left and level ${String(open.level)} ` +
            "unpassed. In the real assessment the time is yours to use: keep working until the " +
            "clock ends, since every extra passing test counts.",
    );
  } else if (open !== undefined && open.overPace) {
    advice.push(
      `Level ${String(open.level)} has taken ${formatMinutes(open.spentMs)} so far, past the ` +
        `even ${even}. Pass what you can, submit it, and decide whether the rest is worth the time.`,
    );
  }

  for (const level of levels.filter((entry) => entry.attempts >= MANY_ATTEMPTS)) {
    advice.push(
      `Level ${String(level.level)} took ${String(level.attempts)} submissions. Before submitting, ` +
        "run the visible tests and reread the level's rules for edge cases: each miss costs minutes.",
    );
  }

  if (passed.length === levels.length && levels.length > 0) {
    advice.push(
      `All ${countLevels(levels.length)} passed with ${formatMinutes(durationMs - (lastPassed?.endedAtMs ?? 0))} ` +
        "to spare. Next time, try a harder assessment or a tighter clock.",
    );
  } else if (passed.length > 0 && passed.every((level) => !level.overPace) && advice.length === 0) {
    advice.push(
      `Every level you passed stayed within about ${formatMinutes(overPaceMs)}: a steady pace. ` +
        "Keep it, and aim to reach the heavier levels sooner.",
    );
  }
  return advice;
}

/**
 * Minutes as a person says them: "under a minute", "1 minute", "41 minutes"; an exact half stays
 * ("22½ minutes", the even pace of 90 minutes over four levels).
 */
export function formatMinutes(ms: number): string {
  if (ms < 60_000) return "under a minute";
  const halves = (ms / 60_000) * 2;
  const exactHalf = Math.abs(halves - Math.round(halves)) < 0.01 && Math.round(halves) % 2 === 1;
  const text = exactHalf ? `${String(Math.floor(halves / 2))}½` : String(Math.round(ms / 60_000));
  return text === "1" ? "1 minute" : `${text} minutes`;
}

function formatPercent(fraction: number): string {
  return `${String(Math.round(fraction * 100))}%`;
}

function countLevels(count: number): string {
  const words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
  return `${words[count] ?? String(count)} level${count === 1 ? "" : "s"}`;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
