import { z } from "zod";
import type { Dimension, FlagCode, Score } from "../analysis/index.ts";
import type { CategoryId } from "../content/schema.ts";
import type { InterviewRound } from "../interview/types.ts";
import type { Change } from "../stats/change-over-time.ts";

/** The flags as a list names them. */
export const FLAG_NAMES: Readonly<Record<FlagCode, string>> = {
  "alignment-signaling": "Alignment-signaling",
  "no-feelings": "No feelings named",
  "we-not-i": "“We”, not “I”",
  "no-outcome": "No outcome",
  "no-reflection": "No reflection",
  "no-genuine-change": "No genuine change of mind",
  "no-critique": "No critique",
  vague: "Vague",
  "framework-recital": "Framework recital",
  "too-long": "Too long",
  hollow: "Hollow claims",
  "off-topic": "Off topic",
};

/** Where a kept analysis came from. */
export const PROGRESS_SOURCES = ["practice", "interview", "story"] as const;

/** Where a kept analysis came from: a practice attempt, an interview answer, a story version. */
export type ProgressSource = (typeof PROGRESS_SOURCES)[number];

/** One dimension's score of one kept analysis. */
export interface ProgressPoint {
  at: string;
  score: Score;
}

/** One dimension's scores, oldest first, and the change from the earlier half to the later. */
export interface DimensionProgress {
  n: number;
  points: ProgressPoint[];
  /** Null below six points. */
  change: Change | null;
}

/** How often one flag was raised in one week (Monday, UTC), out of the analyses kept that week. */
export interface FlagWeek {
  week: string;
  n: number;
  attempts: number;
}

/** One flag: how many analyses raised it, and how many per week. */
export interface FlagProgress {
  code: FlagCode;
  n: number;
  /** Every week with a kept analysis, oldest first, including weeks that did not raise it. */
  weeks: FlagWeek[];
}

/** One interview round: how much of it was practised and its mean overall score. */
export interface RoundProgress {
  round: InterviewRound;
  /** Interviews of this round with at least one answer. */
  interviews: number;
  /** The questions answered (follow-ups and pushbacks not counted again), first asked first. */
  questions: string[];
  /** The mean overall score of every answer in the round; n is the number of answers. */
  overall: { mean: number; n: number };
}

/** One category of the bank's questions: how many of its questions were answered, and how well. */
export interface CategoryProgress {
  category: CategoryId;
  /** Distinct questions of the category answered. */
  questions: number;
  /** The mean overall score of every answer to them; n is the number of answers. */
  overall: { mean: number; n: number };
}

/** One kept analysis, for the list of recent history. */
export interface ProgressItem {
  source: ProgressSource;
  /** The practice attempt's, interview's or story's id. */
  id: string;
  at: string;
  /** What was answered: the question, or the story's title; null for an attempt with none. */
  title: string | null;
  overall: Score;
}

/** `GET /api/progress` takes no parameters; an unknown one is refused rather than ignored. */
export const progressQuerySchema = z.object({}).strict();

/** How many recent items `GET /api/progress` lists. */
export const RECENT_ITEMS = 20;

/** `GET /api/progress`: the user's whole kept history, summarised. */
export interface Progress {
  /** Every kept analysis: practice attempts, interview answers and story versions. */
  attempts: number;
  dimensions: Record<Dimension, DimensionProgress>;
  sources: Record<ProgressSource, number>;
  /** The flags raised at least once, most often raised first. */
  flags: FlagProgress[];
  /** The interview rounds answered in, most answers first. */
  rounds: RoundProgress[];
  /** The categories of bank questions answered (practice and interviews), most answers first. */
  categories: CategoryProgress[];
  /** The newest kept analyses, newest first, at most RECENT_ITEMS. */
  recent: ProgressItem[];
}
