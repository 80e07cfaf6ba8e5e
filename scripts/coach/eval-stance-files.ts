// `npm run eval:coach:stance-files`: the stance verdict judged file by file, each pushback file
// held out in turn from training, on training replies only (the frozen test split stays unseen).
// With `--misses`, each reply read wrong is listed with its label, the verdict and its words.
import { loadPushbackItems, loadSplit } from "./labeled-data.ts";
import { type HeldOutFile, leaveOneFileOutStance } from "./train-stance.ts";

const train = new Set(loadSplit().train);
const items = loadPushbackItems().filter((item) => train.has(item.id));
const files = leaveOneFileOutStance(items);
const showMisses = process.argv.includes("--misses");

const share = (right: number, total: number) =>
  total === 0 ? "   –" : (right / total).toFixed(2).padStart(4);
const line = (name: string, f: Omit<HeldOutFile, "file" | "misses">) =>
  `${name.padEnd(24)} ${String(f.items).padStart(5)} ${share(f.right, f.items)}     ` +
  `${share(f.recall.held.right, f.recall.held.items)}    ` +
  `${share(f.recall.updated.right, f.recall.updated.items)}   ` +
  share(f.recall.caved.right, f.recall.caved.items);

console.log("Stance, leave-one-file-out on the training replies (each file judged by models");
console.log("fitted on the other files):");
console.log(`${"held-out file".padEnd(24)} items accuracy held updated caved`);
for (const f of files) console.log(line(f.file, f));
const sum = (pick: (f: HeldOutFile) => number) => files.reduce((total, f) => total + pick(f), 0);
const verdictTotal = (verdict: "held" | "updated" | "caved") => ({
  items: sum((f) => f.recall[verdict].items),
  right: sum((f) => f.recall[verdict].right),
});
console.log(
  line("all files", {
    items: sum((f) => f.items),
    right: sum((f) => f.right),
    recall: {
      held: verdictTotal("held"),
      updated: verdictTotal("updated"),
      caved: verdictTotal("caved"),
    },
  }),
);
console.log(`${String(sum((f) => f.right))} of ${String(sum((f) => f.items))} replies read right.`);
if (showMisses) {
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const miss of files.flatMap((f) => f.misses)) {
    const item = byId.get(miss.id);
    console.log(`\n${miss.id}: labelled ${miss.label}, read ${miss.read}`);
    console.log(`  view: ${item?.view ?? ""}\n  challenge: ${item?.challenge ?? ""}`);
    console.log(`  reply: ${(item?.reply ?? "").trim().replace(/\s+/g, " ")}`);
  }
}
