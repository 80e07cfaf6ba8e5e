import {
  type LinearModel,
  linearScore,
  logisticProbability,
} from "../stats/logistic-regression.ts";
import weights from "./coach-model.json";
import type { FeatureRow } from "./features.ts";
import { z } from "zod";
import { FLAG_CODES, type FlagCode, type Score } from "./types.ts";

/** A flag's learned weights and the probability from which it is raised. */
export interface FlagModel extends LinearModel {
  readonly threshold: number;
}

/** Everything the training script writes: one model per flag, one for the overall score. */
export interface CoachModel {
  readonly about: string;
  readonly trainedOn: {
    readonly items: number;
    readonly split: string;
    readonly l2: number;
  } | null;
  readonly flags: Partial<Record<FlagCode, FlagModel>>;
  readonly overall: OverallModel | null;
  /** A pushback reply's verdict: first whether it caved, then, if not, whether it updated. */
  readonly stance: StanceModel | null;
}

/** The two models that read a pushback reply (stance.ts). */
export interface StanceModel {
  readonly caved: LinearModel;
  readonly updated: LinearModel;
}

/**
 * The overall score's weights, and the four cut points that turn its prediction into 1–5. A
 * penalised fit pulls predictions toward the middle; the cut points are set so that on the
 * training answers each score is given as often as the labels give it, which keeps the ranking
 * and lets a flawless answer reach 5.
 */
export interface OverallModel extends LinearModel {
  readonly cuts: readonly number[];
}

const linearSchema = z.object({
  features: z.array(z.string()),
  mean: z.array(z.number()),
  scale: z.array(z.number()),
  weights: z.array(z.number()),
  bias: z.number(),
});

const modelSchema = z.object({
  about: z.string(),
  trainedOn: z.object({ items: z.number(), split: z.string(), l2: z.number() }).nullable(),
  flags: z.partialRecord(z.enum(FLAG_CODES), linearSchema.extend({ threshold: z.number() })),
  overall: linearSchema.extend({ cuts: z.array(z.number()).length(4) }).nullable(),
  stance: z.object({ caved: linearSchema, updated: linearSchema }).nullable(),
});

/** The committed weights (src/core/analysis/coach-model.json), checked when first loaded. */
export const COACH_MODEL: CoachModel = modelSchema.parse(weights);

function vector(model: LinearModel, row: FeatureRow): number[] {
  return model.features.map((name) => row[name] ?? 0);
}

/** The probability the learned weights give to a flag, or undefined when it has none. */
export function flagProbability(
  model: CoachModel,
  code: FlagCode,
  row: FeatureRow,
): number | undefined {
  const flagModel = model.flags[code];
  return flagModel === undefined
    ? undefined
    : logisticProbability(flagModel, vector(flagModel, row));
}

/** The overall score the learned weights give, 1–5; undefined without weights. */
export function predictedOverall(model: CoachModel, row: FeatureRow): Score | undefined {
  const overall = model.overall;
  if (overall === null) return undefined;
  return scoreFromCuts(linearScore(overall, vector(overall, row)), overall.cuts);
}

/** 1 plus the number of cut points at or below the prediction. */
export function scoreFromCuts(prediction: number, cuts: readonly number[]): Score {
  return (1 + cuts.filter((cut) => prediction >= cut).length) as Score;
}

/** The stance models' probabilities that a reply caved, and (given it did not) that it updated. */
export function stanceProbabilities(
  model: CoachModel,
  row: FeatureRow,
): { readonly caved: number; readonly updated: number } | undefined {
  const stance = model.stance;
  if (stance === null) return undefined;
  return {
    caved: logisticProbability(stance.caved, vector(stance.caved, row)),
    updated: logisticProbability(stance.updated, vector(stance.updated, row)),
  };
}
