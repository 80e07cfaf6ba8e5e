import { Fragment, useMemo, useState } from "react";
import type { GradedReview } from "../../core/work-samples/review-grader.ts";
import type { ReviewFinding } from "../../core/work-samples/schema.ts";
import { parseUnifiedDiff, type FileDiff } from "../../core/work-samples/unified-diff.ts";
import { ApiError } from "../api/client.ts";
import { gradeWorkSampleReview, type WorkSampleView } from "../api/work-samples.ts";
import { workSampleFindingsStore } from "../hooks/draft-stores.ts";
import {
  DRAFT_STATUS_TEXT,
  draftStatusLine,
  useAutosave,
  type AutosaveStatus,
} from "../hooks/use-autosave.ts";
import { ReviewResults, verdictOfFinding } from "./review-results.tsx";
import { ErrorNote } from "./status.tsx";

const NO_FINDINGS: ReviewFinding[] = [];

const FINDINGS_STATUS_TEXT: Record<AutosaveStatus, string> = {
  ...DRAFT_STATUS_TEXT,
  loading: "Loading your findings…",
  saved: "Findings saved",
  saving: "Saving your findings…",
  retrying: "Findings not saved yet; trying again",
  offline: "Offline; the findings will be saved when the connection is back",
  failed: "The findings could not be saved",
  unread: "Your saved findings could not be read; new ones will be saved over them",
};

type Editing = { file: string; line: number; index?: number };

/**
 * A review sample's diff, file by file, where the candidate leaves findings on the lines of the
 * changed files (each line of the new version has a button), edits or deletes them, and asks for
 * a grade: which seeded issues the findings found, which they missed, and which findings found
 * nothing. The findings are saved as a draft as they change.
 */
export function DiffReview(props: { sample: WorkSampleView }) {
  const { sample } = props;
  const diff = sample.review?.diff ?? "";
  const parsed = useMemo(() => parseUnifiedDiff(diff), [diff]);
  const store = useMemo(() => workSampleFindingsStore(sample.meta.id), [sample.meta.id]);
  const draft = useAutosave(sample.meta.id, NO_FINDINGS, store);
  const findings = draft.value;
  const [editing, setEditing] = useState<Editing | undefined>();
  const [grading, setGrading] = useState<
    | { status: "idle" | "busy" }
    | { status: "done"; graded: GradedReview; findings: ReviewFinding[] }
    | { status: "failed"; message: string }
  >({ status: "idle" });
  // A grade describes the findings it was given; it stays on screen until they change.
  const graded =
    grading.status === "done" && grading.findings === findings ? grading.graded : undefined;

  function save(text: string) {
    if (editing === undefined) return;
    const finding = { file: editing.file, line: editing.line, text: text.trim() };
    const next =
      editing.index === undefined
        ? [...findings, finding]
        : findings.map((existing, index) => (index === editing.index ? finding : existing));
    draft.setValue(next);
    setEditing(undefined);
  }

  function remove(index: number) {
    draft.setValue(findings.filter((_finding, at) => at !== index));
    if (editing?.index === index) setEditing(undefined);
  }

  function grade() {
    setGrading({ status: "busy" });
    const sent = findings;
    gradeWorkSampleReview(sample.meta.id, sent).then(
      (result) => {
        setGrading({ status: "done", graded: result, findings: sent });
      },
      (error: unknown) => {
        setGrading({
          status: "failed",
          message: error instanceof ApiError ? error.message : "The review could not be graded.",
        });
      },
    );
  }

  if (!parsed.ok) {
    return (
      <ErrorNote>
        The diff could not be read (line {parsed.error.line}: {parsed.error.message}).
      </ErrorNote>
    );
  }
  return (
    <section className="diff-review" aria-labelledby="diff-heading">
      <h2 id="diff-heading" className="section-heading">
        The change
      </h2>
      <p className="workspace-help">
        Press <strong>✎</strong> beside a line of the new version to leave a finding on it. Removed
        lines have no number in the new version: leave the finding on the line that replaced them.
      </p>
      {parsed.value.map((change) => (
        <DiffFile
          key={change.newPath ?? change.oldPath ?? ""}
          change={change}
          findings={findings}
          editing={editing}
          onEdit={setEditing}
          onSave={save}
          onRemove={remove}
          graded={graded}
          disabled={draft.status === "loading"}
        />
      ))}
      <div className="review-actions">
        <p className="draft-status" role="status">
          {findings.length === 1 ? "1 finding" : `${String(findings.length)} findings`} ·{" "}
          {draftStatusLine(draft, FINDINGS_STATUS_TEXT)}
        </p>
        <button
          type="button"
          className="button-primary"
          onClick={grade}
          disabled={grading.status === "busy" || draft.status === "loading"}
        >
          Grade my review
        </button>
      </div>
      {grading.status === "busy" ? (
        <p className="status" role="status">
          Grading…
        </p>
      ) : null}
      {grading.status === "failed" ? <ErrorNote>{grading.message}</ErrorNote> : null}
      {graded === undefined ? null : <ReviewResults graded={graded} findings={findings} />}
      {grading.status === "done" && graded === undefined ? (
        <p className="status">Your findings changed since the grade: grade them again.</p>
      ) : null}
    </section>
  );
}

function DiffFile(props: {
  change: FileDiff;
  findings: readonly ReviewFinding[];
  editing: Editing | undefined;
  onEdit: (editing: Editing | undefined) => void;
  onSave: (text: string) => void;
  onRemove: (index: number) => void;
  graded: GradedReview | undefined;
  disabled: boolean;
}) {
  const { change, findings, editing } = props;
  const path = change.newPath ?? change.oldPath ?? "";
  const status =
    change.oldPath === null ? "new file" : change.newPath === null ? "deleted" : "changed";
  const onLine = (line: number) =>
    findings.flatMap((finding, index) =>
      finding.file === path && finding.line === line ? [{ finding, index }] : [],
    );
  return (
    <section className="diff-file" aria-label={`Changes to ${path}`}>
      <h3 className="diff-file-name">
        <code>{path}</code> <span className="pill">{status}</span>
      </h3>
      <div className="diff-scroll">
        <table className="diff-table">
          <thead className="visually-hidden">
            <tr>
              <th scope="col">Old line</th>
              <th scope="col">New line</th>
              <th scope="col">Finding</th>
              <th scope="col">Code</th>
            </tr>
          </thead>
          <tbody>
            {change.hunks.map((hunk) => (
              <Fragment key={`${String(hunk.oldStart)}:${String(hunk.newStart)}`}>
                <tr className="diff-hunk">
                  <td colSpan={4}>
                    @@ −{hunk.oldStart},{hunk.oldLines} +{hunk.newStart},{hunk.newLines} @@{" "}
                    {hunk.section}
                  </td>
                </tr>
                {hunk.lines.map((line, index) => {
                  const number = line.newLine;
                  const here = number === undefined ? [] : onLine(number);
                  const formHere =
                    number !== undefined && editing?.file === path && editing.line === number;
                  return (
                    <Fragment key={`${String(index)}:${String(line.oldLine)}:${String(number)}`}>
                      <tr className={`diff-line diff-${line.kind}`}>
                        <td className="diff-number">{line.oldLine}</td>
                        <td className="diff-number">{number}</td>
                        <td className="diff-action">
                          {number === undefined ? null : (
                            <button
                              type="button"
                              className="diff-comment"
                              aria-label={`Add a finding on ${path} line ${String(number)}`}
                              title="Add a finding on this line"
                              disabled={props.disabled}
                              onClick={() => props.onEdit({ file: path, line: number })}
                            >
                              ✎
                            </button>
                          )}
                        </td>
                        <td className="diff-code">
                          <span className="diff-sign" aria-hidden="true">
                            {line.kind === "add" ? "+" : line.kind === "remove" ? "−" : " "}
                          </span>
                          <span className="visually-hidden">
                            {line.kind === "add"
                              ? "added: "
                              : line.kind === "remove"
                                ? "removed: "
                                : ""}
                          </span>
                          {line.text}
                        </td>
                      </tr>
                      {here.map(({ finding, index: at }) =>
                        editing?.index === at ? null : (
                          <tr key={`finding-${String(at)}`} className="diff-finding-row">
                            <td colSpan={4}>
                              <FindingCard
                                finding={finding}
                                verdict={
                                  props.graded === undefined
                                    ? undefined
                                    : verdictOfFinding(props.graded, at)
                                }
                                onEdit={() =>
                                  props.onEdit({ file: path, line: finding.line, index: at })
                                }
                                onRemove={() => props.onRemove(at)}
                              />
                            </td>
                          </tr>
                        ),
                      )}
                      {formHere ? (
                        <tr className="diff-finding-row">
                          <td colSpan={4}>
                            <FindingForm
                              path={path}
                              line={number}
                              initial={
                                editing.index === undefined
                                  ? ""
                                  : (findings[editing.index]?.text ?? "")
                              }
                              onSave={props.onSave}
                              onCancel={() => props.onEdit(undefined)}
                            />
                          </td>
                        </tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function FindingForm(props: {
  path: string;
  line: number;
  initial: string;
  onSave: (text: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(props.initial);
  const id = `finding-${props.path.replace(/[^A-Za-z0-9]/g, "-")}-${String(props.line)}`;
  return (
    <form
      className="finding-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() !== "") props.onSave(text);
      }}
    >
      <label htmlFor={id}>
        Finding on {props.path}, line {props.line}
      </label>
      <textarea
        id={id}
        rows={3}
        value={text}
        autoFocus
        maxLength={2000}
        placeholder="What is wrong here, and why does it matter?"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && text.trim() !== "") {
            event.preventDefault();
            props.onSave(text);
          }
          if (event.key === "Escape") props.onCancel();
        }}
      />
      <div className="finding-form-actions">
        <button type="submit" className="button-primary" disabled={text.trim() === ""}>
          Save finding
        </button>
        <button type="button" className="button-plain" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function FindingCard(props: {
  finding: ReviewFinding;
  verdict: ReturnType<typeof verdictOfFinding> | undefined;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { finding, verdict } = props;
  const where = `${finding.file} line ${String(finding.line)}`;
  return (
    <article
      className={`finding-card ${verdict === undefined ? "" : `is-${verdict.tone}`}`}
      aria-label={`Your finding on ${where}`}
    >
      <p className="finding-text">{finding.text}</p>
      {verdict === undefined ? null : <p className="finding-verdict">{verdict.text}</p>}
      <div className="finding-card-actions">
        <button
          type="button"
          className="button-plain"
          onClick={props.onEdit}
          aria-label={`Edit the finding on ${where}`}
        >
          Edit
        </button>
        <button
          type="button"
          className="button-quiet"
          onClick={props.onRemove}
          aria-label={`Delete the finding on ${where}`}
        >
          Delete
        </button>
      </div>
    </article>
  );
}
