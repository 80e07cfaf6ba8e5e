// Every timed assessment in content/assessments must validate; its reference solution must pass
// every level in every language, and its starter must fail level 1 — through the runner
// `candor run` uses.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  levelCases,
  toRunnableAssessment,
  type Assessment,
} from "../../src/core/assessments/index.ts";
import { describeProblem } from "../../src/core/content/content-problem.ts";
import { LANGUAGES, type Language } from "../../src/core/problems/schema.ts";
import { runSolution } from "../../src/cli/runner/run-solution.ts";
import { loadAssessment } from "../../src/node/content/load-assessments.ts";
import { limitConcurrency } from "../support/concurrency.ts";
import { SHIPPED_CONTENT_DIR } from "../../src/node/content/content-dir.ts";

const ids = readdirSync(path.join(SHIPPED_CONTENT_DIR, "assessments"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const limited = limitConcurrency(3);

async function load(id: string): Promise<Assessment> {
  const loaded = await loadAssessment(id, SHIPPED_CONTENT_DIR);
  if (loaded === undefined) throw new Error(`${id} disappeared`);
  expect(loaded.ok ? [] : loaded.error.map(describeProblem)).toEqual([]);
  if (!loaded.ok) throw new Error(`${id} is invalid`);
  return loaded.value;
}

function run(assessment: Assessment, language: Language, code: string, level: number) {
  return limited(() =>
    runSolution({
      language,
      code,
      problem: toRunnableAssessment(assessment.meta),
      cases: levelCases(assessment, level, "all"),
    }),
  );
}

describe.concurrent("timed assessments", () => {
  it("include bank-system and kv-store", () => {
    expect(ids).toEqual(expect.arrayContaining(["bank-system", "kv-store"]));
  });

  it.each(ids)("%s: every language's solution passes every level", async (id) => {
    const assessment = await load(id);
    const outcomes = await Promise.all(
      assessment.levels.flatMap((level) =>
        LANGUAGES.map(async (language) => {
          const result = await run(
            assessment,
            language,
            assessment.solutions[language],
            level.level,
          );
          const failed = result.cases.filter((entry) => !entry.ok).map((entry) => entry.name);
          return `level ${String(level.level)} ${language}: ${result.verdict} ${String(result.passed)}/${String(result.total)}${failed.length > 0 ? ` (failed: ${failed.join("; ")})` : ""}${result.error === undefined ? "" : ` (${result.error})`}`;
        }),
      ),
    );
    const expected = assessment.levels.flatMap((level) =>
      LANGUAGES.map((language) => {
        const count = levelCases(assessment, level.level, "all").length;
        return `level ${String(level.level)} ${language}: accepted ${String(count)}/${String(count)}`;
      }),
    );
    expect(outcomes).toEqual(expected);
  });

  it.each(ids)("%s: every language's starter runs and fails level 1", async (id) => {
    const assessment = await load(id);
    const verdicts = await Promise.all(
      LANGUAGES.map(async (language) => {
        const result = await run(assessment, language, assessment.starters[language], 1);
        return `${language}: ${result.verdict}${result.error === undefined ? "" : ` (${result.error})`}`;
      }),
    );
    expect(verdicts).toEqual(LANGUAGES.map((language) => `${language}: wrong-answer`));
  });
});
