import type { CaseResult, RunResult, Verdict } from "../../core/runner/types.ts";
import { capitalise } from "../../core/text.ts";

/** How each verdict reads on the page. */
const VERDICT_LABELS: Record<Verdict, string> = {
  accepted: "Accepted",
  "wrong-answer": "Wrong answer",
  "runtime-error": "Runtime error",
  "time-limit": "Time limit exceeded",
  "compile-error": "Compile error",
};

export interface RunResultsProps {
  result: RunResult;
  /** What was run, for the heading: "Run (visible tests)", "Submission (all tests)". */
  title?: string;
}

/**
 * A run's result: the verdict, cases passed, time, the compile error or why the run stopped,
 * each case (✓ or ✗ with its time, and for a failed case the expected and actual values and the
 * error), and what the code printed. The shape is the runner contract's (DESIGN.md).
 *
 * @example
 * <RunResults result={await runInBrowser(request)} title="Run (visible tests)" />
 */
export function RunResults(props: RunResultsProps) {
  const { result } = props;
  const accepted = result.verdict === "accepted";
  return (
    <section className="run-results" aria-label={props.title ?? "Run results"}>
      <header className={`run-verdict ${accepted ? "is-accepted" : "is-rejected"}`}>
        <p className="run-verdict-label" data-verdict={result.verdict}>
          {VERDICT_LABELS[result.verdict]}
          <span className="visually-hidden"> ({result.verdict})</span>
        </p>
        <p className="run-verdict-figures">
          {result.passed} / {result.total} passed · {formatMs(result.ms)}
          {props.title === undefined ? null : <span> · {props.title}</span>}
        </p>
      </header>
      {result.compileError === undefined ? null : (
        <p className="run-stop" role="alert">
          Line {result.compileError.line}, column {result.compileError.column}:{" "}
          {result.compileError.message}
        </p>
      )}
      {result.error === undefined || result.compileError !== undefined ? null : (
        <p className="run-stop">{capitalise(result.error)}</p>
      )}
      {result.cases.length === 0 ? null : (
        <ol className="run-cases">
          {result.cases.map((testCase) => (
            <CaseRow key={testCase.name} testCase={testCase} />
          ))}
        </ol>
      )}
      {result.cases.length < result.total && result.verdict !== "compile-error" ? (
        <p className="run-not-run">
          {result.total - result.cases.length} of {result.total} cases did not run.
        </p>
      ) : null}
      {result.output === "" ? null : (
        <div className="run-output">
          <h3>Printed output</h3>
          <pre>{result.output}</pre>
        </div>
      )}
    </section>
  );
}

function CaseRow(props: { testCase: CaseResult }) {
  const { testCase } = props;
  return (
    <li className={`run-case ${testCase.ok ? "is-passed" : "is-failed"}`}>
      <div className="run-case-head">
        <span className="run-case-mark" aria-hidden="true">
          {testCase.ok ? "✓" : "✗"}
        </span>
        <span className="run-case-name">{testCase.name}</span>
        <span className="visually-hidden">{testCase.ok ? "passed" : "failed"}</span>
        <span className="run-case-ms">{formatMs(testCase.ms)}</span>
      </div>
      {testCase.ok ? null : (
        <dl className="run-case-detail">
          {testCase.error === undefined ? null : (
            <>
              <dt>Error</dt>
              <dd className="run-case-error">{testCase.error}</dd>
            </>
          )}
          {testCase.expected !== undefined ? (
            <>
              <dt>Expected</dt>
              <dd>
                <code>{formatValue(testCase.expected)}</code>
              </dd>
            </>
          ) : null}
          {testCase.actual !== undefined ? (
            <>
              <dt>Actual</dt>
              <dd>
                <code>{formatValue(testCase.actual)}</code>
              </dd>
            </>
          ) : null}
        </dl>
      )}
    </li>
  );
}

/** A value as JSON, shortened past a few hundred characters so a huge case stays readable. */
function formatValue(value: unknown): string {
  const text = value === undefined ? "undefined" : JSON.stringify(value);
  return text.length > 600 ? `${text.slice(0, 600)}… (${String(text.length)} characters)` : text;
}

function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${String(Math.round(ms))} ms`;
}
