import { useState } from "react";
import {
  parseTagList,
  STORY_BANK_TYPES,
  STORY_TYPE_LABELS,
  type StoryBankType,
} from "../../core/stories/story-schema.ts";

/** The question bank's themes as checkboxes: they decide which questions a story covers. */
export function ThemePicker(props: {
  vocabulary: readonly string[];
  selected: readonly string[];
  suggested?: readonly string[];
  onChange: (themes: string[]) => void;
}) {
  const suggested = new Set(props.suggested ?? []);
  // Suggested themes first, so the likely ones are at hand; the rest in the pack's order.
  const ordered = [
    ...props.vocabulary.filter((theme) => suggested.has(theme)),
    ...props.vocabulary.filter((theme) => !suggested.has(theme)),
  ];
  function toggle(theme: string, checked: boolean) {
    const next = checked
      ? [...props.selected, theme]
      : props.selected.filter((item) => item !== theme);
    props.onChange(ordered.filter((item) => next.includes(item)));
  }
  return (
    <fieldset className="theme-picker">
      <legend>Themes</legend>
      <p className="field-hint" id="theme-hint">
        Themes match your story to questions: a story covers a question that shares two of them.
      </p>
      <div className="theme-options" aria-describedby="theme-hint">
        {ordered.map((theme) => (
          <label key={theme} className="theme-option">
            <input
              type="checkbox"
              checked={props.selected.includes(theme)}
              onChange={(event) => toggle(theme, event.target.checked)}
            />
            <span>{theme}</span>
            {suggested.has(theme) ? <span className="visually-hidden"> (suggested)</span> : null}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Tags typed as a comma-separated list; each becomes a short slug when the field is left. */
export function TagsField(props: {
  id: string;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}) {
  const [raw, setRaw] = useState(props.tags.join(", "));
  return (
    <div className="field">
      <label htmlFor={props.id}>Tags</label>
      <input
        id={props.id}
        value={raw}
        placeholder="e.g. acme, 2024, launch"
        aria-describedby={`${props.id}-hint`}
        onChange={(event) => {
          setRaw(event.target.value);
          props.onChange(parseTagList(event.target.value));
        }}
        onBlur={() => setRaw(parseTagList(raw).join(", "))}
      />
      <p className="field-hint" id={`${props.id}-hint`}>
        Your own labels, separated by commas: a company, a year, a project.
      </p>
    </div>
  );
}

/** A select of every story type, and the label field when the type is the user's own. */
export function StoryTypeFields(props: {
  idPrefix: string;
  storyType: StoryBankType;
  customTypeLabel: string;
  onTypeChange: (type: StoryBankType) => void;
  onLabelChange: (label: string) => void;
}) {
  return (
    <div className="story-type-fields">
      <div className="field">
        <label htmlFor={`${props.idPrefix}-type`}>Story type</label>
        <select
          id={`${props.idPrefix}-type`}
          value={props.storyType}
          onChange={(event) => props.onTypeChange(event.target.value as StoryBankType)}
        >
          {STORY_BANK_TYPES.map((type) => (
            <option key={type} value={type}>
              {STORY_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </div>
      {props.storyType === "custom" ? (
        <div className="field">
          <label htmlFor={`${props.idPrefix}-label`}>Name your type</label>
          <input
            id={`${props.idPrefix}-label`}
            value={props.customTypeLabel}
            maxLength={80}
            required
            onChange={(event) => props.onLabelChange(event.target.value)}
          />
        </div>
      ) : null}
    </div>
  );
}

/** The overall score and how the version reads, compactly. */
export function ScoreBadge(props: { overall: number; readsAs: string }) {
  return (
    <span className={`score-badge reads-as-${props.readsAs}`}>
      <strong>{props.overall}</strong>/5
      <span className="visually-hidden"> overall, reads as {props.readsAs}</span>
    </span>
  );
}
