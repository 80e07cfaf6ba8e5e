import type { RunnableProblem, RunRequest, RunResult, TestCase } from "../runner/types.ts";
import { bundleWorkSample, type SampleFile } from "./bundle.ts";
import {
  bundleFailureResult,
  locateRunResult,
  type WorkSampleRunResult,
} from "./locate-run-result.ts";
import type { WorkSampleMeta } from "./schema.ts";

/** Runs one request: `runSolution` in Node, `runInBrowser` in a page. */
export type RunFunction = (request: RunRequest) => Promise<RunResult>;

/** What running a work sample needs of its metadata. */
export type RunnableSampleMeta = Pick<
  WorkSampleMeta,
  "id" | "language" | "entryModule" | "entry" | "entryKind" | "comparison" | "timeLimitMs"
>;

/** What the runner needs of a work sample. */
export function toRunnableSample(meta: RunnableSampleMeta): RunnableProblem {
  return {
    id: meta.id,
    kind: meta.entryKind,
    entry: meta.entry,
    comparison: meta.comparison,
    timeLimitMs: meta.timeLimitMs,
  };
}

/**
 * Runs a work sample's codebase against cases with whichever runner the caller has: the files are
 * bundled into one module, run unchanged by the runner, and the result's lines are mapped back to
 * the files. A file that does not bundle ends as a compile-error naming it, and nothing runs.
 *
 * @example
 * const result = await runWorkSample(runSolution, { meta, files, cases });
 */
export async function runWorkSample(
  run: RunFunction,
  request: {
    meta: RunnableSampleMeta;
    files: readonly SampleFile[];
    cases: readonly TestCase[];
  },
): Promise<WorkSampleRunResult> {
  const { meta, files, cases } = request;
  const bundle = bundleWorkSample({
    language: meta.language,
    files,
    entryModule: meta.entryModule,
    entry: meta.entry,
  });
  if (!bundle.ok) return bundleFailureResult(bundle.error, cases.length);
  const result = await run({
    language: bundle.value.language,
    code: bundle.value.code,
    problem: toRunnableSample(meta),
    cases,
  });
  return locateRunResult(result, bundle.value);
}
