import { useState, type ChangeEvent } from "react";
import { Link } from "react-router";
import { describeStoryType } from "../../core/stories/story-schema.ts";
import { apiRequest, ApiError } from "../api/client.ts";
import { formatSavedAt, type StoryCoverageView, type StoryList } from "../api/stories.ts";
import { ErrorNote, LoadError, Loading } from "../components/status.tsx";
import { ScoreBadge } from "../components/story-fields.tsx";
import { useApi } from "../hooks/use-api.ts";

/** The story bank: every story with its latest scores, coverage at a glance, export and import. */
export function StoriesPage() {
  const list = useApi<StoryList>("/stories");
  const coverage = useApi<StoryCoverageView>("/stories/coverage");
  const [importState, setImportState] = useState<
    | { status: "idle" }
    | { status: "busy" }
    | { status: "done"; message: string }
    | { status: "failed"; message: string }
  >({ status: "idle" });

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    setImportState({ status: "busy" });
    try {
      const markdown = await file.text();
      const result = await apiRequest<{ imported: number }>("/stories/import", {
        method: "POST",
        body: { markdown },
      });
      const count = result.imported === 1 ? "1 story" : `${String(result.imported)} stories`;
      setImportState({ status: "done", message: `Imported ${count} from ${file.name}.` });
      list.reload();
      coverage.reload();
    } catch (caught) {
      const message = caught instanceof ApiError ? caught.message : "The file could not be read.";
      setImportState({ status: "failed", message: `${file.name}: ${message}` });
    } finally {
      // Choosing the same file again after fixing it should import again.
      input.value = "";
    }
  }

  return (
    <div className="page stories">
      <header className="page-header">
        <h1>Story bank</h1>
        <p className="lede">
          The handful of true stories you will tell across the loop. Build each with questions that
          draw out what interviewers grade; every save is kept and scored.
        </p>
      </header>

      <div className="story-actions">
        <Link className="button button-primary" to="/stories/new">
          New story
        </Link>
        <Link className="button" to="/stories/coverage">
          Coverage
        </Link>
        <a className="button" href="/api/stories/export" download="candor-stories.md">
          Export to Markdown
        </a>
        <input
          id="story-import"
          className="file-input visually-hidden"
          type="file"
          accept=".md,.markdown,text/markdown,text/plain"
          disabled={importState.status === "busy"}
          onChange={(event) => void importFile(event)}
        />
        <label className="button" htmlFor="story-import">
          {importState.status === "busy" ? "Importing…" : "Import from Markdown"}
        </label>
      </div>
      {importState.status === "done" ? (
        <p className="notice" role="status">
          {importState.message}
        </p>
      ) : null}
      {importState.status === "failed" ? <ErrorNote>{importState.message}</ErrorNote> : null}

      {coverage.status === "ready" ? <CoverageSummary coverage={coverage.data} /> : null}

      <section aria-labelledby="story-list-heading">
        <h2 id="story-list-heading" className="results-count">
          {list.status === "ready" ? countStories(list.data.stories.length) : "Your stories"}
        </h2>
        {list.status === "loading" ? <Loading what="your stories" /> : null}
        {list.status === "error" ? <LoadError error={list.error} onRetry={list.reload} /> : null}
        {list.status === "ready" && list.data.stories.length === 0 ? (
          <p className="empty">
            No stories yet. <Link to="/stories/new">Start one with the guided builder</Link>, or
            import a bank you exported before.
          </p>
        ) : null}
        {list.status === "ready" && list.data.stories.length > 0 ? (
          <ul className="story-list">
            {list.data.stories.map((story) => (
              <li key={story.id} className="story-card">
                <div className="story-card-main">
                  <Link className="story-title" to={`/stories/${story.id}`}>
                    {story.title}
                  </Link>
                  <div className="story-meta">
                    <span className="pill">{describeStoryType(story)}</span>
                    <span>
                      Version {story.latestVersion} · saved {formatSavedAt(story.updatedAt)}
                    </span>
                    {story.tags.map((tag) => (
                      <span key={tag} className="tag">
                        #{tag}
                      </span>
                    ))}
                  </div>
                </div>
                <ScoreBadge overall={story.scores.overall} readsAs={story.scores.readsAs} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}

function CoverageSummary(props: { coverage: StoryCoverageView }) {
  const { coveredQuestionCount, spokenQuestionCount, uncovered } = props.coverage;
  const share = spokenQuestionCount === 0 ? 0 : coveredQuestionCount / spokenQuestionCount;
  return (
    <section className="coverage-summary" aria-labelledby="coverage-summary-heading">
      <h2 id="coverage-summary-heading">Coverage</h2>
      <p>
        Your stories can answer <strong>{coveredQuestionCount}</strong> of the {spokenQuestionCount}{" "}
        spoken questions in the bank.{" "}
        {uncovered.length === 0
          ? "Every one has a story."
          : `${String(uncovered.length)} have no story yet.`}
      </p>
      <div
        className="coverage-meter"
        role="img"
        aria-label={`${String(Math.round(share * 100))}% of spoken questions covered`}
      >
        <span style={{ width: `${String(share * 100)}%` }} />
      </div>
      <p>
        <Link to="/stories/coverage">See which story answers what, and what is missing</Link>
      </p>
    </section>
  );
}

function countStories(count: number): string {
  return count === 1 ? "1 story" : `${String(count)} stories`;
}
