import { useState } from "react";
import { Link } from "react-router";
import type { Evidence, FlagCode } from "../../core/analysis/index.ts";
import type { ReadingList, ReadingNote, ReadingWithNote } from "../../core/api/reading-notes.ts";
import { MAX_READING_NOTE_CHARS } from "../../core/reading/reading-notes.ts";
import { apiRequest, ApiError } from "../api/client.ts";
import { FLAG_NAMES } from "../api/progress.ts";
import { formatSavedAt } from "../api/stories.ts";
import { ErrorNote, LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";
import { usePrimaryPack } from "../hooks/use-pack.ts";

/**
 * Notes on the guide's reading list: for each reading, what it is, the questions to argue with,
 * and the candidate's note, which the coach checks for a view of their own and a critique.
 */
export function ReadingNotesPage() {
  const pack = usePrimaryPack();
  const list = useApi<ReadingList>(
    pack.status === "ready" ? `/packs/${pack.data.id}/readings` : undefined,
  );
  return (
    <div className="page reading-notes">
      <header className="page-header">
        <h1>Reading notes</h1>
        <p className="lede">
          Interviewers can tell a piece of work you have cited from one you have thought about. For
          each reading, write where you stand and one thing you doubt, with the reason. The coach
          checks every note for both, and quotes what it found.
        </p>
      </header>
      {pack.status === "error" ? <LoadError error={pack.error} onRetry={pack.reload} /> : null}
      {list.status === "loading" ? <Loading what="the reading list" /> : null}
      {list.status === "error" ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.status === "ready" ? (
        <>
          {list.data.sectionId === null ? null : (
            <p>
              <Link to={`/guide/${list.data.sectionId}`}>Read the reading list in the guide</Link>
            </p>
          )}
          {list.data.readings.map((reading) => (
            <ReadingCard
              // A reload after a save elsewhere brings a new version: the card starts again from it.
              key={`${reading.id}:${String(reading.note?.version ?? 0)}`}
              packId={list.data.packId}
              reading={reading}
              onReload={list.reload}
            />
          ))}
        </>
      ) : null}
    </div>
  );
}

function ReadingCard(props: { packId: string; reading: ReadingWithNote; onReload: () => void }) {
  const { reading } = props;
  const [note, setNote] = useState<ReadingNote | null>(reading.note);
  const [text, setText] = useState(reading.note?.text ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [stale, setStale] = useState(false);
  const id = `note-${reading.id}`;

  async function save() {
    setBusy(true);
    setError(undefined);
    try {
      const saved = await apiRequest<ReadingNote>(
        `/packs/${props.packId}/readings/${reading.id}/note`,
        { method: "PUT", body: { text, version: note?.version ?? null } },
      );
      setNote(saved);
      setStale(false);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The note was not saved.");
      setStale(caught instanceof ApiError && caught.code === "edited-elsewhere");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel reading-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{reading.title}</h2>
      <p className="muted">{reading.about}</p>
      <details>
        <summary>Questions to work through</summary>
        <ul>
          {reading.questions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </details>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor={id}>Your note on {reading.title}</label>
          <textarea
            id={id}
            rows={5}
            maxLength={MAX_READING_NOTE_CHARS}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
        </div>
        <ErrorNote>{error}</ErrorNote>
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || text.trim() === ""}
          >
            {note === null ? "Save and check" : "Save and check again"}
          </button>
          {stale ? (
            <button type="button" className="button" onClick={props.onReload}>
              Reload it
            </button>
          ) : null}
          {note === null ? null : (
            <span className="muted">Saved {formatSavedAt(note.updatedAt)}</span>
          )}
        </div>
      </form>
      {note === null ? null : <NoteCheck note={note} />}
    </section>
  );
}

/** The flags that matter in a note: what it performs or claims emptily, or a note on another topic. */
const NOTE_FLAGS = new Set<FlagCode>(["alignment-signaling", "hollow", "off-topic"]);

/** What the coach found: the view and the critique quoted, or what is missing, and any flags. */
function NoteCheck(props: { note: ReadingNote }) {
  const { check } = props.note;
  const flags = check.analysis.flags.filter((flag) => NOTE_FLAGS.has(flag.code));
  return (
    <div className="reading-check" aria-label="What the coach found">
      <p className={check.complete ? "reading-verdict complete" : "reading-verdict"}>
        {check.complete
          ? "This note states a view and a critique."
          : "This note is not finished yet:"}
      </p>
      {check.missing.length === 0 ? null : (
        <ul className="reading-missing">
          {check.missing.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <Quoted label="Your view" evidence={check.view} />
      <Quoted label="Your critique" evidence={check.critique} />
      {flags.length === 0 ? null : (
        <p className="muted">
          Also flagged: {flags.map((flag) => FLAG_NAMES[flag.code]).join(", ")}. {flags[0]?.message}
        </p>
      )}
    </div>
  );
}

function Quoted(props: { label: string; evidence: Evidence[] }) {
  if (props.evidence.length === 0) return null;
  return (
    <div className="reading-quotes">
      <h3>{props.label}</h3>
      <ul>
        {props.evidence.map((item) => (
          <li key={`${String(item.start)}-${String(item.end)}`}>
            <q>{item.quote}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}
