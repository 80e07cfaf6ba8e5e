// `npm run eval:coach:file -- FILE…`: the shipped coach on whole labeled files, both sides of the
// split together. For a batch written blind, read once when it lands and once more after the next
// change to the reader, before its training side is ever trained on (docs/labeling.md).
import { formatReport, judge, report } from "./evaluate.ts";
import { formatStanceReport, judgeReplies, stanceReport } from "./evaluate-stance.ts";
import { loadAnswerItems, loadPushbackItems } from "./labeled-data.ts";

const files = process.argv.slice(2).filter((arg) => arg !== "--");
if (files.length === 0) {
  console.error("Name one or more labeled files, e.g. labeled/blind-5.yaml pushback-set-6.yaml.");
  process.exit(2);
}
for (const file of files) {
  const answers = loadAnswerItems().filter((item) => item.file === file);
  const replies = loadPushbackItems().filter((item) => item.file === file);
  if (answers.length === 0 && replies.length === 0) {
    console.error(`No labeled items come from ${file} (paths are relative to content/analysis).`);
    process.exit(2);
  }
  if (answers.length > 0) console.log(formatReport(file, report(judge(answers))));
  if (replies.length > 0)
    console.log(formatStanceReport(file, stanceReport(judgeReplies(replies))));
  console.log();
}
