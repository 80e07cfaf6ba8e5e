import { parseText } from "../src/core/analysis/nlp.ts";
import { readClauses } from "../src/core/analysis/clauses.ts";
import { readStance } from "../src/core/analysis/signals/stance.ts";
import { analyzeAnswer } from "../src/core/analysis/analyze-answer.ts";
import { loadPushbackItems } from "../scripts/coach/labeled-data.ts";
const ids = process.argv.slice(2);
for (const item of loadPushbackItems().filter((i) => ids.includes(i.id))) {
  const parsed = parseText(item.reply);
  const st = readStance(parsed, readClauses(parsed), { challenge: parseText(item.challenge), view: parseText(item.view) });
  const r = analyzeAnswer({ kind: "pushback", text: item.reply, view: item.view, challenge: item.challenge });
  console.log(item.id, item.stance, r.ok ? r.value.stance?.verdict : "", JSON.stringify({ update: st.update, revision: st.revision, hold: st.hold, reaffirm: st.reaffirm, concede: st.concede, newPosition: st.newPosition, mitigation: st.mitigation }));
}
