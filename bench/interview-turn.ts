// The offline interviewer's turn in-process on an embedded database: answer received → answer
// analysed and stored → next turn produced and stored (p50/p95; aim p95 ≤ 25 ms). Beside it, in
// the same run, its parts measured alone: the analysis of the same answers, and one interview read
// and write.
import { performance } from "node:perf_hooks";
import { analyzeAnswer } from "../src/core/analysis/index.ts";
import { turnInputsFor } from "../src/core/interview/index.ts";
import { loadPacks } from "../src/node/content/load-packs.ts";
import { openDatabase } from "../src/node/db/database.ts";
import { findInterview, saveInterview } from "../src/node/db/interviews-repository.ts";
import { ensureLocalUser } from "../src/node/db/users-repository.ts";
import { createInterviewService } from "../src/server/interviews/interview-service.ts";
import { percentile } from "./support/candor-process.ts";
import { SHIPPED_CONTENT_DIR } from "../src/node/content/content-dir.ts";

const INTERVIEWS = Number(process.env["BENCH_INTERVIEWS"] ?? 60);
const ANSWERS = [
  "In my second year on the payments team I owned the retry logic for card captures. A deploy I " +
    "approved doubled the retries during an outage at our processor, and we charged about 300 " +
    "customers twice. I found it from a support ticket, rolled it back within the hour and ran " +
    "the review. I was embarrassed, honestly. Now every retry path I touch has a cap.",
  "I think the safest choice was to delay the launch by a week. The evaluation had not covered " +
    "long conversations, and that is where the failures we had seen came from. My manager " +
    "disagreed; we shipped to ten percent with the tests running and found two regressions.",
  "Fair challenge. I still think the rollback was right, because the data showed the " +
    "regression in three regions, but I would have told the other team before doing it.",
];

const packs = await loadPacks(SHIPPED_CONTENT_DIR);
if (!packs.ok) throw new Error("The shipped content did not load.");
const database = await openDatabase({ kind: "memory" });
const user = await ensureLocalUser(database.db);
const service = createInterviewService({
  db: database.db,
  questions: packs.value.flatMap((pack) => pack.questions),
  stories: () => Promise.resolve([]),
  seed: (() => {
    let next = 1;
    return () => (next += 1);
  })(),
});

const turnTimes: number[] = [];
const analysisTimes: number[] = [];
const storageTimes: number[] = [];
for (let n = 0; n < INTERVIEWS; n += 1) {
  const started = await service.start(user.id, { round: n % 2 === 0 ? "behavioral" : "values" });
  if (!started.ok) throw new Error(started.error.message);
  const { id } = started.value;
  for (let turn = 0; ; turn += 1) {
    const text = ANSWERS[(n + turn) % ANSWERS.length] ?? "";
    const record = await findInterview(database.db, user.id, id);
    if (record === undefined) throw new Error("The interview went missing.");
    // The parts alone: the analyses (a reply to a follow-up is also read against the whole
    // checklist and with the thread before it), and one read and write of the interview's row.
    const analysing = performance.now();
    const inputs = turnInputsFor(record.state, text);
    for (const input of [inputs.judged, inputs.checklist, inputs.thread]) {
      if (input !== undefined) analyzeAnswer(input);
    }
    analysisTimes.push(performance.now() - analysing);
    const storing = performance.now();
    const read = await findInterview(database.db, user.id, id);
    if (read === undefined) throw new Error("The interview went missing.");
    await saveInterview(database.db, user.id, id, read.revision, {
      state: read.state,
      status: read.status === "finished" ? "finished" : "active",
      turnSources: read.turnSources,
    });
    storageTimes.push(performance.now() - storing);

    const started = performance.now();
    const result = await service.answer(user.id, id, text);
    turnTimes.push(performance.now() - started);
    if (!result.ok) throw new Error(result.error.message);
    if (result.value.turn.kind === "end") break;
  }
}
await database.close();

const line = (label: string, times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `  ${label.padEnd(44)} p50 ${percentile(sorted, 50).toFixed(1).padStart(5)} ms   p95 ${percentile(sorted, 95).toFixed(1).padStart(5)} ms`;
};
console.log(`interview turn, offline, in-process on PGlite (${String(turnTimes.length)} answers)`);
console.log(line("answer received → next turn stored (aim p95 ≤ 25)", turnTimes));
console.log("  its parts alone, same run:");
console.log(line("  the answer's analyses", analysisTimes));
console.log(line("  one read and one write of the interview", storageTimes));
