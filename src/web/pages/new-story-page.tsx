import { useEffect, useRef, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import {
  composeStoryText,
  STORY_BUILDERS,
  type BuilderAnswers,
} from "../../core/stories/builder-prompts.ts";
import {
  STORY_BANK_TYPES,
  STORY_TYPE_LABELS,
  storyBankTypeSchema,
  type StoryBankType,
} from "../../core/stories/story-schema.ts";
import { apiRequest, ApiError } from "../api/client.ts";
import type { StoryDetail } from "../api/stories.ts";
import { joinTranscript, RecordAnswer } from "../components/record-answer.tsx";
import { TagsField, ThemePicker } from "../components/story-fields.tsx";
import { useThemeVocabulary } from "../hooks/use-theme-vocabulary.ts";

/** A new story: pick its type, answer the guided builder's questions, then edit and save. */
export function NewStoryPage() {
  // The coverage page links here with ?type= to start the kind of story the bank lacks.
  const [params] = useSearchParams();
  const [storyType, setStoryType] = useState<StoryBankType | undefined>(
    () => storyBankTypeSchema.safeParse(params.get("type")).data,
  );
  const [customTypeLabel, setCustomTypeLabel] = useState("");
  const [started, setStarted] = useState(false);

  return (
    <div className="page new-story">
      <p className="breadcrumb">
        <Link to="/stories">Story bank</Link>
      </p>
      <header className="page-header">
        <h1>New story</h1>
        <p className="lede">
          Pick the kind of story, then answer a few questions about it. Your answers become the
          story’s first draft, which you can edit before saving.
        </p>
      </header>
      {started && storyType !== undefined ? (
        <StoryBuilderForm
          storyType={storyType}
          customTypeLabel={customTypeLabel}
          onChangeType={() => setStarted(false)}
        />
      ) : (
        <form
          className="panel"
          onSubmit={(event) => {
            event.preventDefault();
            if (storyType !== undefined) setStarted(true);
          }}
        >
          <fieldset className="type-picker">
            <legend>What kind of story is it?</legend>
            {STORY_BANK_TYPES.map((type) => (
              <label key={type} className="type-option">
                <input
                  type="radio"
                  name="story-type"
                  value={type}
                  checked={storyType === type}
                  onChange={() => setStoryType(type)}
                />
                <span className="type-option-text">
                  <strong>{STORY_TYPE_LABELS[type]}</strong>
                  <span>{STORY_BUILDERS[type].intro}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {storyType === "custom" ? (
            <div className="field">
              <label htmlFor="custom-type-label">Name your type</label>
              <input
                id="custom-type-label"
                value={customTypeLabel}
                maxLength={80}
                required
                placeholder="e.g. Mentoring someone who struggled"
                onChange={(event) => setCustomTypeLabel(event.target.value)}
              />
            </div>
          ) : null}
          <button
            type="submit"
            className="button button-primary"
            disabled={
              storyType === undefined || (storyType === "custom" && customTypeLabel.trim() === "")
            }
          >
            Start the builder
          </button>
        </form>
      )}
    </div>
  );
}

function StoryBuilderForm(props: {
  storyType: StoryBankType;
  customTypeLabel: string;
  onChangeType: () => void;
}) {
  const navigate = useNavigate();
  const vocabulary = useThemeVocabulary();
  const builder = STORY_BUILDERS[props.storyType];
  const [title, setTitle] = useState("");
  const [answers, setAnswers] = useState<BuilderAnswers>({});
  // Until the story is edited by hand it follows the answers; afterwards it is the user's own.
  const [editedText, setEditedText] = useState<string | undefined>();
  const [themes, setThemes] = useState<string[] | undefined>();
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const composed = composeStoryText(props.storyType, answers);
  const text = editedText ?? composed;
  // The story when a spoken part's transcript arrives, which may be later than the render that
  // started the recording.
  const latestText = useRef(text);
  useEffect(() => {
    latestText.current = text;
  }, [text]);
  const suggested = builder.suggestedThemes.filter((theme) => vocabulary.includes(theme));
  const chosenThemes = themes ?? suggested;

  async function save() {
    setSaving(true);
    setError(undefined);
    try {
      const detail = await apiRequest<StoryDetail>("/stories", {
        method: "POST",
        body: {
          title,
          storyType: props.storyType,
          customTypeLabel: props.storyType === "custom" ? props.customTypeLabel : null,
          tags,
          themes: chosenThemes,
          text,
        },
      });
      await navigate(`/stories/${detail.story.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The story could not be saved.");
      setSaving(false);
    }
  }

  const typeName =
    props.storyType === "custom" ? props.customTypeLabel : STORY_TYPE_LABELS[props.storyType];
  return (
    <form
      className="panel builder"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p className="builder-type">
        <span className="pill">{typeName}</span> {builder.intro}{" "}
        <button type="button" className="link-button" onClick={props.onChangeType}>
          Change type
        </button>
      </p>
      <div className="field">
        <label htmlFor="story-title">Title</label>
        <input
          id="story-title"
          value={title}
          maxLength={200}
          required
          placeholder="A few words you will recognise it by"
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>

      <fieldset className="builder-prompts">
        <legend>The guided builder</legend>
        {builder.prompts.map((prompt, index) => (
          <div key={prompt.aspect} className="field prompt-field">
            <label htmlFor={`prompt-${prompt.aspect}`}>
              <span className="prompt-number">{index + 1}</span> {prompt.question}
            </label>
            <p className="field-hint" id={`prompt-${prompt.aspect}-hint`}>
              {prompt.hint}
            </p>
            <textarea
              id={`prompt-${prompt.aspect}`}
              rows={3}
              aria-describedby={`prompt-${prompt.aspect}-hint`}
              value={answers[prompt.aspect] ?? ""}
              onChange={(event) => setAnswers({ ...answers, [prompt.aspect]: event.target.value })}
            />
          </div>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor="story-text">Your story</label>
        <p className="field-hint" id="story-text-hint">
          {editedText === undefined
            ? "Composed from your answers as you write them. Edit it freely."
            : "Edited by hand: your answers no longer change it."}
        </p>
        <textarea
          id="story-text"
          rows={12}
          aria-describedby="story-text-hint"
          value={text}
          onChange={(event) => setEditedText(event.target.value)}
        />
        {/* Told aloud, the transcript joins the story as a hand edit, to be read and corrected. */}
        <RecordAnswer
          onTranscript={(spoken) => setEditedText(joinTranscript(latestText.current, spoken))}
        />
        {editedText !== undefined && editedText !== composed ? (
          <button type="button" className="link-button" onClick={() => setEditedText(undefined)}>
            Recompose from my answers (discards hand edits)
          </button>
        ) : null}
      </div>

      <ThemePicker
        vocabulary={vocabulary}
        selected={chosenThemes}
        suggested={suggested}
        onChange={setThemes}
      />
      <TagsField id="story-tags" tags={tags} onChange={setTags} />

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? "Saving…" : "Save story"}
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
