import type { GradedIssue, GradedReview } from "../../core/work-samples/review-grader.ts";
import type { ReviewFinding } from "../../core/work-samples/schema.ts";

/** What a grade says of one finding, for the card beside its line. */
export function verdictOfFinding(
  graded: GradedReview,
  index: number,
): { tone: "found" | "false-positive" | "unnamed"; text: string } {
  const found = graded.found.find((entry) => entry.findings.includes(index));
  if (found !== undefined) return { tone: "found", text: `Found: ${found.issue.title}` };
  const miss = graded.falsePositives.find((entry) => entry.finding === index);
  if (miss?.reason === "not-named") {
    return {
      tone: "unnamed",
      text: "Right place, but the finding does not name the problem there",
    };
  }
  return { tone: "false-positive", text: "False positive: no seeded problem on this line" };
}

/**
 * A graded review: how many seeded issues were found, each found issue with its explanation and
 * the finding that found it, each missed issue with where it was and why it matters, and the
 * findings that found nothing.
 */
export function ReviewResults(props: { graded: GradedReview; findings: readonly ReviewFinding[] }) {
  const { graded, findings } = props;
  const { score } = graded;
  return (
    <section className="review-results" aria-labelledby="review-results-heading">
      <h2 id="review-results-heading">
        Found {score.found} of {score.total} issues
      </h2>
      <p className="review-score">
        {score.falsePositives === 0
          ? "No false positives."
          : `${String(score.falsePositives)} ${score.falsePositives === 1 ? "finding" : "findings"} found nothing.`}
      </p>
      <section aria-labelledby="review-found-heading">
        <h3 id="review-found-heading">Found ({graded.found.length})</h3>
        {graded.found.length === 0 ? <p className="empty">None yet.</p> : null}
        <ul className="review-issues">
          {graded.found.map(({ issue, findings: by }) => (
            <li key={issue.id} className="review-issue is-found">
              <IssueHead issue={issue} />
              <p>{issue.explanation}</p>
              {by.map((index) => (
                <blockquote key={index} className="review-quote">
                  Your finding: {findings[index]?.text ?? ""}
                </blockquote>
              ))}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="review-missed-heading">
        <h3 id="review-missed-heading">Missed ({graded.missed.length})</h3>
        {graded.missed.length === 0 ? (
          <p className="empty">Nothing: every issue was found.</p>
        ) : null}
        <ul className="review-issues">
          {graded.missed.map((issue) => (
            <li key={issue.id} className="review-issue is-missed">
              <IssueHead issue={issue} />
              <p>{issue.explanation}</p>
            </li>
          ))}
        </ul>
      </section>
      {graded.falsePositives.length === 0 ? null : (
        <section aria-labelledby="review-false-heading">
          <h3 id="review-false-heading">False positives ({graded.falsePositives.length})</h3>
          <ul className="review-issues">
            {graded.falsePositives.map((entry) => {
              const finding = findings[entry.finding];
              return (
                <li key={entry.finding} className="review-issue is-false">
                  <p className="review-issue-where">
                    <code>
                      {finding?.file}, line {finding?.line}
                    </code>
                  </p>
                  <blockquote className="review-quote">{finding?.text}</blockquote>
                  <p>
                    {entry.reason === "not-named"
                      ? "There is a problem on this line, but the finding does not name it."
                      : "No seeded problem is on this line."}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </section>
  );
}

function IssueHead(props: { issue: GradedIssue }) {
  const { issue } = props;
  const lines =
    issue.lines[0] === issue.lines[1]
      ? `line ${String(issue.lines[0])}`
      : `lines ${String(issue.lines[0])}–${String(issue.lines[1])}`;
  return (
    <p className="review-issue-head">
      <strong>{issue.title}</strong>{" "}
      <span className={`severity severity-${issue.severity}`}>{issue.severity}</span>{" "}
      <code>
        {issue.file}, {lines}
      </code>
    </p>
  );
}
