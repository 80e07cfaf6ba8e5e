import { parseText } from "../src/core/analysis/nlp.ts";
import { compilePhrases, findPhrases } from "../src/core/analysis/phrases.ts";
import { loadPushbackItems, loadSplit } from "../scripts/coach/labeled-data.ts";
const test = new Set(loadSplit().test);
const set = compilePhrases(process.argv.slice(2));
for (const item of loadPushbackItems().filter((i) => !test.has(i.id))) {
  const p = parseText(item.reply);
  const m = findPhrases(p, set);
  if (m.length) console.log(item.id, item.stance, "|", m.map((x) => p.text.slice(p.tokens[x.first]!.start, p.tokens[x.last]!.end)).join(" / "));
}
