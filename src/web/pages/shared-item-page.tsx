import { Link, useParams } from "react-router";
import { readingForStoryType } from "../../core/stories/answer-kind.ts";
import { describeStoryType } from "../../core/stories/story-schema.ts";
import type { SharedItem } from "../api/cohorts.ts";
import { ROUND_DETAILS } from "../api/interviews.ts";
import { formatSavedAt } from "../api/stories.ts";
import { AnalysisReport } from "../components/analysis-report.tsx";
import {
  FixesSection,
  HighlightsSection,
  QuestionsSection,
} from "../components/interview-report-sections.tsx";
import { InterviewTranscript } from "../components/interview-transcript.tsx";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";
import { ProgressBody } from "./progress-page.tsx";

/**
 * A coach reads one item a learner shares with their cohort: whose it is and what it is, then the
 * story with every version, the interview's report and transcript, or the learner's progress. Asked afresh on every
 * visit, so a share taken back is gone.
 */
export function SharedItemPage() {
  const { id = "", shareId = "" } = useParams();
  const state = useApi<SharedItem>(
    `/cohorts/${encodeURIComponent(id)}/shared/${encodeURIComponent(shareId)}`,
  );
  if (state.status === "loading") return <Loading what="the shared item" />;
  if (state.status === "error") {
    return (
      <div className="page">
        <LoadError error={state.error} />
        <p>
          <Link to="/cohorts">Back to your cohorts</Link>
        </p>
      </div>
    );
  }
  const item = state.data;
  const { share } = item;
  return (
    <article className="page shared-item">
      <p className="breadcrumb">
        <Link to="/cohorts">Cohorts</Link> · {share.cohort.name}
      </p>
      <p className="notice shared-banner">
        <strong>{share.owner.name}</strong> shares{" "}
        {item.kind === "progress" ? "their progress" : `this ${item.kind}`} with the coaches of{" "}
        <strong>{share.cohort.name}</strong> (since {formatSavedAt(share.createdAt)}). It is read
        only, and {share.owner.name} can stop sharing it at any time.
      </p>
      {item.kind === "story" ? <SharedStory item={item} /> : null}
      {item.kind === "interview" ? <SharedInterview item={item} /> : null}
      {item.kind === "progress" ? (
        <>
          <header className="page-header">
            <h1>{share.owner.name}&apos;s progress</h1>
          </header>
          <ProgressBody progress={item.progress} shared />
        </>
      ) : null}
    </article>
  );
}

function SharedStory({ item }: { item: Extract<SharedItem, { kind: "story" }> }) {
  const { story, latest } = item.story;
  const earlier = [...item.versions]
    .reverse()
    .filter((version) => version.number !== latest.number);
  return (
    <>
      <header className="page-header">
        <h1>{story.title}</h1>
        <div className="story-meta">
          <span className="pill">{describeStoryType(story)}</span>
          <span>
            Version {latest.number} · saved {formatSavedAt(latest.createdAt)}
          </span>
        </div>
      </header>
      <section aria-labelledby="shared-latest" className="story-latest">
        <h2 id="shared-latest" className="section-heading">
          Version {latest.number}
        </h2>
        <AnalysisReport
          text={latest.text}
          analysis={latest.analysis}
          input={{ text: latest.text, ...readingForStoryType(story.storyType) }}
        />
      </section>
      {earlier.length === 0 ? null : (
        <section aria-labelledby="shared-versions">
          <h2 id="shared-versions" className="section-heading">
            Earlier versions
          </h2>
          {earlier.map((version) => (
            <details key={version.number} className="panel">
              <summary>
                Version {version.number} · saved {formatSavedAt(version.createdAt)} · overall{" "}
                {version.analysis.overall}/5
              </summary>
              <p className="shared-text">{version.text}</p>
            </details>
          ))}
        </section>
      )}
    </>
  );
}

function SharedInterview({ item }: { item: Extract<SharedItem, { kind: "interview" }> }) {
  const { report, interview } = item;
  const answered = report.questions.some((question) => question.answer !== undefined);
  return (
    <>
      <header className="page-header">
        <h1>Interview: {ROUND_DETAILS[report.round].name}</h1>
      </header>
      {answered ? (
        <>
          <HighlightsSection report={report} />
          <FixesSection fixes={report.fixes} />
          <QuestionsSection questions={report.questions} />
        </>
      ) : (
        <p className="empty">No answers yet.</p>
      )}
      <section aria-labelledby="shared-transcript">
        <h2 id="shared-transcript" className="section-heading">
          Transcript
        </h2>
        <InterviewTranscript
          turns={interview.turns}
          questionCount={report.questions.length}
          active={false}
        />
      </section>
    </>
  );
}
