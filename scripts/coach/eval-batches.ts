// `npm run eval:coach:batches`: how the coach carries over to wording it was not built on, without
// the frozen test split. Each labeled file (a batch written at one time, by one hand) is held out
// in turn: the weights are learned from every other training answer, and the coach is judged on
// that file's training answers alone. Rules were written from all the training answers, so this
// still flatters them; it does not flatter the learned weights.
import {
  analyzeAnswer,
  decideFlags,
  tentativeFlags,
} from "../../src/core/analysis/analyze-answer.ts";
import type { CoachModel } from "../../src/core/analysis/model.ts";
import { spearman } from "../../src/core/stats/evaluation.ts";
import { loadAnswerItems, loadSplit } from "./labeled-data.ts";
import { inputOf, prepare, type Prepared } from "./prepare.ts";
import { trainAnswerModels } from "./train.ts";

const FLAG = "off-topic";

interface BatchFigures {
  readonly file: string;
  readonly items: number;
  readonly positives: number;
  readonly found: number;
  readonly falseAlarms: number;
  /** False alarms that cap the score (not raised on a close call). */
  readonly firmFalseAlarms: number;
  readonly spearman: number;
}

function heldOut(file: string, prepared: readonly Prepared[]): BatchFigures {
  const others = prepared.filter((p) => p.item.file !== file);
  const mine = prepared.filter((p) => p.item.file === file);
  const { flags, overall } = trainAnswerModels(others);
  const model: CoachModel = { about: "", trainedOn: null, flags, overall, stance: null };
  let positives = 0;
  let found = 0;
  let falseAlarms = 0;
  let firmFalseAlarms = 0;
  const scores: number[] = [];
  const labels: number[] = [];
  for (const p of mine) {
    const raised = decideFlags(p.inspection, model).some((flag) => flag.code === FLAG);
    const positive = p.item.flags.includes(FLAG);
    if (positive) positives += 1;
    if (raised && positive) found += 1;
    if (raised && !positive) {
      falseAlarms += 1;
      if (!tentativeFlags(p.inspection.signals).has(FLAG)) firmFalseAlarms += 1;
    }
    const result = analyzeAnswer(inputOf(p.item), model);
    if (result.ok) {
      scores.push(result.value.overall);
      labels.push(p.item.overall);
    }
  }
  return {
    file,
    items: mine.length,
    positives,
    found,
    falseAlarms,
    firmFalseAlarms,
    spearman: spearman(scores, labels),
  };
}

const ratio = (a: number, b: number) => (b === 0 ? "  -  " : (a / b).toFixed(2));

function line(f: BatchFigures): string {
  return [
    f.file.padEnd(28),
    String(f.items).padStart(5),
    `${f.found}/${f.positives}`.padStart(8),
    ratio(f.found, f.positives).padStart(7),
    ratio(f.found, f.found + f.falseAlarms).padStart(10),
    `${f.falseAlarms} (${f.firmFalseAlarms})`.padStart(14),
    (Number.isFinite(f.spearman) ? f.spearman.toFixed(2) : "  -  ").padStart(9),
  ].join(" ");
}

const train = new Set(loadSplit().train);
const prepared = prepare(loadAnswerItems().filter((item) => train.has(item.id)));
const files = [...new Set(prepared.map((p) => p.item.file))];
console.log(`Leave one batch out: ${prepared.length} training answers in ${files.length} files.`);
console.log(
  `${"held-out file".padEnd(28)} items ${FLAG.padStart(8)} recall precision false alarms  Spearman`,
);
const all = files.map((file) => heldOut(file, prepared));
for (const figures of all) console.log(line(figures));
const sum = (key: "items" | "positives" | "found" | "falseAlarms" | "firmFalseAlarms") =>
  all.reduce((total, f) => total + f[key], 0);
const meanSpearman =
  all.filter((f) => Number.isFinite(f.spearman)).reduce((t, f) => t + f.spearman, 0) /
  all.filter((f) => Number.isFinite(f.spearman)).length;
console.log(
  line({
    file: "pooled (Spearman: mean)",
    items: sum("items"),
    positives: sum("positives"),
    found: sum("found"),
    falseAlarms: sum("falseAlarms"),
    firmFalseAlarms: sum("firmFalseAlarms"),
    spearman: meanSpearman,
  }),
);
console.log("False alarms in brackets are firm ones, which cap the score at 2.");
