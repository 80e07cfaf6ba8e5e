// `npm run eval:coach:batches [-- --list]`: how the coach carries over to wording it was not
// built on, without the frozen test split (leave-one-batch-out.ts). With --list, every missed
// off-topic answer and every false alarm is named, by id, with the ask the question was read for.
import { loadAnswerItems, loadSplit } from "./labeled-data.ts";
import { type HeldOutFigures, leaveOneBatchOut, tally } from "./leave-one-batch-out.ts";
import { prepare } from "./prepare.ts";

const CODE = "off-topic";

const ratio = (a: number, b: number) => (b === 0 ? "-" : (a / b).toFixed(2));
const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "-");

function line(name: string, f: HeldOutFigures): string {
  return [
    name.padEnd(28),
    String(f.items).padStart(5),
    `${f.found}/${f.positives}`.padStart(9),
    ratio(f.found, f.positives).padStart(6),
    ratio(f.found, f.found + f.falseAlarms).padStart(9),
    `${f.falseAlarms} (${f.firmFalseAlarms})`.padStart(12),
    fixed(f.spearman).padStart(9),
  ].join(" ");
}

const trainIds = new Set(loadSplit().train);
const prepared = prepare(loadAnswerItems().filter((item) => trainIds.has(item.id)));
const answers = leaveOneBatchOut(prepared, CODE);
const files = [...new Set(answers.map((a) => a.file))];
console.log(`Leave one batch out: ${answers.length} training answers in ${files.length} files.`);
console.log(
  `${"held-out file".padEnd(28)} items ${CODE.padStart(9)} recall precision false alarms  Spearman`,
);
for (const file of files) console.log(line(file, tally(answers.filter((a) => a.file === file))));
console.log(line("all, pooled", tally(answers)));
console.log(
  "False alarms in brackets cap the score at 2; the pooled Spearman ranks all held-out answers together.",
);
if (process.argv.includes("--list")) {
  const asks = new Map(
    prepared.map((p) => {
      const ask = p.inspection.signals.relevance.ask;
      const kinds =
        ask === undefined
          ? []
          : (
              [
                "person",
                "superior",
                "mistake",
                "pushback",
                "loss",
                "feedbackReceived",
                "feedbackGiven",
                "apology",
                "helpSought",
                "company",
              ] as const
            ).filter((k) => ask[k]);
      return [
        p.item.id,
        [...new Set([...kinds, ...(ask?.polarity ?? [])])].join(",") || "no kind read",
      ];
    }),
  );
  for (const a of answers.filter((x) => x.positive !== x.raised)) {
    const what = a.positive ? "missed     " : a.firm ? "false alarm (firm)" : "false alarm";
    console.log(`${what} ${a.file} ${a.id}: asks ${asks.get(a.id) ?? "?"}`);
  }
}
