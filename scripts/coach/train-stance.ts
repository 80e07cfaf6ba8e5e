// Learns the two models that read a pushback reply (src/core/analysis/stance.ts) from the train
// side of the frozen split: whether the reply caved, and, among replies that did not, whether it
// updated the view or held it.
import { blankGraderDirectives } from "../../src/core/analysis/grader-directives.ts";
import { parseText } from "../../src/core/analysis/nlp.ts";
import { COACH_MODEL, type StanceModel } from "../../src/core/analysis/model.ts";
import { readClauses } from "../../src/core/analysis/clauses.ts";
import { readStance } from "../../src/core/analysis/signals/stance.ts";
import { decideStance, STANCE_FEATURES, stanceFeatures } from "../../src/core/analysis/stance.ts";

type StanceFeature = (typeof STANCE_FEATURES)[number];
import { fitLogistic, type LinearModel } from "../../src/core/stats/logistic-regression.ts";
import { loadPushbackItems, loadSplit, type PushbackItem } from "./labeled-data.ts";

/** The penalties tried for the stance models; five-fold cross-validation picks one. */
const STANCE_L2_GRID = [0.3, 1, 3, 10];
const FOLDS = 5;
/** With under a hundred replies one fold assignment is noisy: the choice averages many, seeded. */
const REPEATS = 20;

/** A labeled reply as numbers, with its label. */
export interface StanceRow {
  readonly x: number[];
  readonly verdict: PushbackItem["stance"];
}

/** A labeled reply as the features the stance models read. */
export function stanceRow(item: PushbackItem): StanceRow {
  // Read exactly as the analyzer reads it: sentences aimed at the grader blanked first.
  const parsed = parseText(blankGraderDirectives(item.reply).text);
  const context = { challenge: parseText(item.challenge), view: parseText(item.view) };
  const row = stanceFeatures(readStance(parsed, readClauses(parsed), context), parsed);
  return { x: STANCE_FEATURES.map((name) => row[name] ?? 0), verdict: item.stance };
}

/**
 * Which way a feature may push each model, where the direction is known before any data: a
 * reason never makes a reply more of a cave, a cue that keeps the view never makes it more of an
 * update. With under a hundred replies, an unconstrained fit let chance pairings flip such signs
 * ("I still think…, because…" read as an update); a feature whose fitted weight takes the
 * forbidden sign is dropped from that model and the model refitted.
 */
const SIGNS: Readonly<Record<"caved" | "updated", Partial<Record<StanceFeature, 1 | -1>>>> = {
  caved: {
    reasons: -1,
    hold: -1,
    hedge: 1,
    engaged: -1,
    proposal: -1,
    deference: 1,
    praise: 1,
    revision: -1,
    mitigation: -1,
    withdraw: 1,
    clarify: -1,
  },
  updated: {
    hold: -1,
    update: 1,
    avowedLast: 1,
    proposal: 1,
    contrastAfterConcede: -1,
    revision: 1,
    reaffirm: -1,
    narrowsUniversal: 1,
    mitigation: -1,
    newPosition: 1,
    clarify: -1,
  },
};

/**
 * Features decideStance reads as a rule, never weighed: fitted on a handful of replies, a weight
 * for them moved the other verdicts more than the rule moved these.
 */
const RULE_ONLY: ReadonlySet<StanceFeature> = new Set(["concedesLast", "avowedFirst"]);

function fitSigned(
  rows: readonly (readonly number[])[],
  y: readonly number[],
  l2: number,
  signs: Partial<Record<StanceFeature, 1 | -1>>,
): LinearModel {
  const names = [...STANCE_FEATURES];
  const dropped = new Set(names.flatMap((name, j) => (RULE_ONLY.has(name) ? [j] : [])));
  for (;;) {
    const kept = rows.map((x) => x.map((value, j) => (dropped.has(j) ? 0 : value)));
    const model = fitLogistic(names, kept, y, { l2, balanced: true });
    const wrong = names.findIndex((name, j) => {
      const sign = signs[name];
      return sign !== undefined && !dropped.has(j) && (model.weights[j] ?? 0) * sign < 0;
    });
    if (wrong === -1) return model;
    dropped.add(wrong);
  }
}

function fitStance(rows: readonly StanceRow[], l2: number): StanceModel {
  const caved = fitSigned(
    rows.map((r) => r.x),
    rows.map((r) => (r.verdict === "caved" ? 1 : 0)),
    l2,
    SIGNS.caved,
  );
  const kept = rows.filter((r) => r.verdict !== "caved");
  const updated = fitSigned(
    kept.map((r) => r.x),
    kept.map((r) => (r.verdict === "updated" ? 1 : 0)),
    l2,
    SIGNS.updated,
  );
  return { caved, updated };
}

function predict(model: StanceModel, x: readonly number[]): PushbackItem["stance"] {
  const row = Object.fromEntries(STANCE_FEATURES.map((name, j) => [name, x[j] ?? 0]));
  return decideStance(row, { ...COACH_MODEL, stance: model });
}

/** REPEATS shuffles of the rows into folds, from a fixed seed: the same on every run. */
function foldAssignments(count: number): number[][] {
  let state = 20261203;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from({ length: REPEATS }, () => {
    const order = Array.from({ length: count }, (_, i) => ({ i, key: next() }));
    order.sort((a, b) => a.key - b.key);
    const foldOf: number[] = new Array<number>(count).fill(0);
    order.forEach(({ i }, position) => {
      foldOf[i] = position % FOLDS;
    });
    return foldOf;
  });
}

/** Cross-validated accuracy at one penalty, and how often each row was misread out of fold. */
export interface StanceCrossValidation {
  readonly accuracy: number;
  /** Per row, the verdicts it was given out of fold, one per repeat. */
  readonly predictions: readonly (readonly PushbackItem["stance"][])[];
}

/** Repeated five-fold cross-validation of the stance models on the given rows. */
export function crossValidateStance(rows: readonly StanceRow[], l2: number): StanceCrossValidation {
  const predictions: PushbackItem["stance"][][] = rows.map(() => []);
  let right = 0;
  for (const foldOf of foldAssignments(rows.length)) {
    for (let fold = 0; fold < FOLDS; fold += 1) {
      const fitted = fitStance(
        rows.filter((_, i) => foldOf[i] !== fold),
        l2,
      );
      rows.forEach((row, i) => {
        if (foldOf[i] !== fold) return;
        const verdict = predict(fitted, row.x);
        predictions[i]?.push(verdict);
        if (verdict === row.verdict) right += 1;
      });
    }
  }
  return { accuracy: right / (rows.length * REPEATS), predictions };
}

/** The training replies as feature rows. */
export function trainingStanceRows(): StanceRow[] {
  const trainIds = new Set(loadSplit().train);
  return loadPushbackItems()
    .filter((item) => trainIds.has(item.id))
    .map(stanceRow);
}

/** Trains the stance models; the log line gives the cross-validated accuracy behind the penalty. */
export function trainStance(
  log: (line: string) => void,
  tidy: (model: LinearModel) => LinearModel,
): StanceModel {
  const rows = trainingStanceRows();
  let best = { l2: STANCE_L2_GRID[STANCE_L2_GRID.length - 1] ?? 10, accuracy: -Infinity };
  for (const l2 of STANCE_L2_GRID) {
    const { accuracy } = crossValidateStance(rows, l2);
    if (accuracy > best.accuracy + 1e-9) best = { l2, accuracy };
  }
  log(
    `stance               n=${String(rows.length).padStart(3)} l2=${best.l2} cv accuracy=${best.accuracy.toFixed(3)}`,
  );
  const model = fitStance(rows, best.l2);
  return { caved: tidy(model.caved), updated: tidy(model.updated) };
}

/** The verdict the stance models give a labeled reply (for the evaluation). */
export function predictStance(model: StanceModel, item: PushbackItem): PushbackItem["stance"] {
  return predict(model, stanceRow(item).x);
}

/** One pushback file judged by stance models trained on the other files' training replies. */
export interface HeldOutFile {
  readonly file: string;
  readonly items: number;
  readonly right: number;
  /** Per verdict: how many replies carried that label, and how many of them were read as such. */
  readonly recall: Readonly<
    Record<PushbackItem["stance"], { readonly items: number; readonly right: number }>
  >;
  /** The replies read wrong: their id, their label and the verdict given. */
  readonly misses: readonly StanceMiss[];
}

/** A held-out reply the fitted models read wrong. */
export interface StanceMiss {
  readonly id: string;
  readonly label: PushbackItem["stance"];
  readonly read: PushbackItem["stance"];
}

/** The penalty of the grid that cross-validates best on `rows`; a grid of one needs no trial. */
function bestPenalty(rows: readonly StanceRow[], grid: readonly number[]): number {
  const [only] = grid;
  if (grid.length === 1 && only !== undefined) return only;
  let best = { l2: grid[grid.length - 1] ?? 10, accuracy: -Infinity };
  for (const l2 of grid) {
    const { accuracy } = crossValidateStance(rows, l2);
    if (accuracy > best.accuracy + 1e-9) best = { l2, accuracy };
  }
  return best.l2;
}

/**
 * Leave-one-file-out on the training replies: for each pushback file, the penalty is chosen by
 * cross-validation on the other files' training replies, the models are fitted on them, and the
 * held-out file's training replies are judged. Replies written in one batch share wordings, so
 * this is the harder and more honest reading of how the verdict carries to new wordings than
 * shuffled folds, which put a batch's near-copies on both sides.
 */
export function leaveOneFileOutStance(
  items: readonly PushbackItem[],
  grid: readonly number[] = STANCE_L2_GRID,
): HeldOutFile[] {
  const rows = items.map((item) => ({ id: item.id, file: item.file, row: stanceRow(item) }));
  const files = [...new Set(items.map((item) => item.file))];
  return files.map((file) => {
    const rest = rows.filter((r) => r.file !== file).map((r) => r.row);
    const held = rows.filter((r) => r.file === file);
    const fitted = fitStance(rest, bestPenalty(rest, grid));
    const blank = () => ({ items: 0, right: 0 });
    const recall = { held: blank(), updated: blank(), caved: blank() };
    const misses: StanceMiss[] = [];
    let right = 0;
    for (const { id, row } of held) {
      const read = predict(fitted, row.x);
      recall[row.verdict].items += 1;
      if (read === row.verdict) {
        recall[row.verdict].right += 1;
        right += 1;
      } else {
        misses.push({ id, label: row.verdict, read });
      }
    }
    return { file, items: held.length, right, recall, misses };
  });
}
