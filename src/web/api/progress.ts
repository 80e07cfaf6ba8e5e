import type { Dimension } from "../../core/analysis/index.ts";
import type { ProgressSource } from "../../core/api/progress.ts";
import { isClearChange, type Change } from "../../core/stats/change-over-time.ts";

export { FLAG_NAMES } from "../../core/api/progress.ts";
export type {
  CategoryProgress,
  DimensionProgress,
  FlagProgress,
  Progress,
  ProgressItem,
  RoundProgress,
} from "../../core/api/progress.ts";

/** The dimensions as headings name them. */
export const DIMENSION_NAMES: Readonly<Record<Dimension, string>> = {
  honesty: "Honesty",
  ownership: "Ownership",
  reflection: "Reflection",
  specificity: "Specificity",
  structure: "Structure",
};

/** Where a kept analysis came from, in words. */
export const SOURCE_NAMES: Readonly<Record<ProgressSource, string>> = {
  practice: "Practice",
  interview: "Interview",
  story: "Story",
};

/** Where a kept analysis can be opened again. */
export function itemPath(source: ProgressSource, id: string): string {
  const collection = { practice: "practice/attempts", interview: "interviews", story: "stories" };
  return `/${collection[source]}/${encodeURIComponent(id)}`;
}

function figure(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/**
 * The change in words: stated only when its interval excludes zero ("up 0.8 [0.2–1.4]"),
 * otherwise "no clear change yet (n = 9)", with n so the reader knows how little it rests on. A
 * fall reads as its size: "down 0.8 [0.3–1.3]".
 */
export function describeChange(change: Change | null, n: number): string {
  if (!isClearChange(change)) return `no clear change yet (n = ${String(n)})`;
  // A fall is stated as its size, so its interval reads low to high without minus signs.
  const [direction, size, low, high] =
    change.delta > 0
      ? ["up", change.delta, change.low, change.high]
      : ["down", -change.delta, -change.high, -change.low];
  return `${direction} ${figure(size)} [${figure(low)}–${figure(high)}]`;
}
