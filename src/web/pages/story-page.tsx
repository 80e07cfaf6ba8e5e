import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { STORY_BUILDERS } from "../../core/stories/builder-prompts.ts";
import { readingForStoryType } from "../../core/stories/answer-kind.ts";
import { describeStoryType, type StoryBankType } from "../../core/stories/story-schema.ts";
import { apiRequest, ApiError } from "../api/client.ts";
import { formatSavedAt, type StoryDetail } from "../api/stories.ts";
import { AnalysisReport } from "../components/analysis-report.tsx";
import { ShareControl } from "../components/share-control.tsx";
import { LoadError, Loading } from "../components/status.tsx";
import { StoryHistory } from "../components/story-history.tsx";
import { StoryTypeFields, TagsField, ThemePicker } from "../components/story-fields.tsx";
import { useApi } from "../hooks/use-api.ts";
import { useThemeVocabulary } from "../hooks/use-theme-vocabulary.ts";

/** One story: edit and save a new version, see the latest scores and evidence, compare versions. */
export function StoryPage() {
  const { id = "" } = useParams();
  const state = useApi<StoryDetail>(`/stories/${encodeURIComponent(id)}`);
  // A save answers with the new detail; show it at once rather than waiting for a reload.
  const [saved, setSaved] = useState<StoryDetail | undefined>();
  if (state.status === "loading") return <Loading what="the story" />;
  if (state.status === "error") {
    return (
      <div className="page">
        <LoadError error={state.error} />
        <p>
          <Link to="/stories">Back to the story bank</Link>
        </p>
      </div>
    );
  }
  const detail = saved?.story.id === state.data.story.id ? saved : state.data;
  return (
    <article className="page story-detail">
      <p className="breadcrumb">
        <Link to="/stories">Story bank</Link>
      </p>
      <header className="page-header">
        <h1>{detail.story.title}</h1>
        <div className="story-meta">
          <span className="pill">{describeStoryType(detail.story)}</span>
          <span>
            Version {detail.latest.number} · saved {formatSavedAt(detail.latest.createdAt)}
          </span>
          {detail.story.tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
        </div>
      </header>
      {/* Keyed by version, so the form starts from what was just saved. */}
      <StoryEditor
        key={`${detail.story.id}:${String(detail.latest.number)}`}
        detail={detail}
        onSaved={setSaved}
      />
      <section aria-labelledby="latest-heading" className="story-latest">
        <h2 id="latest-heading" className="section-heading">
          How version {detail.latest.number} reads
        </h2>
        <AnalysisReport
          text={detail.latest.text}
          analysis={detail.latest.analysis}
          input={{ text: detail.latest.text, ...readingForStoryType(detail.story.storyType) }}
        />
      </section>
      <StoryHistory key={`history:${String(detail.latest.number)}`} detail={detail} />
      <ShareControl kind="story" itemId={detail.story.id} />
    </article>
  );
}

function StoryEditor(props: { detail: StoryDetail; onSaved: (detail: StoryDetail) => void }) {
  const { story, latest } = props.detail;
  const navigate = useNavigate();
  const vocabulary = useThemeVocabulary();
  const [title, setTitle] = useState(latest.title);
  const [storyType, setStoryType] = useState<StoryBankType>(latest.storyType);
  const [customTypeLabel, setCustomTypeLabel] = useState(latest.customTypeLabel ?? "");
  const [tags, setTags] = useState(latest.tags);
  const [themes, setThemes] = useState(latest.themes);
  const [text, setText] = useState(latest.text);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setError(undefined);
    try {
      const detail = await apiRequest<StoryDetail>(`/stories/${story.id}`, {
        method: "PUT",
        body: {
          title,
          storyType,
          customTypeLabel: storyType === "custom" ? customTypeLabel : null,
          tags,
          themes,
          text,
        },
      });
      props.onSaved(detail);
    } catch (caught) {
      // The edits stay in the form, and the saved versions are untouched: nothing is lost.
      setError(caught instanceof ApiError ? caught.message : "The story could not be saved.");
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!window.confirm(`Delete “${story.title}” and all its versions?`)) return;
    try {
      await apiRequest(`/stories/${story.id}`, { method: "DELETE" });
      await navigate("/stories");
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The story could not be deleted.");
    }
  }

  return (
    <form
      className="panel story-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor="edit-title">Title</label>
        <input
          id="edit-title"
          value={title}
          maxLength={200}
          required
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="edit-text">Story</label>
        <textarea
          id="edit-text"
          rows={14}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
              event.preventDefault();
              void save();
            }
          }}
        />
        <p className="field-hint">
          {text.trim() === "" ? 0 : text.trim().split(/\s+/).length} words · Ctrl+Enter saves
        </p>
      </div>
      <details className="story-prompts">
        <summary>The builder’s questions for this type</summary>
        <ol>
          {STORY_BUILDERS[storyType].prompts.map((prompt) => (
            <li key={prompt.aspect}>{prompt.question}</li>
          ))}
        </ol>
      </details>
      <details className="story-settings">
        <summary>Type, themes and tags</summary>
        <StoryTypeFields
          idPrefix="edit"
          storyType={storyType}
          customTypeLabel={customTypeLabel}
          onTypeChange={setStoryType}
          onLabelChange={setCustomTypeLabel}
        />
        <ThemePicker vocabulary={vocabulary} selected={themes} onChange={setThemes} />
        <TagsField id="edit-tags" tags={tags} onChange={setTags} />
      </details>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? "Saving…" : `Save as version ${String(latest.number + 1)}`}
        </button>
        <button type="button" className="button button-quiet" onClick={() => void remove()}>
          Delete story
        </button>
        {error === undefined ? null : (
          <p role="alert" className="inline-error">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
