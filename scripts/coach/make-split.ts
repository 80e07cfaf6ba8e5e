// Records the frozen split: every labeled id not yet in content/analysis/split.yaml is assigned
// and appended (scripts/coach/assign-split.ts): answers by a hash of their id (30% to test, the
// first 96 always to train), pushback replies stratified by stance and hardness in the proportion
// the recorded replies already have. An id already recorded never moves. Run it once when a new
// batch of labeled data arrives, before looking at how the coach does on that batch.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { assignNewIds } from "./assign-split.ts";
import { ANALYSIS_DIR, loadAnswerItems, loadPushbackItems, loadSplit } from "./labeled-data.ts";

const { split, added } = assignNewIds(loadSplit(), loadAnswerItems(), loadPushbackItems());
const header =
  "# The frozen test split of the coach's labeled data (docs/labeling.md): written by\n" +
  "# `npm run split:coach`, which only appends ids it has not seen. Never edit or move an id.\n";
writeFileSync(path.join(ANALYSIS_DIR, "split.yaml"), header + stringify(split));
console.log(
  `split.yaml: ${added.test + added.train} new ids (${added.test} test, ${added.train} train); ` +
    `${split.test.length} test, ${split.train.length} train.`,
);
