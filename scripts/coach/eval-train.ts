// `npm run eval:coach:train`: the coach on the training items only, in-sample with intervals, and
// the cross-validated figures training computes. Changes are judged here, so the frozen test split
// is looked at only when a change is finished (docs/rubric.md, "Evaluation").
import { formatReport, judge, report } from "./evaluate.ts";
import { loadAnswerItems, loadSplit } from "./labeled-data.ts";
import { trainCoach } from "./train.ts";

const train = new Set(loadSplit().train);
const items = loadAnswerItems().filter((item) => train.has(item.id));
console.log(formatReport("Training items (in-sample: flatters)", report(judge(items))));
console.log();
console.log("Cross-validated on the training items (five folds), as training chooses weights:");
trainCoach((line) => console.log(line));
