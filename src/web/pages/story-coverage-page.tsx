import { Link } from "react-router";
import type { StoryType } from "../../core/content/schema.ts";
import { describeStoryType, STORY_TYPE_LABELS } from "../../core/stories/story-schema.ts";
import type { CoverageQuestionView, StoryCoverageView } from "../api/stories.ts";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";

/** Which questions each story can answer, and the spoken questions no story answers yet. */
export function StoryCoveragePage() {
  const state = useApi<StoryCoverageView>("/stories/coverage");
  return (
    <div className="page story-coverage">
      <p className="breadcrumb">
        <Link to="/stories">Story bank</Link>
      </p>
      <header className="page-header">
        <h1>Coverage</h1>
        <p className="lede">
          A story can answer a spoken question when the question asks for its type, or when the two
          share at least {state.status === "ready" ? state.data.minSharedThemes : "two"} themes.
        </p>
      </header>
      {state.status === "loading" ? <Loading what="coverage" /> : null}
      {state.status === "error" ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.status === "ready" ? <CoverageDetails coverage={state.data} /> : null}
    </div>
  );
}

function CoverageDetails(props: { coverage: StoryCoverageView }) {
  const { stories, uncovered, coveredQuestionCount, spokenQuestionCount } = props.coverage;
  return (
    <>
      <p className="coverage-count">
        <strong>{coveredQuestionCount}</strong> of {spokenQuestionCount} spoken questions have a
        story; <strong>{uncovered.length}</strong> do not.
      </p>
      <section aria-labelledby="by-story-heading">
        <h2 id="by-story-heading">By story</h2>
        {stories.length === 0 ? (
          <p className="empty">
            No stories yet. <Link to="/stories/new">Build your first one</Link>.
          </p>
        ) : (
          <ul className="coverage-stories">
            {stories.map((story) => (
              <li key={story.id} className="panel coverage-story">
                <h3>
                  <Link to={`/stories/${story.id}`}>{story.title}</Link>{" "}
                  <span className="pill">{describeStoryType(story)}</span>
                </h3>
                {story.questions.length === 0 ? (
                  <p className="muted">
                    No question matches this story yet. Add themes it really is about, or check its
                    type.
                  </p>
                ) : (
                  <>
                    <p className="muted">
                      Answers{" "}
                      {story.questions.length === 1
                        ? "1 question"
                        : `${String(story.questions.length)} questions`}
                    </p>
                    <ul className="coverage-questions">
                      {story.questions.map((question) => (
                        <li key={question.id}>
                          <Link to={`/questions/${question.id}`}>{question.prompt}</Link>{" "}
                          <span className="via">
                            {question.via === "type"
                              ? "asks for this type"
                              : `shares ${question.sharedThemes.join(", ")}`}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="uncovered-heading">
        <h2 id="uncovered-heading">No story yet ({uncovered.length})</h2>
        {uncovered.length === 0 ? (
          <p className="no-flags">Every spoken question has at least one story.</p>
        ) : (
          <>
            <p className="muted">
              Grouped by the kind of story that would answer them. Open a group to see its
              questions.
            </p>
            <UncoveredGroups uncovered={uncovered} />
          </>
        )}
      </section>
    </>
  );
}

/** The uncovered questions grouped by the first story type each asks for, biggest group first. */
function UncoveredGroups(props: { uncovered: readonly CoverageQuestionView[] }) {
  const groups = new Map<StoryType | undefined, CoverageQuestionView[]>();
  for (const question of props.uncovered) {
    const type = question.storyTypes[0];
    groups.set(type, [...(groups.get(type) ?? []), question]);
  }
  const ordered = [...groups].sort(([a, left], [b, right]) =>
    a === undefined ? 1 : b === undefined ? -1 : right.length - left.length,
  );
  return (
    <div className="uncovered-groups">
      {ordered.map(([type, questions]) => (
        <details key={type ?? "none"} className="uncovered-group">
          <summary>
            {type === undefined
              ? "Views and motivation (matched by themes)"
              : STORY_TYPE_LABELS[type]}{" "}
            <span className="muted">
              · {questions.length === 1 ? "1 question" : `${String(questions.length)} questions`}
            </span>
          </summary>
          {type === undefined ? null : (
            <p>
              <Link to={`/stories/new?type=${type}`}>
                Build a “{STORY_TYPE_LABELS[type]}” story
              </Link>
            </p>
          )}
          <ul className="coverage-questions">
            {questions.map((question) => (
              <li key={question.id}>
                <Link to={`/questions/${question.id}`}>{question.prompt}</Link>{" "}
                <span className="via">themes: {question.themes.join(", ")}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
