// Latency of the code runner: `npx tsx bench/runner.ts`. For a 50-case suite (trapping-rain-water,
// 50 elevation maps of 400 bars) and its reference solution in each language, prints the cold run
// (the first in this process: bundling the worker, starting the host process or python3), the
// median of 20 warm runs, and the floor — the same solution called directly in-process (JS/TS:
// imported and called; Python: a loop inside one python3 process) — with warm/floor as a ratio.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { toRunnable } from "../src/core/problems/parse-problem.ts";
import type { Language } from "../src/core/problems/schema.ts";
import { prepareJavaScript } from "../src/core/runner/transpile.ts";
import type { TestCase } from "../src/core/runner/types.ts";
import { runSolution } from "../src/cli/runner/run-solution.ts";
import { SHIPPED_CONTENT_DIR } from "../src/node/content/content-dir.ts";
import { loadProblem } from "../src/node/content/load-problems.ts";

const WARM_RUNS = 20;
const AIM_MS: Record<Language, number> = { js: 50, ts: 50, py: 200 };

const loaded = await loadProblem("trapping-rain-water", SHIPPED_CONTENT_DIR);
if (loaded?.ok !== true) throw new Error("trapping-rain-water does not load");
const problem = loaded.value;

// A fixed pseudo-random suite, so every run of the benchmark measures the same work.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const cases: TestCase[] = Array.from({ length: 50 }, (_, index) => {
  const height = Array.from({ length: 400 }, () => Math.floor(random() * 1000));
  return { name: `map ${index}`, args: [height], expected: null };
});

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timeRun(language: Language): Promise<number> {
  const started = performance.now();
  const result = await runSolution({
    language,
    code: problem.solutions[language],
    problem: toRunnable(problem.meta),
    cases,
  });
  // Expected values are null on purpose: the bench measures the runner, not the answers.
  if (result.verdict !== "wrong-answer" || result.cases.length !== cases.length) {
    throw new Error(`${language}: unexpected ${result.verdict}: ${result.error ?? ""}`);
  }
  return performance.now() - started;
}

/** JS and TS: the module imported once, then all 50 calls, timed per round. */
async function directJavaScript(language: "js" | "ts"): Promise<number> {
  const prepared = prepareJavaScript(problem.solutions[language], language);
  if (!prepared.ok) throw new Error(prepared.error.message);
  const url = `data:text/javascript;base64,${Buffer.from(prepared.value).toString("base64")}`;
  const module = (await import(url)) as { trap: (height: number[]) => number };
  const rounds: number[] = [];
  for (let round = 0; round < WARM_RUNS; round += 1) {
    const started = performance.now();
    for (const testCase of cases) module.trap(structuredClone(testCase.args[0]) as number[]);
    rounds.push(performance.now() - started);
  }
  return median(rounds);
}

/** Python: one python3 process runs all 50 calls per round and reports its median. */
function directPython(): number {
  const script = `
import json, sys, time
namespace = {}
exec(compile(sys.argv[1], "solution.py", "exec"), namespace)
trap = namespace["trap"]
cases = json.loads(sys.stdin.read())
rounds = []
for _ in range(${WARM_RUNS}):
    started = time.perf_counter()
    for case in cases:
        trap(list(case))
    rounds.append((time.perf_counter() - started) * 1000)
print(sorted(rounds)[len(rounds) // 2])
`;
  const child = spawnSync("python3", ["-I", "-c", script, problem.solutions.py], {
    input: JSON.stringify(cases.map((testCase) => testCase.args[0])),
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return Number(child.stdout.trim());
}

console.log("code runner: 50-case suite (trapping-rain-water, maps of 400 bars)");
for (const language of ["js", "ts", "py"] as const) {
  const cold = await timeRun(language);
  const warm: number[] = [];
  for (let run = 0; run < WARM_RUNS; run += 1) warm.push(await timeRun(language));
  const floor = language === "py" ? directPython() : await directJavaScript(language);
  const warmMedian = median(warm);
  console.log(
    `  ${language}: cold ${cold.toFixed(1)} ms, warm median ${warmMedian.toFixed(1)} ms ` +
      `(aim < ${AIM_MS[language]} ms: ${warmMedian < AIM_MS[language] ? "met" : "missed"}), ` +
      `in-process floor ${floor.toFixed(2)} ms, warm/floor ${(warmMedian / floor).toFixed(0)}x`,
  );
}
