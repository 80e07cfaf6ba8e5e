import { mean } from "simple-statistics";
import { DIMENSIONS, type Dimension, type FlagCode, type Score } from "../analysis/index.ts";
import {
  PROGRESS_SOURCES,
  RECENT_ITEMS,
  type CategoryProgress,
  type DimensionProgress,
  type FlagProgress,
  type Progress,
  type ProgressSource,
  type RoundProgress,
} from "../api/progress.ts";
import type { CategoryId } from "../content/schema.ts";
import type { InterviewRound } from "../interview/types.ts";
import { changeOverTime, type ChangeOptions } from "./change-over-time.ts";

/** One kept analysis, reduced to what progress needs. */
export interface KeptAnalysis {
  source: ProgressSource;
  /** The practice attempt's, interview's or story's id. */
  id: string;
  at: Date;
  title: string | null;
  overall: Score;
  dimensions: Readonly<Record<Dimension, Score>>;
  flags: readonly FlagCode[];
  /** The bank question answered, when it was one. */
  questionId?: string;
  /** Set for an interview answer. */
  interview?: {
    round: InterviewRound;
    /** The main question the answer belongs to (the one a follow-up probes). */
    question: string | null;
  };
}

/**
 * Summarises a user's kept analyses: per dimension the scores over time and the change from the
 * earlier half to the later, per flag how often it was raised each week, per source and per
 * interview round how much was practised, and the newest items.
 */
export function summarizeProgress(
  items: readonly KeptAnalysis[],
  options: ChangeOptions = {},
  categoryOf: (questionId: string) => CategoryId | undefined = () => undefined,
): Progress {
  // Oldest first; the id breaks ties so the same history always gives the same series.
  const sorted = [...items].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id),
  );
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((dimension): [Dimension, DimensionProgress] => {
      const scores = sorted.map((item) => item.dimensions[dimension]);
      return [
        dimension,
        {
          n: scores.length,
          points: sorted.map((item) => ({
            at: item.at.toISOString(),
            score: item.dimensions[dimension],
          })),
          change: changeOverTime(scores, options).change,
        },
      ];
    }),
  ) as Record<Dimension, DimensionProgress>;
  const sources = Object.fromEntries(
    PROGRESS_SOURCES.map((source) => [
      source,
      sorted.filter((item) => item.source === source).length,
    ]),
  ) as Record<ProgressSource, number>;
  return {
    attempts: sorted.length,
    dimensions,
    sources,
    flags: flagProgress(sorted),
    rounds: roundProgress(sorted),
    categories: categoryProgress(sorted, categoryOf),
    recent: sorted
      .slice(-RECENT_ITEMS)
      .reverse()
      .map(({ source, id, at, title, overall }) => ({
        source,
        id,
        at: at.toISOString(),
        title,
        overall,
      })),
  };
}

/** The Monday (UTC) of the week a time falls in, as YYYY-MM-DD. */
export function weekOf(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  // getUTCDay is 0 on Sunday; a week here starts on Monday, as ISO 8601's does.
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

function flagProgress(sorted: readonly KeptAnalysis[]): FlagProgress[] {
  const attemptsPerWeek = new Map<string, number>();
  const raised = new Map<FlagCode, Map<string, number>>();
  for (const item of sorted) {
    const week = weekOf(item.at);
    attemptsPerWeek.set(week, (attemptsPerWeek.get(week) ?? 0) + 1);
    // A flag counts once per analysis, however many passages it quotes.
    for (const code of new Set(item.flags)) {
      const weeks = raised.get(code) ?? new Map<string, number>();
      weeks.set(week, (weeks.get(week) ?? 0) + 1);
      raised.set(code, weeks);
    }
  }
  return [...raised]
    .map(([code, weeks]) => ({
      code,
      n: [...weeks.values()].reduce((total, count) => total + count, 0),
      weeks: [...attemptsPerWeek].map(([week, attempts]) => ({
        week,
        n: weeks.get(week) ?? 0,
        attempts,
      })),
    }))
    .sort((a, b) => b.n - a.n || a.code.localeCompare(b.code));
}

/**
 * Per category of the bank's questions, the answers given to its questions and their mean
 * overall, most answered first; an answer to no bank question (the candidate's own, a story)
 * counts in none.
 */
function categoryProgress(
  sorted: readonly KeptAnalysis[],
  categoryOf: (questionId: string) => CategoryId | undefined,
): CategoryProgress[] {
  const categories = new Map<CategoryId, { questions: Set<string>; scores: number[] }>();
  for (const item of sorted) {
    const category = item.questionId === undefined ? undefined : categoryOf(item.questionId);
    if (category === undefined || item.questionId === undefined) continue;
    const entry = categories.get(category) ?? { questions: new Set<string>(), scores: [] };
    entry.questions.add(item.questionId);
    entry.scores.push(item.overall);
    categories.set(category, entry);
  }
  return [...categories]
    .map(([category, { questions, scores }]) => ({
      category,
      questions: questions.size,
      overall: { mean: mean(scores), n: scores.length },
    }))
    .sort((a, b) => b.overall.n - a.overall.n || a.category.localeCompare(b.category));
}

function roundProgress(sorted: readonly KeptAnalysis[]): RoundProgress[] {
  const rounds = new Map<
    InterviewRound,
    { interviews: Set<string>; questions: Set<string>; scores: number[] }
  >();
  for (const item of sorted) {
    if (item.interview === undefined) continue;
    const round = rounds.get(item.interview.round) ?? {
      interviews: new Set<string>(),
      questions: new Set<string>(),
      scores: [],
    };
    round.interviews.add(item.id);
    if (item.interview.question !== null) round.questions.add(item.interview.question);
    round.scores.push(item.overall);
    rounds.set(item.interview.round, round);
  }
  return [...rounds]
    .map(([round, { interviews, questions, scores }]) => ({
      round,
      interviews: interviews.size,
      questions: [...questions],
      overall: { mean: mean(scores), n: scores.length },
    }))
    .sort((a, b) => b.overall.n - a.overall.n || a.round.localeCompare(b.round));
}
