import { useEffect, useMemo, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import type { InterviewTranscript } from "../../core/api/interviews.ts";
import { apiRequest, ApiError } from "../api/client.ts";
import { ROUND_DETAILS, sendAnswer, STATUS_LABELS } from "../api/interviews.ts";
import { formatSavedAt } from "../api/stories.ts";
import { AnswerTimer } from "../components/answer-timer.tsx";
import {
  HowItSounded,
  joinTranscript,
  RecordAnswer,
  type SpokenAnswer,
} from "../components/record-answer.tsx";
import { useHandsFree } from "../speech/hands-free.ts";
import { useReadAloud } from "../speech/read-aloud.ts";
import {
  InterviewTranscript as TranscriptView,
  turnLabel,
  type PendingAnswer,
} from "../components/interview-transcript.tsx";
import { ErrorNote, LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";
import { tabDraftStore } from "../hooks/draft-stores.ts";
import {
  DRAFT_STATUS_TEXT,
  draftStatusLine,
  useAutosave,
  type AutosaveStatus,
} from "../hooks/use-autosave.ts";

/** The answer's draft lives in this tab, not on the server, and its status line says so. */
const TAB_DRAFT_STATUS_TEXT: Record<AutosaveStatus, string> = {
  ...DRAFT_STATUS_TEXT,
  saved: "Draft kept in this tab",
  saving: "Keeping the draft…",
  retrying: "The draft could not be kept in this tab; trying again",
  failed: "The draft could not be kept in this tab",
  unread: "The draft kept in this tab could not be read",
};

/** A mock interview: the conversation so far, the open turn and the answer box. */
export function InterviewPage() {
  const { id = "" } = useParams();
  const state = useApi<InterviewTranscript>(`/interviews/${encodeURIComponent(id)}`);
  if (state.status === "loading") return <Loading what="the interview" />;
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
  // The session owns the transcript from here on; a new interview starts a fresh session.
  return <InterviewSession key={state.data.id} initial={state.data} />;
}

/**
 * When the open turn was asked, on this page's `performance.now()` clock: the server says when it
 * asked the turn and what its clock read when it answered, so neither a reload nor a browser clock
 * that differs from the server's moves the answer timer.
 */
function openTurnAskedAt(transcript: InterviewTranscript, receivedAt: number): number {
  const askedAt = transcript.turns.at(-1)?.askedAt;
  if (askedAt === undefined) return receivedAt;
  const waited = Date.parse(transcript.serverTime) - Date.parse(askedAt);
  return Number.isFinite(waited) ? receivedAt - Math.max(0, waited) : receivedAt;
}

/** "Question 2 of 4" while the interview runs: the main question under discussion, of the plan. */
function questionProgress(transcript: InterviewTranscript): string {
  const asked = transcript.turns.filter((turn) => turn.kind === "question").length;
  const total = String(transcript.questions);
  return transcript.status === "active" && transcript.turns.at(-1)?.kind !== "end"
    ? `Question ${String(asked)} of ${total}`
    : `${String(asked)} of ${total} questions asked`;
}

function InterviewSession(props: { initial: InterviewTranscript }) {
  const { id, round, createdAt } = props.initial;
  const [transcript, setTranscript] = useState(props.initial);
  // The open turn's index and when it was asked, on the performance.now() clock.
  const [asked, setAsked] = useState(() => ({
    turn: props.initial.turns.length - 1,
    at: openTurnAskedAt(props.initial, performance.now()),
  }));
  const [pending, setPending] = useState<PendingAnswer | undefined>();
  // The answer being typed is kept in this tab, so a reload brings it back.
  const draftKey = `candor:interview-draft:${id}`;
  const draftStore = useMemo(() => tabDraftStore(draftKey), [draftKey]);
  const answerDraft = useAutosave(draftKey, "", draftStore);
  const { value: draft, setValue: setDraft } = answerDraft;
  // What is in the box when a spoken answer's transcript arrives, which may be later than the
  // render that started the recording.
  const latestDraft = useRef(draft);
  useEffect(() => {
    latestDraft.current = draft;
  }, [draft]);
  // The last spoken answer's figures, until the next turn.
  const [spoken, setSpoken] = useState<SpokenAnswer | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState("");
  const readAloud = useReadAloud();
  const handsFree = useHandsFree();
  const answerRef = useRef<HTMLTextAreaElement>(null);
  const reportRef = useRef<HTMLAnchorElement>(null);

  const { turns, status } = transcript;
  const last = turns.at(-1);
  const ended = status === "finished" || last?.kind === "end";
  const open = status === "active" && !ended && last?.answer === undefined ? last : undefined;

  // After every new turn (and on arrival) the keyboard is where the next step is.
  useEffect(() => {
    if (ended) reportRef.current?.focus();
    else answerRef.current?.focus();
  }, [turns.length, ended]);

  const path = `/interviews/${encodeURIComponent(id)}`;

  /** Shows the server's transcript; a turn this page has not timed yet is timed by its clock. */
  function adopt(latest: InterviewTranscript) {
    const receivedAt = performance.now();
    setTranscript(latest);
    setAsked((current) =>
      current.turn === latest.turns.length - 1
        ? current
        : { turn: latest.turns.length - 1, at: openTurnAskedAt(latest, receivedAt) },
    );
  }

  async function reload(note: string) {
    try {
      adopt(await apiRequest<InterviewTranscript>(path));
      setError(`${note} The transcript has been reloaded.`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : note);
    }
  }

  /**
   * Takes the server's transcript as it stands. The API takes an answer for whatever turn is open
   * on the server, so an interview answered in two tabs can differ from this page; this settles it.
   */
  async function sync() {
    try {
      adopt(await apiRequest<InterviewTranscript>(path));
    } catch {
      // The page already shows the turn the server sent back; the next answer syncs again.
    }
  }

  /** Sends the answer in the box, or `spoken` joined to it when a hands-free answer ends. */
  async function submit(spoken?: string) {
    if (pending !== undefined || open === undefined) return;
    const text = spoken === undefined ? draft : joinTranscript(latestDraft.current, spoken);
    setError(undefined);
    setPending({ text, streamed: "" });
    // Written by the stream's callback, read after it: an object, so the compiler sees it change.
    const progress = { recorded: false };
    try {
      const result = await sendAnswer(id, text, turns.length - 1, {
        onAnalysis: (analysis) => {
          // The server has the answer now: the draft has done its job.
          progress.recorded = true;
          setDraft("");
          setSpoken(undefined);
          setPending((current) => current && { ...current, analysis });
        },
        onText: (streamed) => setPending((current) => current && { ...current, streamed }),
      });
      const questions = turns.filter((turn) => turn.kind === "question").length;
      // The turn was asked just now: its time starts as it arrives.
      setAsked({ turn: turns.length, at: performance.now() });
      setTranscript((current) => ({
        ...current,
        status: result.turn.kind === "end" ? "finished" : current.status,
        turns: [
          ...current.turns.slice(0, -1),
          ...current.turns.slice(-1).map((turn) => ({
            ...turn,
            answer: { text, analysis: result.analysis },
          })),
          result.turn,
        ],
      }));
      setAnnouncement(
        `${turnLabel(result.turn, questions + 1, transcript.questions)} from the interviewer: ${result.turn.text}` +
          (result.turn.notice === undefined ? "" : ` ${result.turn.notice}`),
      );
      readAloud.speak(result.turn.text);
      void sync();
    } catch (caught) {
      const apiError =
        caught instanceof ApiError ? caught : new ApiError(0, "unknown", "Something went wrong.");
      // A 409 means the server's transcript moved on without this page; so does an answer that
      // was recorded before the stream broke. Either way the server's transcript is the truth.
      if (apiError.status === 409 || progress.recorded) await reload(apiError.message);
      else setError(apiError.message);
    } finally {
      setPending(undefined);
    }
  }

  return (
    <article className="page interview">
      <p className="breadcrumb">
        <Link to="/interviews">Interviews</Link>
      </p>
      <header className="page-header">
        <h1>{ROUND_DETAILS[round].name}</h1>
        <div className="story-meta">
          <span className={`pill status-pill status-${status}`}>{STATUS_LABELS[status]}</span>
          <span className="interview-progress">{questionProgress(transcript)}</span>
          <span>Mock interview · started {formatSavedAt(createdAt)}</span>
        </div>
      </header>

      <ReadAloudToggle readAloud={readAloud} current={open?.text} />

      <TranscriptView
        turns={turns}
        questionCount={transcript.questions}
        pending={pending}
        active={status === "active"}
      />
      {/* Screen readers hear each new interviewer turn once, whole, when it has arrived. */}
      <div
        className="visually-hidden"
        role="status"
        aria-label="Latest interviewer turn"
        aria-atomic="true"
      >
        {announcement}
      </div>

      {open !== undefined ? (
        <form
          className="practice-form answer-form"
          aria-label="Answer"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <div className="field">
            <div className="answer-form-top">
              <label htmlFor="interview-answer">Your answer</label>
              <AnswerTimer
                key={turns.length}
                askedAt={asked.turn === turns.length - 1 ? asked.at : undefined}
                running={pending === undefined}
              />
            </div>
            <textarea
              id="interview-answer"
              ref={answerRef}
              rows={7}
              value={draft}
              readOnly={pending !== undefined || answerDraft.status === "loading"}
              aria-describedby="interview-answer-hint"
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
                  event.preventDefault();
                  void submit();
                }
              }}
            />
            <p className="field-hint" id="interview-answer-hint">
              {countWords(draft)} words · about {(countWords(draft) / 150).toFixed(1)} min spoken ·
              Ctrl+Enter (⌘+Enter on a Mac) submits
            </p>
            {draft === "" ? null : (
              <p className="draft-status" role="status">
                {draftStatusLine(answerDraft, TAB_DRAFT_STATUS_TEXT)}
              </p>
            )}
          </div>
          {/* Spoken, the transcript lands in the box to be read and edited before it is sent. */}
          <RecordAnswer
            onTranscript={(spoken) => {
              if (handsFree.on) {
                void submit(spoken);
                return;
              }
              setDraft(joinTranscript(latestDraft.current, spoken));
            }}
            onSpeech={setSpoken}
            handsFree={{
              on: handsFree.on,
              onChange: handsFree.setOn,
              // Listens once the turn is on screen and read out, and nothing is being sent.
              listenFor:
                handsFree.on && pending === undefined && !readAloud.speaking
                  ? String(turns.length)
                  : undefined,
            }}
          />
          <div className="form-actions">
            <button
              type="submit"
              className="button button-primary"
              disabled={pending !== undefined}
            >
              {pending === undefined ? "Submit" : "Sending…"}
            </button>
            {error === undefined ? null : (
              <p role="alert" className="inline-error">
                {error}
              </p>
            )}
          </div>
        </form>
      ) : null}

      {open !== undefined && spoken !== undefined ? <HowItSounded spoken={spoken} /> : null}

      {open === undefined && error !== undefined ? <ErrorNote>{error}</ErrorNote> : null}

      {ended ? (
        <section className="panel interview-closing" aria-label="Interview over">
          <p>
            The interview is over. The report scores every answer and picks out what to fix first.
          </p>
          <Link ref={reportRef} className="button button-primary" to={`/interviews/${id}/report`}>
            Read your report
          </Link>
        </section>
      ) : null}

      {status === "abandoned" ? (
        <section className="panel interview-closing" aria-label="Interview stopped">
          <p>
            You stopped this interview before the end. The transcript stays here until you delete
            it.
          </p>
          <Link className="button" to="/interviews">
            Start another interview
          </Link>
        </section>
      ) : null}
    </article>
  );
}

function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}

/** "Read the interviewer aloud", where the browser has a voice; the text is always shown too. */
function ReadAloudToggle({
  readAloud,
  current,
}: {
  readAloud: ReturnType<typeof useReadAloud>;
  current: string | undefined;
}) {
  if (!readAloud.available) {
    return (
      <p className="field-hint read-aloud">
        Reading the interviewer aloud needs a voice from your browser, and this one offers none.
      </p>
    );
  }
  return (
    <label className="read-aloud">
      <input
        type="checkbox"
        checked={readAloud.enabled}
        onChange={(event) => readAloud.setEnabled(event.currentTarget.checked, current)}
      />{" "}
      Read the interviewer&apos;s turns aloud
    </label>
  );
}
