// Interview turns under load, with Candor as a second process and this one as the client, on
// PGlite and (when reachable) on PostgreSQL: 100 interviews answered at once (each answer sent
// as soon as the last one was answered), then 1,000 candidates at a human pace (one answer every
// 30 s each), then, on PGlite, answers until 10,000 are stored and the server's resident memory,
// right after the last answer and once the process has been idle for 30 s.
// The latency is the client's: answer sent → next turn received (answer analysed and stored, next
// turn produced and stored). Beside it, in the same run, the floor: GET /api/health.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import {
  percentile,
  residentMemoryMb,
  startCandor,
  stopCandor,
  type CandorProcess,
} from "./support/candor-process.ts";
import { withScratchDatabase } from "./support/scratch-database.ts";

const CONCURRENT = 100;
const CANDIDATES = Number(process.env["BENCH_CANDIDATES"] ?? 1000);
const PACE_MS = 30_000;
const PACE_DURATION_MS = Number(process.env["BENCH_PACE_S"] ?? 60) * 1000;
const ANSWER_TARGET = Number(process.env["BENCH_ANSWERS"] ?? 10_000);
const SETTLE_MS = 30_000;
const ADMIN_URL = process.env["BENCH_DATABASE_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";

// Answers of the length and shape a candidate types: a story, a view, a short reply.
const ANSWERS = [
  "In my second year on the payments team I owned the retry logic for card captures. A deploy I " +
    "approved doubled the retries during an outage at our processor, and we charged about 300 " +
    "customers twice. I found it from a support ticket, rolled the change back within the hour, " +
    "wrote the refunds script with our finance lead and ran the review. I was embarrassed, " +
    "honestly. Since then I put a cap and a circuit breaker on every retry path I touch.",
  "I think the safest choice was to delay the launch by a week. The evaluation had not covered " +
    "long conversations, and that is where the failures we had seen came from. My manager " +
    "disagreed because a customer was waiting; we agreed to ship to ten percent with the " +
    "long-conversation tests running, and we found two regressions before the full rollout.",
  "I would start by asking who the users are and what failure costs them. Then I would measure " +
    "the current error rate for a week before changing anything, so we know whether the fix works.",
  "Fair challenge. I still think the rollback was right, because the data we had showed the " +
    "regression in three regions, but I would have told the other team before doing it.",
];

interface Tally {
  latencies: number[];
  errors: number;
  answered: number;
}

function newTally(): Tally {
  return { latencies: [], errors: 0, answered: 0 };
}

async function postJson(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => undefined) };
}

/** One interview, answered turn by turn until it ends; `pause` waits between answers. */
async function interview(
  base: string,
  tally: Tally,
  pause: () => Promise<boolean>,
  answerIndex: number,
): Promise<void> {
  const started = await postJson(`${base}/api/interviews`, { round: "behavioral" });
  if (started.status !== 201) {
    tally.errors += 1;
    return;
  }
  const { id } = started.json as { id: string };
  for (let turn = 0; ; turn += 1) {
    if (!(await pause())) return;
    const text = ANSWERS[(answerIndex + turn) % ANSWERS.length] ?? "";
    const sent = performance.now();
    const reply = await postJson(`${base}/api/interviews/${id}/answers`, { text, turn });
    if (reply.status !== 200) {
      tally.errors += 1;
      return;
    }
    tally.latencies.push(performance.now() - sent);
    tally.answered += 1;
    if ((reply.json as { turn: { kind: string } }).turn.kind === "end") return;
  }
}

async function concurrentInterviews(base: string): Promise<Tally> {
  const tally = newTally();
  const noPause = () => Promise.resolve(true);
  await Promise.all(
    Array.from({ length: CONCURRENT }, (_, index) => interview(base, tally, noPause, index)),
  );
  return tally;
}

async function humanPace(base: string): Promise<Tally> {
  const tally = newTally();
  const until = performance.now() + PACE_DURATION_MS;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  await Promise.all(
    Array.from({ length: CANDIDATES }, async (_, index) => {
      // Candidates arrive spread over the first period, then answer once per period.
      let first = true;
      const state = { done: false };
      const pause = async () => {
        const wait = first ? Math.random() * PACE_MS : PACE_MS;
        first = false;
        state.done = performance.now() + wait > until;
        if (state.done) return false;
        await sleep(wait);
        return true;
      };
      while (!state.done) await interview(base, tally, pause, index);
    }),
  );
  return tally;
}

async function answersUntil(base: string, target: number, tally: Tally): Promise<void> {
  const noPause = () => Promise.resolve(true);
  let index = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (tally.answered < target && tally.errors < 100) {
        index += 1;
        await interview(base, tally, noPause, index);
      }
    }),
  );
}

async function healthFloor(base: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const sent = performance.now();
    await fetch(`${base}/api/health`).then((response) => response.arrayBuffer());
    times.push(performance.now() - sent);
  }
  return times;
}

function describe(label: string, tally: Tally): string {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const fixed = (p: number) => percentile(sorted, p).toFixed(0).padStart(5);
  return `    ${label.padEnd(40)} answers ${String(tally.answered).padStart(5)}   p50 ${fixed(50)} ms   p95 ${fixed(95)} ms   p99 ${fixed(99)} ms   errors ${String(tally.errors)}`;
}

async function benchOne(label: string, server: CandorProcess, fillMemory: boolean) {
  const floor = (await healthFloor(server.url)).sort((a, b) => a - b);
  const burst = await concurrentInterviews(server.url);
  const paced = await humanPace(server.url);
  console.log(`  ${label}`);
  console.log(
    `    floor: GET /api/health, one at a time       p50 ${percentile(floor, 50).toFixed(1)} ms   p99 ${percentile(floor, 99).toFixed(1)} ms`,
  );
  console.log(describe(`${String(CONCURRENT)} interviews at once`, burst));
  console.log(
    describe(`${String(CANDIDATES)} candidates, one answer / 30 s each (aim p99 ≤ 100 ms)`, paced),
  );
  if (fillMemory) {
    const total = newTally();
    total.answered = burst.answered + paced.answered;
    await answersUntil(server.url, ANSWER_TARGET, total);
    const busy = residentMemoryMb(server);
    // V8 keeps the heap it grew under load until the process has been idle for a while, then
    // gives it back: the first figure is the peak a burst leaves, the second what the process
    // holds for the rest of a session.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    console.log(
      `    resident memory after ${String(total.answered)} answers   ${busy.toFixed(0)} MB at once, ${residentMemoryMb(server).toFixed(0)} MB after ${String(SETTLE_MS / 1000)} s idle (aim ≤ 400)   errors ${String(total.errors)}`,
    );
  } else {
    console.log(`    resident memory   ${residentMemoryMb(server).toFixed(0)} MB`);
  }
}

console.log("interviews under load");
const dataDir = await mkdtemp(path.join(tmpdir(), "candor-bench-interviews-"));
try {
  const server = await startCandor({ CANDOR_DATA_DIR: dataDir });
  try {
    await benchOne("PGlite (embedded)", server, true);
  } finally {
    await stopCandor(server);
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}

const ranOnPostgres = await withScratchDatabase(ADMIN_URL, async (url) => {
  const server = await startCandor({ DATABASE_URL: url });
  try {
    await benchOne(`PostgreSQL (${new URL(url).host})`, server, false);
  } finally {
    await stopCandor(server);
  }
});
if (!ranOnPostgres) {
  console.log(`  PostgreSQL: skipped, nothing answers at ${ADMIN_URL} (set BENCH_DATABASE_URL)`);
}
