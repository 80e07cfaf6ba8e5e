import { z } from "zod";
import type { Dimension, FlagCode } from "../analysis/index.ts";
import type { RoundId } from "../content/schema.ts";
import { dayString } from "./applications.ts";

/** The most days one plan lays out. */
export const MAX_PLAN_DAYS = 28;
/** How many days a plan lays out when the request does not say. */
export const DEFAULT_PLAN_DAYS = 14;

/**
 * `GET /api/plan`: `today` is the candidate's own date (the server's clock may sit in another
 * time zone); without it, the server's date in UTC.
 */
export const planQuerySchema = z
  .object({
    today: dayString.optional(),
    days: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be 1 or more")
      .max(MAX_PLAN_DAYS, `is at most ${String(MAX_PLAN_DAYS)}`)
      .default(DEFAULT_PLAN_DAYS),
  })
  .strict();

/** How one dimension has gone in the newest analyses: the plan's reason to work on it. */
export interface DimensionLevel {
  dimension: Dimension;
  /** The mean score over the newest analyses; null when there are none. */
  mean: number | null;
  /** How many analyses the mean rests on. */
  n: number;
  /** The flag of this dimension raised most often among them, with how often; null for none. */
  commonFlag: { code: FlagCode; n: number } | null;
  /** Its share of the days' dimension work, 0 to 1; the weakest get the most. */
  share: number;
}

/** A round still ahead in an active application. */
export interface StageAhead {
  applicationId: string;
  company: string;
  round: RoundId;
  /** The booked day; null while not booked. */
  date: string | null;
  /** Days from today to the booked day; null while not booked. */
  daysLeft: number | null;
}

/** One thing to do on a day of the plan. */
export interface PlanItem {
  /** `stage`: a round of the loop is that day; `round`: practise for a round ahead; `dimension`: work on a weak dimension. */
  kind: "stage" | "round" | "dimension";
  title: string;
  /** Why this, today: the figure or the date behind it. */
  detail: string;
  /** Where in Candor to do it; null for a stage day. */
  href: string | null;
  round?: RoundId;
  company?: string;
  dimension?: Dimension;
  /** The bank question suggested, for a dimension item. */
  questionId?: string;
}

/** One day of the plan. */
export interface PlanDay {
  date: string;
  items: PlanItem[];
}

/** `GET /api/plan`: what to practise each day until the rounds ahead, weighted to the weak areas. */
export interface Plan {
  today: string;
  /** The analyses the levels read: the newest, at most a fixed window. */
  analysesRead: number;
  /** Every dimension, weakest first (no history: in the coach's order). */
  levels: DimensionLevel[];
  /** The rounds still ahead in active applications, booked ones first by date. */
  stagesAhead: StageAhead[];
  days: PlanDay[];
}
