import {
  type LinearModel,
  linearScore,
  logisticProbability,
} from "../stats/logistic-regression.ts";
import weights from "./coach-model.json";
import type { FeatureRow } from "./features.ts";
import { z } from "zod";
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
  overall: linearSchema.nullable(),
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

/** The overall score the learned weights predict, before rounding; undefined without weights. */
export function predictedOverall(model: CoachModel, row: FeatureRow): number | undefined {
  return model.overall === null
    ? undefined
    : linearScore(model.overall, vector(model.overall, row));
}
