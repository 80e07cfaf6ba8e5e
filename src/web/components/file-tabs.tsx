import { useState, type KeyboardEvent } from "react";

export interface FileTabsProps {
  /** The files' paths, in the order their tabs show. */
  paths: readonly string[];
  active: string;
  onSelect: (path: string) => void;
  /** The accessible name of the tab list ("Files of the codebase"). */
  label: string;
  /** The id of the panel the tabs control (the editor's wrapper). */
  panelId: string;
  /** Paths to mark as changed since the start ("●" and "changed" for screen readers). */
  changed?: ReadonlySet<string>;
  /** When given, a "New file" form adds a file; it returns an error to show, or undefined. */
  onCreate?: (path: string) => string | undefined;
}

/**
 * The files of a small codebase as tabs over one editor: arrow keys move between tabs (the WAI
 * tabs pattern), a changed file carries a dot, and an optional form adds a new file.
 */
export function FileTabs(props: FileTabsProps) {
  const { paths, active, onSelect, changed } = props;
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | undefined>();

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = paths.indexOf(active);
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0 || index === -1) return;
    event.preventDefault();
    const next = paths[(index + step + paths.length) % paths.length];
    if (next === undefined) return;
    onSelect(next);
    document.getElementById(tabId(props.panelId, next))?.focus();
  }

  function create() {
    const problem = props.onCreate?.(name.trim());
    if (problem !== undefined) {
      setError(problem);
      return;
    }
    setAdding(false);
    setName("");
    setError(undefined);
  }

  return (
    <div className="file-tabs">
      <div role="tablist" aria-label={props.label} className="file-tab-list" onKeyDown={onKeyDown}>
        {paths.map((path) => {
          const selected = path === active;
          return (
            <button
              key={path}
              id={tabId(props.panelId, path)}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={props.panelId}
              tabIndex={selected ? 0 : -1}
              className="file-tab"
              onClick={() => onSelect(path)}
            >
              {path}
              {changed?.has(path) === true ? (
                <span className="file-tab-changed">
                  <span aria-hidden="true"> ●</span>
                  <span className="visually-hidden"> (changed)</span>
                </span>
              ) : null}
            </button>
          );
        })}
        {props.onCreate === undefined || adding ? null : (
          <button
            type="button"
            className="button-plain file-tab-new"
            onClick={() => setAdding(true)}
          >
            New file
          </button>
        )}
      </div>
      {adding ? (
        <form
          className="file-new-form"
          onSubmit={(event) => {
            event.preventDefault();
            create();
          }}
        >
          <label htmlFor={`${props.panelId}-new-file`}>New file name</label>
          <input
            id={`${props.panelId}-new-file`}
            value={name}
            autoFocus
            onChange={(event) => setName(event.target.value)}
            aria-invalid={error !== undefined}
            aria-describedby={error === undefined ? undefined : `${props.panelId}-new-file-error`}
          />
          <button type="submit">Add</button>
          <button
            type="button"
            className="button-plain"
            onClick={() => {
              setAdding(false);
              setError(undefined);
            }}
          >
            Cancel
          </button>
          {error === undefined ? null : (
            <p id={`${props.panelId}-new-file-error`} className="inline-error">
              {error}
            </p>
          )}
        </form>
      ) : null}
    </div>
  );
}

/** The id of a file's tab, so the panel can name the tab that labels it. */
export function tabId(panelId: string, path: string): string {
  return `${panelId}-tab-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
