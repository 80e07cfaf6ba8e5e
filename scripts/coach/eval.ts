// `npm run eval:coach`: the coach on the frozen test split (and, for comparison, on the training
// items it was tuned on), with 95% bootstrap intervals. See docs/rubric.md, "Evaluation".
import {
  agreementFigures,
  formatLabellerAgreement,
  loadCoachSecondLabels,
  pairAnswerLabels,
  sideBySide,
} from "./coach-label-agreement.ts";
import { formatReport, isHard, judge, report } from "./evaluate.ts";
import { formatStanceReport, judgeReplies, stanceReport } from "./evaluate-stance.ts";
import {
  AWAITING_SECOND_LABELS,
  agreementReport,
  formatAgreement,
  loadSecondLabels,
  pairLabels,
} from "./label-agreement.ts";
import { loadAnswerItems, loadPushbackItems, loadSplit } from "./labeled-data.ts";

const split = loadSplit();
const test = new Set(split.test);
const items = loadAnswerItems();
const judged = judge(items);
const testJudged = judged.filter((j) => test.has(j.item.id));
const trainJudged = judged.filter((j) => !test.has(j.item.id));

console.log(formatReport("Frozen test split (never tuned on)", report(testJudged)));
console.log();
console.log(
  formatReport(
    "Test split, adversarial and hard items",
    report(testJudged.filter((j) => isHard(j.item))),
  ),
);
console.log();
console.log(formatReport("Training items (in-sample: flatters)", report(trainJudged)));

const pushbackItems = loadPushbackItems();
const replies = judgeReplies(pushbackItems);
console.log();
console.log(
  formatStanceReport(
    "Pushback replies, frozen test split",
    stanceReport(replies.filter((j) => test.has(j.item.id))),
  ),
);
console.log();
console.log(
  formatStanceReport(
    "Pushback replies, training items (in-sample: flatters)",
    stanceReport(replies.filter((j) => !test.has(j.item.id))),
  ),
);

const pairs = pairLabels(pushbackItems, loadSecondLabels());
if (pairs.length > 0) {
  console.log();
  console.log(
    formatAgreement(
      agreementReport(pairs),
      agreementReport(pairs.filter((p) => test.has(p.item.id))),
    ),
  );
  const awaiting = pushbackItems.filter((item) => AWAITING_SECOND_LABELS.includes(item.file));
  if (awaiting.length > 0) {
    console.log(
      `  not yet second-labelled: ${String(awaiting.length)} replies (${AWAITING_SECOND_LABELS.join(", ")})`,
    );
  }
}

// Last, so the figures above print exactly as before: the ceiling a second careful labeller sets.
const secondLabels = pairAnswerLabels(items, loadCoachSecondLabels()).map((p) => p.label);
if (secondLabels.length > 0) {
  const compared = sideBySide(testJudged, secondLabels);
  const onTest = secondLabels.filter((label) => test.has(label.id));
  console.log();
  console.log(
    formatLabellerAgreement(
      agreementFigures(compared.second),
      agreementFigures(compared.coach),
      testJudged.length,
      onTest.filter((label) => label.unsure === true).length,
    ),
  );
}
