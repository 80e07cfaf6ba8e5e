// Every problem in content/problems — whoever wrote it — must validate, and its reference
// solution must pass all of its tests in every language, through the same runner `candor run` uses.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeProblem } from "../../src/core/content/content-problem.ts";
import { allCases, toRunnable } from "../../src/core/problems/parse-problem.ts";
import { LANGUAGES } from "../../src/core/problems/schema.ts";
import { runSolution } from "../../src/cli/runner/run-solution.ts";
import { loadProblem } from "../../src/node/content/load-problems.ts";
import { limitConcurrency } from "../support/concurrency.ts";
import { SHIPPED_CONTENT_DIR } from "../../src/node/content/content-dir.ts";

const ids = readdirSync(path.join(SHIPPED_CONTENT_DIR, "problems"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const limited = limitConcurrency(3);
// Each problem is read and validated once for both of its tests: some tests files are large.
const loads = new Map<string, ReturnType<typeof loadProblem>>();
const load = (id: string) => {
  const loading = loads.get(id) ?? loadProblem(id, SHIPPED_CONTENT_DIR);
  loads.set(id, loading);
  return loading;
};

describe.concurrent("reference solutions", () => {
  it("include the five named problems", () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        "lru-cache",
        "word-break",
        "merge-intervals",
        "trapping-rain-water",
        "tokenizer",
      ]),
    );
  });

  it.each(ids)("%s: every language's solution passes every test", async (id) => {
    const loaded = await load(id);
    if (loaded === undefined) throw new Error(`${id} disappeared`);
    expect(loaded.ok ? [] : loaded.error.map(describeProblem)).toEqual([]);
    if (!loaded.ok) return;
    const problem = loaded.value;
    const results = await Promise.all(
      LANGUAGES.map((language) =>
        limited(async () => {
          const result = await runSolution({
            language,
            code: problem.solutions[language],
            problem: toRunnable(problem.meta),
            cases: allCases(problem),
          });
          const failed = result.cases.filter((entry) => !entry.ok);
          return { language, verdict: result.verdict, error: result.error, failed };
        }),
      ),
    );
    expect(results).toEqual(
      LANGUAGES.map((language) => ({
        language,
        verdict: "accepted",
        error: undefined,
        failed: [],
      })),
    );
  });

  // docs/problems.md: an untouched starter gives "wrong-answer", never a crash.
  it.each(ids)("%s: every language's starter runs and is judged wrong", async (id) => {
    const loaded = await load(id);
    if (loaded?.ok !== true) return; // reported by the test above
    const problem = loaded.value;
    const verdicts = await Promise.all(
      LANGUAGES.map((language) =>
        limited(async () => {
          const result = await runSolution({
            language,
            code: problem.starters[language],
            problem: toRunnable(problem.meta),
            cases: allCases(problem),
          });
          return `${language}: ${result.verdict}${result.error === undefined ? "" : ` (${result.error})`}`;
        }),
      ),
    );
    expect(verdicts).toEqual(LANGUAGES.map((language) => `${language}: wrong-answer`));
  });
});
