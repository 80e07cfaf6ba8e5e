import { Link, useParams } from "react-router";
import type { InterviewReport } from "../../core/interview/report.ts";
import { ROUND_DETAILS, STATUS_LABELS } from "../api/interviews.ts";
import {
  DeepDiveSection,
  FixesSection,
  HighlightsSection,
  PushbackSection,
  RanOutSection,
  QuestionsSection,
  StoriesSection,
  WhyCompanySection,
} from "../components/interview-report-sections.tsx";
import { ShareControl } from "../components/share-control.tsx";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";

/** The end-of-interview report: scores per question, what held up, and what to fix first. */
export function InterviewReportPage() {
  const { id = "" } = useParams();
  const state = useApi<InterviewReport>(`/interviews/${encodeURIComponent(id)}/report`);
  if (state.status === "loading") return <Loading what="the report" />;
  if (state.status === "error") {
    return (
      <div className="page">
        {/* Trying again cannot find an interview that does not exist. */}
        <LoadError
          error={state.error}
          {...(state.error.status === 404 ? {} : { onRetry: state.reload })}
        />
        <p>
          <Link to="/interviews">Back to your interviews</Link>
        </p>
      </div>
    );
  }
  const report = state.data;
  const answered = report.questions.some((question) => question.answer !== undefined);
  return (
    <article className="page interview-report">
      <p className="breadcrumb">
        <Link to="/interviews">Interviews</Link> · <Link to={`/interviews/${id}`}>Transcript</Link>
      </p>
      <header className="page-header">
        <h1>Report: {ROUND_DETAILS[report.round].name}</h1>
        <div className="story-meta">
          <span className={`pill status-pill status-${report.status}`}>
            {STATUS_LABELS[report.status]}
          </span>
          <span>
            {report.questions.length === 1
              ? "1 question"
              : `${String(report.questions.length)} questions`}
          </span>
        </div>
      </header>
      {report.status === "active" ? (
        <p className="notice report-partial">
          This interview is still going, so the report covers the answers so far.{" "}
          <Link to={`/interviews/${id}`}>Resume it</Link>
        </p>
      ) : null}
      {answered ? (
        <>
          <HighlightsSection report={report} />
          <FixesSection fixes={report.fixes} />
          <QuestionsSection questions={report.questions} />
          <PushbackSection pushbacks={report.pushbacks} />
          {report.whyCompany.length > 0 ? <WhyCompanySection verdicts={report.whyCompany} /> : null}
          {report.deepDive.length > 0 ? <DeepDiveSection summaries={report.deepDive} /> : null}
          {report.ranOut.length > 0 ? <RanOutSection notes={report.ranOut} /> : null}
          {report.stories.length > 0 ? <StoriesSection suggestions={report.stories} /> : null}
        </>
      ) : (
        <p className="empty">No answers yet, so there is nothing to report.</p>
      )}
      <ShareControl kind="interview" itemId={id} />
    </article>
  );
}
