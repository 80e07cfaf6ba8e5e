import { judgeReplies } from "../scripts/coach/evaluate-stance.ts";
import { loadPushbackItems, loadSplit } from "../scripts/coach/labeled-data.ts";
const test = new Set(loadSplit().test);
const items = loadPushbackItems().filter((i) => !test.has(i.id));
for (const j of judgeReplies(items)) {
  const got = j.verdict;
  if (got !== j.item.stance) console.log(`${j.item.id} ${j.item.file} label=${j.item.stance} read=${got}${j.item.hard ? " hard" : ""}\n  VIEW: ${j.item.view}\n  CH: ${j.item.challenge}\n  R: ${j.item.reply.trim().replace(/\n/g, " ")}\n`);
}
