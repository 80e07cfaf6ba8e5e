// Prints how long the shipped content takes to load and validate, and how fast the question bank
// answers a search, as a user typing into the search box would exercise it.
import { performance } from "node:perf_hooks";
import { QuestionIndex } from "../src/core/content/question-query.ts";
import { loadPacks } from "../src/node/content/load-packs.ts";
import { SHIPPED_CONTENT_DIR } from "../src/node/content/content-dir.ts";

const started = performance.now();
const packs = await loadPacks(SHIPPED_CONTENT_DIR);
if (!packs.ok) throw new Error("the shipped content does not validate");
const loadMs = performance.now() - started;
const questions = packs.value.flatMap((pack) => pack.questions);

const indexStarted = performance.now();
const index = new QuestionIndex(questions);
const indexMs = performance.now() - indexStarted;

const queries = ["changed your mind", "rate limit", "safety critique", "lru", "stream", "we"];
const timings: number[] = [];
for (let round = 0; round < 200; round += 1) {
  for (const query of queries) {
    const t0 = performance.now();
    index.search(query, round % 2 === 0 ? {} : { category: "values" });
    timings.push(performance.now() - t0);
  }
}
timings.sort((a, b) => a - b);
const at = (q: number) =>
  timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] ?? 0;

console.log("question bank");
console.log(`  questions                 ${String(questions.length)}`);
console.log(`  load + validate content   ${loadMs.toFixed(1)} ms`);
console.log(`  build search index        ${indexMs.toFixed(1)} ms`);
console.log(`  search median / p95       ${at(0.5).toFixed(3)} ms / ${at(0.95).toFixed(3)} ms`);
