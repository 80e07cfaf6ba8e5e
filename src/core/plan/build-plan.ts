import { DIMENSIONS, type Dimension, type FlagCode, type Score } from "../analysis/index.ts";
import type { ApplicationStage, ApplicationStatus } from "../api/applications.ts";
import { FLAG_NAMES } from "../api/progress.ts";
import type { DimensionLevel, Plan, PlanDay, PlanItem, StageAhead } from "../api/plan.ts";
import type { CategoryId, RoundId } from "../content/schema.ts";
import { capitalise } from "../text.ts";

/** How many of the newest analyses the levels read: recent enough that improvement shows. */
export const LEVEL_WINDOW = 10;

/** One kept analysis, reduced to what the plan reads. */
export interface PlanAnalysis {
  at: Date;
  dimensions: Readonly<Record<Dimension, Score>>;
  flags: readonly FlagCode[];
  /** The bank question answered, when it was one. */
  questionId?: string;
}

/** An application, reduced to what the plan reads. */
export interface PlanApplication {
  id: string;
  company: string;
  status: ApplicationStatus;
  stages: readonly ApplicationStage[];
}

/** A bank question the plan may suggest. */
export interface PlanQuestion {
  id: string;
  prompt: string;
}

export interface PlanInput {
  /** The candidate's date, `YYYY-MM-DD`. */
  today: string;
  /** How many days to lay out, today included. */
  days: number;
  applications: readonly PlanApplication[];
  /** Every kept analysis, in any order. */
  analyses: readonly PlanAnalysis[];
  /** The bank's questions of a category, in the bank's order. */
  questionsOf: (category: CategoryId) => readonly PlanQuestion[];
}

/** The name of each round of a loop, as the plan writes it. */
export const ROUND_NAMES: Readonly<Record<RoundId, string>> = {
  recruiter: "recruiter screen",
  assessment: "coding assessment",
  "hiring-manager": "hiring-manager deep dive",
  coding: "coding round",
  "system-design": "system-design round",
  "work-sample": "work sample",
  behavioral: "behavioral round",
  values: "values and culture round",
};

/** What a day's practice for a round is, and where in Candor it is done. */
const ROUND_PRACTICE: Readonly<
  Record<RoundId, { practice: string; rehearsal: string; href: string }>
> = {
  recruiter: {
    practice: "Mock recruiter screen: your background in two minutes and why this company",
    rehearsal: "Dress rehearsal: a whole mock recruiter screen, aloud",
    href: "/interviews?round=recruiter",
  },
  assessment: {
    practice: "One level of the progressive assessment against the clock",
    rehearsal: "Dress rehearsal: the full 90-minute assessment, all four levels",
    href: "/assessments",
  },
  "hiring-manager": {
    practice: "Walk one project through a deep dive until your answers turn vague",
    rehearsal: "Dress rehearsal: a whole mock deep dive on the project you will bring",
    href: "/interviews?round=hiring-manager",
  },
  coding: {
    practice: "Solve one problem against its tests, saying your approach aloud first",
    rehearsal: "Dress rehearsal: two problems back to back, timed",
    href: "/problems",
  },
  "system-design": {
    practice: "Work one design question through the template, with numbers",
    rehearsal: "Dress rehearsal: a whole design in 45 minutes, then compare with the reference",
    href: "/questions?category=system-design",
  },
  "work-sample": {
    practice: "One work-sample exercise: read the codebase before changing it",
    rehearsal: "Dress rehearsal: a whole work sample, timed",
    href: "/work-samples",
  },
  behavioral: {
    practice: "Mock behavioral round: past situations, your own part in them",
    rehearsal: "Dress rehearsal: a whole mock behavioral round, aloud",
    href: "/interviews?round=behavioral",
  },
  values: {
    practice: "Mock values round: hold or change a view under pushback, honestly",
    rehearsal: "Dress rehearsal: a whole mock values round, aloud",
    href: "/interviews?round=values",
  },
};

/** How each dimension is worked on, the flags that mark it weak, and where its questions are. */
const DIMENSION_WORK: Readonly<
  Record<Dimension, { task: string; flags: readonly FlagCode[]; category: CategoryId }>
> = {
  honesty: {
    task: "say plainly what you got wrong or found hard, with no performed enthusiasm",
    flags: ["alignment-signaling", "hollow"],
    category: "values",
  },
  ownership: {
    task: "tell each decision you made with “I”, and what the others did apart from you",
    flags: ["we-not-i"],
    category: "behavioral",
  },
  reflection: {
    task: "end with what you would do differently, tied to this story",
    flags: ["no-reflection", "no-genuine-change", "no-feelings"],
    category: "values",
  },
  specificity: {
    task: "give the number, the name and the date that only you could know, and how it ended",
    flags: ["vague", "no-outcome"],
    category: "behavioral",
  },
  structure: {
    task: "tell it in order, stakes to outcome, in under three minutes",
    flags: ["framework-recital", "too-long", "off-topic"],
    category: "behavioral",
  },
};

const DAY_MS = 86_400_000;

/** The day `n` days after `day`, both `YYYY-MM-DD`. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Picks in proportion to weight, evenly spread and always the same way (smooth weighted
 * round-robin): each pick adds every weight to its credit and takes the largest, which then
 * pays back the total.
 */
class WeightedRotation<K extends string> {
  private readonly credit = new Map<K, number>();

  pick(weights: ReadonlyArray<readonly [K, number]>): K | undefined {
    let best: K | undefined;
    let bestCredit = -Infinity;
    let total = 0;
    for (const [key, weight] of weights) {
      const credit = (this.credit.get(key) ?? 0) + weight;
      this.credit.set(key, credit);
      total += weight;
      if (credit > bestCredit) {
        best = key;
        bestCredit = credit;
      }
    }
    if (best !== undefined) this.credit.set(best, bestCredit - total);
    return best;
  }
}

/**
 * The levels of the dimensions over the newest analyses, weakest first. The weight of a
 * dimension grows with the square of its distance from a 5, so the weakest gets most of the days
 * and one that has come up to the others' level stops being singled out.
 */
export function dimensionLevels(analyses: readonly PlanAnalysis[]): DimensionLevel[] {
  const newest = [...analyses]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, LEVEL_WINDOW);
  const n = newest.length;
  const levels = DIMENSIONS.map((dimension) => {
    const mean =
      n === 0 ? null : newest.reduce((sum, item) => sum + item.dimensions[dimension], 0) / n;
    const counts = DIMENSION_WORK[dimension].flags
      .map((code) => ({ code, n: newest.filter((item) => item.flags.includes(code)).length }))
      .filter((count) => count.n > 0)
      .sort((a, b) => b.n - a.n);
    return {
      dimension,
      mean,
      n,
      commonFlag: counts[0] ?? null,
      weight: mean === null ? 1 : (5.5 - mean) ** 2,
    };
  });
  const total = levels.reduce((sum, level) => sum + level.weight, 0);
  return levels
    .map(({ weight, ...level }) => ({ ...level, share: weight / total }))
    .sort((a, b) => (a.mean ?? 0) - (b.mean ?? 0));
}

/** The rounds still ahead in active applications: booked ones by date, then the unbooked. */
export function stagesAhead(applications: readonly PlanApplication[], today: string): StageAhead[] {
  const ahead = applications
    .filter((application) => application.status === "active")
    .flatMap((application) =>
      application.stages
        .filter((stage) => !stage.done && (stage.date === null || stage.date >= today))
        .map((stage) => ({
          applicationId: application.id,
          company: application.company,
          round: stage.round,
          date: stage.date,
          daysLeft: stage.date === null ? null : daysBetween(today, stage.date),
        })),
    );
  return ahead.sort(
    (a, b) =>
      (a.date ?? "9999").localeCompare(b.date ?? "9999") ||
      a.company.localeCompare(b.company) ||
      a.round.localeCompare(b.round),
  );
}

/** How much a round ahead weighs on a day: the nearer it is booked, the more. */
function proximityWeight(stage: StageAhead, day: string): number {
  if (stage.date === null) return 1;
  const until = daysBetween(day, stage.date);
  return until <= 3 ? 3 : until <= 7 ? 2 : 1;
}

function stageKey(stage: StageAhead): string {
  return `${stage.applicationId}:${stage.round}`;
}

function atCompany(stage: StageAhead): string {
  return `${stage.company}’s ${ROUND_NAMES[stage.round]}`;
}

function roundItem(stage: StageAhead, day: string): PlanItem {
  const practice = ROUND_PRACTICE[stage.round];
  const until = stage.date === null ? null : daysBetween(day, stage.date);
  const rehearsal = until === 1;
  return {
    kind: "round",
    title: rehearsal ? practice.rehearsal : practice.practice,
    detail:
      until === null
        ? `For ${atCompany(stage)}, not booked yet.`
        : `For ${atCompany(stage)}, ${until === 1 ? "tomorrow" : `in ${String(until)} days`}.`,
    href: practice.href,
    round: stage.round,
    company: stage.company,
  };
}

function levelDetail(level: DimensionLevel): string {
  if (level.mean === null) return "No answers analysed yet: this is where to start finding out.";
  const flag =
    level.commonFlag === null
      ? ""
      : `; flagged in ${String(level.commonFlag.n)} of them: ${FLAG_NAMES[level.commonFlag.code]}`;
  return `${capitalise(level.dimension)} averages ${level.mean.toFixed(1)} over your last ${String(level.n)} ${level.n === 1 ? "answer" : "answers"}${flag}.`;
}

/**
 * The plan: for each day from today, a round of the loop to practise (the nearest booked rounds
 * most often, a dress rehearsal the day before one) and a dimension to work on (the weakest most
 * often, on a bank question not yet answered). A day with a round booked holds only that round.
 * The plan ends on the last booked round when nothing unbooked is left. Pure: the same input
 * always gives the same plan.
 */
export function buildPlan(input: PlanInput): Plan {
  const levels = dimensionLevels(input.analyses);
  const ahead = stagesAhead(input.applications, input.today);
  const lastBooked = ahead.reduce<string | null>(
    (last, stage) =>
      stage.date !== null && (last === null || stage.date > last) ? stage.date : last,
    null,
  );
  const span =
    lastBooked !== null && ahead.every((stage) => stage.date !== null)
      ? Math.min(input.days, daysBetween(input.today, lastBooked) + 1)
      : input.days;

  const rounds = new WeightedRotation<string>();
  const dimensions = new WeightedRotation<Dimension>();
  const answered = new Set(input.analyses.flatMap((item) => item.questionId ?? []));
  const suggested = new Set<string>();
  const days: PlanDay[] = [];
  for (let offset = 0; offset < span; offset++) {
    const day = addDays(input.today, offset);
    const booked = ahead.filter((stage) => stage.date === day);
    if (booked.length > 0) {
      days.push({
        date: day,
        items: booked.map((stage) => ({
          kind: "stage",
          title: `${capitalise(atCompany(stage))} is today`,
          detail: "Read over the stories you mean to tell; leave new material for after.",
          href: null,
          round: stage.round,
          company: stage.company,
        })),
      });
      continue;
    }
    const items: PlanItem[] = [];
    const open = ahead.filter((stage) => stage.date === null || stage.date > day);
    const tomorrow = open.find((stage) => stage.date === addDays(day, 1));
    const key =
      tomorrow !== undefined
        ? stageKey(tomorrow)
        : rounds.pick(open.map((stage) => [stageKey(stage), proximityWeight(stage, day)] as const));
    const stage = open.find((candidate) => stageKey(candidate) === key);
    if (stage !== undefined) items.push(roundItem(stage, day));

    const dimension = dimensions.pick(
      levels.map((level) => [level.dimension, level.share] as const),
    );
    const level = levels.find((candidate) => candidate.dimension === dimension);
    if (level !== undefined) items.push(dimensionItem(level, input, answered, suggested));
    days.push({ date: day, items });
  }
  return {
    today: input.today,
    analysesRead: levels[0]?.n ?? 0,
    levels,
    stagesAhead: ahead,
    days,
  };
}

/** Work on one dimension, on the first bank question of its category not answered or suggested. */
function dimensionItem(
  level: DimensionLevel,
  input: PlanInput,
  answered: ReadonlySet<string>,
  suggested: Set<string>,
): PlanItem {
  const work = DIMENSION_WORK[level.dimension];
  const questions = input.questionsOf(work.category);
  const question =
    questions.find((candidate) => !answered.has(candidate.id) && !suggested.has(candidate.id)) ??
    questions.find((candidate) => !suggested.has(candidate.id));
  if (question !== undefined) suggested.add(question.id);
  return {
    kind: "dimension",
    title:
      question === undefined
        ? `${capitalise(level.dimension)}: answer a ${work.category} question and ${work.task}`
        : `${capitalise(level.dimension)}: answer “${question.prompt}” and ${work.task}`,
    detail: levelDetail(level),
    href:
      question === undefined
        ? "/practice"
        : `/practice?question=${encodeURIComponent(question.id)}`,
    dimension: level.dimension,
    ...(question === undefined ? {} : { questionId: question.id }),
  };
}
