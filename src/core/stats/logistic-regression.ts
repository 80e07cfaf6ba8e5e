/**
 * Logistic and ridge regression for the coach's learned weights: small, dense, exact. Both are
 * fitted by Newton's method on standardised features with an L2 penalty, so a fit is
 * deterministic (no learning rate, no random start) and the same data gives the same weights on
 * every machine. See docs/decisions/007-learned-coach-weights.md for why this is not a library.
 */

/** A fitted linear model over standardised features. */
export interface LinearModel {
  readonly features: readonly string[];
  /** Mean and scale of each feature on the training data; x is used as (x - mean) / scale. */
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
}

/** Options of a fit: the L2 penalty and, for logistic regression, per-class weights. */
export interface FitOptions {
  readonly l2: number;
  /** Weigh each class by the inverse of its frequency, which targets balanced accuracy. */
  readonly balanced?: boolean;
  readonly iterations?: number;
}

/** The linear score w·z + b of a model for raw features x. */
export function linearScore(model: LinearModel, x: readonly number[]): number {
  let score = model.bias;
  for (let j = 0; j < model.weights.length; j += 1) {
    const z = ((x[j] ?? 0) - (model.mean[j] ?? 0)) / (model.scale[j] ?? 1);
    score += (model.weights[j] ?? 0) * z;
  }
  return score;
}

/** The probability a logistic model gives to the positive class. */
export function logisticProbability(model: LinearModel, x: readonly number[]): number {
  return sigmoid(linearScore(model, x));
}

function sigmoid(t: number): number {
  return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
}

function standardise(rows: readonly (readonly number[])[], width: number) {
  const mean = new Array<number>(width).fill(0);
  const scale = new Array<number>(width).fill(1);
  for (let j = 0; j < width; j += 1) {
    const column = rows.map((row) => row[j] ?? 0);
    const m = column.reduce((a, b) => a + b, 0) / Math.max(column.length, 1);
    const variance = column.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(column.length, 1);
    mean[j] = m;
    scale[j] = variance > 1e-12 ? Math.sqrt(variance) : 1;
  }
  const z = rows.map((row) =>
    Array.from({ length: width }, (_, j) => ((row[j] ?? 0) - (mean[j] ?? 0)) / (scale[j] ?? 1)),
  );
  return { mean, scale, z };
}

/** Solves A x = b for a small dense symmetric positive-definite A (Gaussian elimination). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) {
      if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    }
    [m[col], m[pivot]] = [m[pivot] ?? [], m[col] ?? []];
    const head = m[col] ?? [];
    const p = head[col] ?? 0;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r += 1) {
      if (r === col) continue;
      const row = m[r] ?? [];
      const factor = (row[col] ?? 0) / p;
      if (factor === 0) continue;
      for (let c = col; c <= n; c += 1) row[c] = (row[c] ?? 0) - factor * (head[c] ?? 0);
    }
  }
  return Array.from({ length: n }, (_, i) => {
    const row = m[i] ?? [];
    const p = row[i] ?? 0;
    return Math.abs(p) < 1e-12 ? 0 : (row[n] ?? 0) / p;
  });
}

/**
 * Fits a logistic regression with an L2 penalty (the bias is not penalised) by Newton's method
 * (iteratively reweighted least squares). `y` holds 0 or 1.
 */
export function fitLogistic(
  features: readonly string[],
  rows: readonly (readonly number[])[],
  y: readonly number[],
  options: FitOptions,
): LinearModel {
  const width = features.length;
  const { mean, scale, z } = standardise(rows, width);
  const positives = y.filter((v) => v === 1).length;
  const negatives = y.length - positives;
  const classWeight = (v: number) => {
    if (options.balanced !== true || positives === 0 || negatives === 0) return 1;
    return v === 1 ? y.length / (2 * positives) : y.length / (2 * negatives);
  };
  // Parameters: weights then bias.
  let beta = new Array<number>(width + 1).fill(0);
  for (let iteration = 0; iteration < (options.iterations ?? 50); iteration += 1) {
    const hessian = Array.from({ length: width + 1 }, () => new Array<number>(width + 1).fill(0));
    const gradient = new Array<number>(width + 1).fill(0);
    z.forEach((row, i) => {
      const x = [...row, 1];
      const p = sigmoid(x.reduce((sum, value, j) => sum + value * (beta[j] ?? 0), 0));
      const target = y[i] ?? 0;
      const w = classWeight(target);
      for (let j = 0; j <= width; j += 1) {
        gradient[j] = (gradient[j] ?? 0) + w * ((x[j] ?? 0) * (target - p));
        const hj = hessian[j] ?? [];
        for (let k = 0; k <= width; k += 1) {
          hj[k] = (hj[k] ?? 0) + w * p * (1 - p) * (x[j] ?? 0) * (x[k] ?? 0);
        }
      }
    });
    for (let j = 0; j < width; j += 1) {
      gradient[j] = (gradient[j] ?? 0) - options.l2 * (beta[j] ?? 0);
      const hj = hessian[j] ?? [];
      hj[j] = (hj[j] ?? 0) + options.l2;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((value, j) => value + (step[j] ?? 0));
    if (step.every((value) => Math.abs(value) < 1e-9)) break;
  }
  return { features, mean, scale, weights: beta.slice(0, width), bias: beta[width] ?? 0 };
}

/** Fits a ridge regression (least squares with an L2 penalty; the bias is not penalised). */
export function fitRidge(
  features: readonly string[],
  rows: readonly (readonly number[])[],
  y: readonly number[],
  options: FitOptions,
): LinearModel {
  const width = features.length;
  const { mean, scale, z } = standardise(rows, width);
  const gram = Array.from({ length: width + 1 }, () => new Array<number>(width + 1).fill(0));
  const moment = new Array<number>(width + 1).fill(0);
  z.forEach((row, i) => {
    const x = [...row, 1];
    for (let j = 0; j <= width; j += 1) {
      moment[j] = (moment[j] ?? 0) + (x[j] ?? 0) * (y[i] ?? 0);
      const gj = gram[j] ?? [];
      for (let k = 0; k <= width; k += 1) gj[k] = (gj[k] ?? 0) + (x[j] ?? 0) * (x[k] ?? 0);
    }
  });
  for (let j = 0; j < width; j += 1) {
    const gj = gram[j] ?? [];
    gj[j] = (gj[j] ?? 0) + options.l2;
  }
  const beta = solve(gram, moment);
  return { features, mean, scale, weights: beta.slice(0, width), bias: beta[width] ?? 0 };
}
