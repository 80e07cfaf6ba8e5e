// Every work sample in content/work-samples must validate and behave as its kind promises, through
// the same bundler and runner the browser uses: the reference passes every test; a debug sample's
// codebase fails some; an extend sample's passes the old cases and fails the new ones; a
// refactor's passes every test but breaks its structural rule; a review's model answer finds every
// seeded issue.
import { describe, expect, it } from "vitest";
import { describeProblem } from "../../src/core/content/content-problem.ts";
import {
  allSampleCases,
  checkStructure,
  gradeReview,
  overlay,
  runWorkSample,
  type WorkSample,
} from "../../src/core/work-samples/index.ts";
import { runSolution } from "../../src/cli/runner/run-solution.ts";
import { loadWorkSamples } from "../../src/node/content/load-work-samples.ts";
import { SHIPPED_CONTENT_DIR } from "../../src/node/content/content-dir.ts";

const loaded = await loadWorkSamples(SHIPPED_CONTENT_DIR);
const samples: WorkSample[] = loaded.ok ? loaded.value : [];
const ofKind = (kind: WorkSample["meta"]["kind"]) => samples.filter((s) => s.meta.kind === kind);
const ids = (list: WorkSample[]) => list.map((sample) => [sample.meta.id, sample] as const);

function run(sample: WorkSample, files = sample.files, cases = allSampleCases(sample)) {
  return runWorkSample(runSolution, { meta: sample.meta, files, cases });
}

describe("work samples", () => {
  it("validate, and there is at least one of each kind", () => {
    expect(loaded.ok ? [] : loaded.error.map(describeProblem)).toEqual([]);
    const kinds = new Set(samples.map((sample) => sample.meta.kind));
    expect([...kinds].sort()).toEqual(["debug", "extend", "refactor", "review"]);
  });

  describe.concurrent.each(ids(samples.filter((s) => s.meta.kind !== "review")))(
    "%s",
    (_id, sample) => {
      it("the reference passes every test", async () => {
        const result = await run(sample, overlay(sample.files, sample.solution));
        expect({
          verdict: result.verdict,
          error: result.error,
          failed: result.cases.filter((entry) => !entry.ok),
        }).toEqual({ verdict: "accepted", error: undefined, failed: [] });
      });
    },
  );

  it.each(ids(ofKind("debug")))(
    "%s: the untouched codebase fails visible and hidden tests",
    async (_id, sample) => {
      const visible = await run(sample, sample.files, sample.tests.visible);
      const hidden = await run(sample, sample.files, sample.tests.hidden);
      expect(visible.verdict).not.toBe("accepted");
      expect(hidden.verdict).not.toBe("accepted");
      // A bug makes wrong answers, not a codebase that does not run.
      expect(visible.verdict).toBe("wrong-answer");
    },
  );

  it.each(ids(ofKind("extend")))(
    "%s: the untouched codebase passes the old cases and fails every new one",
    async (_id, sample) => {
      const cases = allSampleCases(sample);
      const fresh = new Set(sample.newCases);
      const old = await run(
        sample,
        sample.files,
        cases.filter((entry) => !fresh.has(entry.name)),
      );
      expect(old.verdict).toBe("accepted");
      const added = await run(
        sample,
        sample.files,
        cases.filter((entry) => fresh.has(entry.name)),
      );
      expect(added.cases.filter((entry) => entry.ok)).toEqual([]);
    },
  );

  it.each(ids(ofKind("refactor")))(
    "%s: the untouched codebase passes every test but breaks the structural rule",
    async (_id, sample) => {
      const result = await run(sample);
      expect(result.verdict).toBe("accepted");
      const rule = sample.meta.structure;
      if (rule === undefined) throw new Error("a refactor states its rule");
      expect(checkStructure(sample.files, sample.meta.language, rule).ok).toBe(false);
      const reference = overlay(sample.files, sample.solution);
      expect(checkStructure(reference, sample.meta.language, rule)).toEqual({
        ok: true,
        violations: [],
      });
    },
  );

  it.each(ids(ofKind("review")))(
    "%s: a review that names every issue finds them all",
    (_id, sample) => {
      const issues = sample.review?.issues ?? [];
      expect(issues.length).toBeGreaterThanOrEqual(3);
      const findings = issues.map((issue) => ({
        file: issue.file,
        line: issue.lines[0],
        text: `${issue.title}: ${issue.terms[0] ?? ""}`,
      }));
      const graded = gradeReview(issues, findings);
      expect(graded.score).toEqual({
        found: issues.length,
        total: issues.length,
        falsePositives: 0,
      });
      // Pointing at the right line without naming the problem does not count.
      const vague = gradeReview(
        issues,
        issues.map((issue) => ({
          file: issue.file,
          line: issue.lines[0],
          text: "Looks suspicious to me.",
        })),
      );
      expect(vague.score.found).toBe(0);
    },
  );
});

describe("a bundled codebase through the Node runner", () => {
  const meta = {
    id: "bundle-check",
    language: "js" as const,
    entryModule: "src/a.js",
    entry: "f",
    entryKind: "function" as const,
    comparison: "exact" as const,
    timeLimitMs: 5000,
  };
  const cases = [
    { name: "doubles and adds one", args: [1], expected: 4 },
    { name: "refuses a negative", args: [-1], expected: 0 },
  ];

  it("runs JavaScript modules and names the file and line of an error", async () => {
    const result = await runWorkSample(runSolution, {
      meta,
      cases,
      files: [
        {
          path: "src/a.js",
          content:
            'import { g } from "./b.js";\nimport h from "./c";\nexport function f(x) {\n  return g(x) + h(x);\n}\n',
        },
        {
          path: "src/b.js",
          content:
            'export const g = (x) => {\n  if (x < 0) throw new RangeError("negative");\n  return x * 2;\n};\n',
        },
        { path: "src/c.js", content: "export default function h(x) {\n  return x + 1;\n}\n" },
      ],
    });
    expect(result.cases.map((entry) => [entry.ok, entry.error])).toEqual([
      [true, undefined],
      [false, "RangeError: negative (src/b.js, line 2)"],
    ]);
  });

  it("runs Python modules and packages, and reports a module's syntax error as a compile-error", async () => {
    const python = { ...meta, language: "py" as const, entryModule: "app/main.py" };
    const files = [
      {
        path: "app/main.py",
        content:
          "from app.util import g\nfrom helpers import h\n\ndef f(x):\n    return g(x) + h(x)\n",
      },
      {
        path: "app/util.py",
        content:
          "def g(x):\n    if x < 0:\n        raise ValueError('negative')\n    return x * 2\n",
      },
      { path: "helpers.py", content: "def h(x):\n    return x + 1\n" },
    ];
    const result = await runWorkSample(runSolution, { meta: python, cases, files });
    expect(result.cases.map((entry) => [entry.ok, entry.error])).toEqual([
      [true, undefined],
      [false, "ValueError: negative (app/util.py, line 3)"],
    ]);
    const broken = files.map((file) =>
      file.path === "helpers.py" ? { ...file, content: "def h(x)\n    return x\n" } : file,
    );
    const compile = await runWorkSample(runSolution, { meta: python, cases, files: broken });
    expect(compile.verdict).toBe("compile-error");
    expect(compile.compileError).toMatchObject({ file: "helpers.py", line: 1 });
  });
});
