import { useEffect } from "react";
import { LANGUAGE_NAMES, type SubmissionList } from "../api/problems.ts";
import { useApi } from "../hooks/use-api.ts";

/** How many submissions the page lists; the server keeps the newest twenty. */
const SHOWN = 5;

/**
 * This user's newest submissions of the problem, and whether it is solved: kept on the server, so
 * the mark and the list survive a reload and show on the problem list. `refresh` changes after
 * each new submission.
 */
export function SubmissionHistory(props: { problemId: string; refresh: number }) {
  const state = useApi<SubmissionList>(
    `/problems/${encodeURIComponent(props.problemId)}/submissions`,
  );
  const { reload } = state;
  useEffect(() => {
    if (props.refresh > 0) reload();
  }, [props.refresh, reload]);
  if (state.status !== "ready" || state.data.submissions.length === 0) return null;
  const { submissions } = state.data;
  const solved = submissions.some((submission) => submission.accepted);
  return (
    <section className="submission-history" aria-label="Your submissions">
      <h3>
        Your submissions{" "}
        <span className={solved ? "pill mark-solved" : "pill mark-attempted"}>
          {solved ? "Solved" : "Attempted"}
        </span>
      </h3>
      <ol>
        {submissions.slice(0, SHOWN).map((submission) => (
          <li key={submission.id}>
            {new Date(submission.createdAt).toLocaleString()} ·{" "}
            {LANGUAGE_NAMES[submission.language]} · {submission.passed} of {submission.total} tests
            {submission.accepted ? " · accepted" : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
