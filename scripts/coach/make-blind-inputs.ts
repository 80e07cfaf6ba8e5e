// `npm run labels:blind -- DIR`: writes DIR/blind-answers.yaml and DIR/blind-replies.yaml, what a
// second labeller is given (scripts/coach/blind-inputs.ts). DIR should be outside the repository,
// so the stripped copies are never committed beside the labels.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { blindInputs } from "./blind-inputs.ts";
import { loadCoachSecondLabels } from "./coach-label-agreement.ts";
import { loadSecondLabels } from "./label-agreement.ts";
import { loadAnswerItems, loadPushbackItems, loadSplit } from "./labeled-data.ts";

const dir = process.argv[2];
if (dir === undefined) {
  console.error("usage: npm run labels:blind -- DIR (a folder outside the repository)");
  process.exit(2);
}
const inputs = blindInputs(
  loadAnswerItems(),
  loadPushbackItems(),
  loadSplit(),
  {
    answers: new Set(loadCoachSecondLabels().map((label) => label.id)),
    replies: new Set(loadSecondLabels().map((label) => label.id)),
  },
  new Date().toISOString().slice(0, 10),
);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "blind-answers.yaml"), stringify({ answers: inputs.answers }));
writeFileSync(path.join(dir, "blind-replies.yaml"), stringify({ replies: inputs.replies }));
console.log(
  `${String(inputs.answers.length)} answers and ${String(inputs.replies.length)} replies await a second label: ${dir}`,
);
