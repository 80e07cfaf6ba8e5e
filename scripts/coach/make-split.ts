// Records the frozen split: every labeled id not yet in content/analysis/split.yaml is assigned
// by a hash of its id (30% to test, the first 96 answers always to train) and appended. An id
// already recorded never moves. Run it once when a new batch of labeled data arrives, before
// looking at how the coach does on that batch.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import {
  ANALYSIS_DIR,
  drawsTest,
  loadAnswerItems,
  loadPushbackItems,
  loadSplit,
} from "./labeled-data.ts";

const split = loadSplit();
const known = new Set([...split.test, ...split.train]);
const candidates = [
  ...loadAnswerItems().map((item) => ({ id: item.id, file: item.file })),
  ...loadPushbackItems().map((item) => ({ id: item.id, file: "pushback-set.yaml" })),
];
let added = 0;
for (const { id, file } of candidates) {
  if (known.has(id)) continue;
  (drawsTest(id, file) ? split.test : split.train).push(id);
  known.add(id);
  added += 1;
}
const header =
  "# The frozen test split of the coach's labeled data (docs/labeling.md): written by\n" +
  "# `npm run split:coach`, which only appends ids it has not seen. Never edit or move an id.\n";
writeFileSync(path.join(ANALYSIS_DIR, "split.yaml"), header + stringify(split));
console.log(
  `split.yaml: ${added} new ids; ${split.test.length} test, ${split.train.length} train.`,
);
