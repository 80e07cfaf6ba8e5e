import {
  type LinearModel,
  linearScore,
  logisticProbability,
} from "../stats/logistic-regression.ts";
import weights from "./coach-model.json";
import type { FeatureRow } from "./features.ts";
import { FLAG_CODES, type FlagCode } from "./types.ts";

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
  readonly overall: LinearModel | null;
}

function isFlagCode(code: string): code is FlagCode {
  return (FLAG_CODES as readonly string[]).includes(code);
}

/** The committed weights (src/core/analysis/coach-model.json). */
export const COACH_MODEL: CoachModel = {
  about: weights.about,
  trainedOn: weights.trainedOn as CoachModel["trainedOn"],
  flags: Object.fromEntries(
    Object.entries(weights.flags as Record<string, FlagModel>).filter(([code]) => isFlagCode(code)),
  ),
  overall: weights.overall as LinearModel | null,
};

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

/** The overall score the learned weights predict, before rounding; undefined without weights. */
export function predictedOverall(model: CoachModel, row: FeatureRow): number | undefined {
  return model.overall === null
    ? undefined
    : linearScore(model.overall, vector(model.overall, row));
}
