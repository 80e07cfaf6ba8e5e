import { useEffect, useRef, useState } from "react";
import type { SpeechAnalysis, SpeechStatus } from "../../core/api/speech.ts";
import { createPauseDetector } from "../../core/speech/pause-detector.ts";
import { speechFeedback } from "../../core/speech/speech-feedback.ts";
import { ApiError } from "../api/client.ts";
import { fetchSpeechStatus, transcribeRecording } from "../api/speech.ts";
import { type Recording, RecorderError, startRecording } from "../speech/recorder.ts";
import { formatElapsed } from "./answer-timer.tsx";
import { SpeechTranscript } from "./speech-transcript.tsx";
import { ErrorNote } from "./status.tsx";

type Phase = "idle" | "starting" | "recording" | "transcribing";

/** A transcribed recording: what the engine heard, and the sound itself, still only in this tab. */
export interface SpokenAnswer {
  readonly speech: SpeechAnalysis;
  readonly wav: Blob;
}

/** How long a silence after speech ends the answer, when the candidate asks for that. */
const PAUSE_MS = 3_000;
const STOP_ON_PAUSE_KEY = "candor:stop-on-pause";

/**
 * Answer aloud: records from the microphone with a level meter, sends the recording to Candor's
 * own server to be transcribed by the configured engine, and hands the transcript to the page to
 * put where typed text goes (editable before it is analysed). Says which engine runs and whether
 * the audio leaves the machine; with no engine, says how to enable one and typing works as before.
 */
export function RecordAnswer(props: {
  onTranscript: (transcript: string) => void;
  onSpeech?: (spoken: SpokenAnswer) => void;
  /**
   * A hands-free interview: the choice, shown beside the recorder, and `listenFor`, which starts a
   * recording that ends at a pause each time it changes to a new turn (undefined: not listening).
   */
  handsFree?: { on: boolean; onChange: (on: boolean) => void; listenFor: string | undefined };
}) {
  const [status, setStatus] = useState<SpeechStatus | undefined>();
  const [phase, setPhase] = useState<Phase>("idle");
  const [level, setLevel] = useState(0);
  const [startedAt, setStartedAt] = useState(0);
  const [now, setNow] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const recording = useRef<Recording | undefined>(undefined);
  const [stopOnPause, setStopOnPause] = useState(() => {
    try {
      return window.localStorage.getItem(STOP_ON_PAUSE_KEY) === "on";
    } catch {
      return false;
    }
  });
  // The pause detector ends the answer from inside the recorder's callback: through a ref, so it
  // always calls this render's stop.
  const stopLatest = useRef<() => Promise<void>>(() => Promise.resolve());
  // The turn a hands-free recording was last started for: each turn is listened to once.
  const listenedFor = useRef<string | undefined>(undefined);
  const handsFreeOn = props.handsFree?.on === true;

  useEffect(() => {
    const controller = new AbortController();
    fetchSpeechStatus(controller.signal).then(setStatus, (cause: unknown) => {
      if (cause instanceof DOMException && cause.name === "AbortError") return;
      setStatus({ available: false, message: "Candor's server did not say which engine it has." });
    });
    return () => {
      controller.abort();
      recording.current?.cancel();
    };
  }, []);

  useEffect(() => {
    if (phase !== "recording") return;
    const timer = window.setInterval(() => setNow(performance.now()), 250);
    return () => window.clearInterval(timer);
  }, [phase]);

  async function start() {
    setError(undefined);
    setPhase("starting");
    try {
      const pauses =
        stopOnPause || handsFreeOn ? createPauseDetector({ pauseMs: PAUSE_MS }) : undefined;
      recording.current = await startRecording((heard) => {
        setLevel(heard);
        if (pauses?.push(heard, performance.now()) === true) void stopLatest.current();
      });
      const at = performance.now();
      setStartedAt(at);
      setNow(at);
      setPhase("recording");
    } catch (cause) {
      setPhase("idle");
      setError(cause instanceof RecorderError ? cause.message : "The recording could not start.");
    }
  }

  async function stop() {
    const current = recording.current;
    recording.current = undefined;
    if (current === undefined) return;
    setPhase("transcribing");
    setLevel(0);
    try {
      const { wav, durationS } = await current.stop();
      if (durationS < 0.5) {
        setError("That recording was too short to transcribe. Record again and speak a little.");
        return;
      }
      const speech = await transcribeRecording(wav);
      if (speech.transcript.trim() === "") {
        setError("No words were heard. Check the microphone's level and record again.");
        return;
      }
      props.onTranscript(speech.transcript);
      props.onSpeech?.({ speech, wav: new Blob([wav.slice()], { type: "audio/wav" }) });
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : "The recording could not be sent.");
    } finally {
      setPhase("idle");
    }
  }

  useEffect(() => {
    stopLatest.current = stop;
  });

  // Hands-free: a new turn to answer starts a recording by itself, once the recorder is free.
  const listenFor = props.handsFree?.listenFor;
  useEffect(() => {
    if (listenFor === undefined || status?.available !== true || phase !== "idle") return;
    if (listenedFor.current === listenFor) return;
    listenedFor.current = listenFor;
    void start();
    // start reads this render's choices; only a new turn, the engine or a free recorder start it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listenFor, status?.available, phase]);

  function chooseStopOnPause(on: boolean) {
    setStopOnPause(on);
    try {
      window.localStorage.setItem(STOP_ON_PAUSE_KEY, on ? "on" : "off");
    } catch {
      // A browser that keeps nothing still stops on a pause for this page.
    }
  }

  if (status === undefined) return null;
  if (!status.available) {
    return (
      <section className="record-answer" aria-label="Answer aloud">
        <p className="record-answer-engine">Answering aloud is off on this server.</p>
        <p className="field-hint">{status.message}</p>
      </section>
    );
  }

  const seconds = phase === "recording" ? Math.floor((now - startedAt) / 1000) : 0;
  return (
    <section className="record-answer" aria-label="Answer aloud">
      <div className="record-answer-controls">
        {phase === "recording" ? (
          <button type="button" className="record-button recording" onClick={() => void stop()}>
            Stop and transcribe
          </button>
        ) : (
          <button
            type="button"
            className="record-button"
            disabled={phase !== "idle"}
            onClick={() => void start()}
          >
            {phase === "transcribing" ? "Transcribing…" : "Record an answer"}
          </button>
        )}
        {phase === "recording" ? (
          <>
            <meter
              className="record-level"
              aria-label="Microphone level"
              min={0}
              max={1}
              low={0.05}
              high={0.8}
              optimum={0.3}
              value={level}
            />
            <span role="timer">{formatElapsed(seconds)}</span>
          </>
        ) : null}
        {props.handsFree === undefined ? null : (
          <label className="record-answer-option">
            <input
              type="checkbox"
              checked={props.handsFree.on}
              onChange={(event) => props.handsFree?.onChange(event.currentTarget.checked)}
            />{" "}
            Hands-free: listen after each question, send when I pause
          </label>
        )}
        {phase === "idle" && !handsFreeOn ? (
          <label className="record-answer-option">
            <input
              type="checkbox"
              checked={stopOnPause}
              onChange={(event) => chooseStopOnPause(event.currentTarget.checked)}
            />{" "}
            Stop when I pause for {PAUSE_MS / 1000} seconds
          </label>
        ) : null}
      </div>
      <p className="record-answer-engine field-hint">
        Transcribed by {status.engine}.{" "}
        {status.leavesMachine === undefined
          ? "The audio does not leave this machine, and the server keeps no copy."
          : `The audio is sent to ${status.leavesMachine} to be transcribed; Candor keeps no copy.`}
      </p>
      <ErrorNote>{error}</ErrorNote>
    </section>
  );
}

/** A transcript joined to what was already typed: after it as a new paragraph, or alone. */
export function joinTranscript(typed: string, transcript: string): string {
  return typed.trim() === "" ? transcript : `${typed}\n\n${transcript}`;
}

/**
 * The speech figures, each with its plain-language note, and the recording to listen back to.
 * With `onKeep`, the recording can be kept in this browser beside the videos.
 */
export function HowItSounded(props: { spoken: SpokenAnswer; onKeep?: () => Promise<void> }) {
  const { speech, wav } = props.spoken;
  const { metrics } = speech;
  const notes = speechFeedback(metrics);
  const player = useRef<HTMLAudioElement>(null);
  const [kept, setKept] = useState<"no" | "keeping" | "yes" | "failed">("no");

  useEffect(() => {
    const element = player.current;
    if (element === null) return;
    const url = URL.createObjectURL(wav);
    element.src = url;
    setKept("no");
    return () => {
      element.removeAttribute("src");
      URL.revokeObjectURL(url);
    };
  }, [wav]);

  async function keep() {
    if (props.onKeep === undefined) return;
    setKept("keeping");
    try {
      await props.onKeep();
      setKept("yes");
    } catch {
      setKept("failed");
    }
  }

  return (
    <section className="how-it-sounded" aria-labelledby="how-it-sounded-title">
      <h2 id="how-it-sounded-title">How it sounded</h2>
      <p className="field-hint">
        {formatElapsed(Math.round(metrics.durationS))} spoken, transcribed by {speech.engine}. The
        figures come from the recording; the coach below reads the words.
      </p>
      <div className="listen-back">
        <audio ref={player} controls aria-label="Listen back to your answer" />
        {props.onKeep === undefined ? null : kept === "yes" ? (
          <p role="status" className="field-hint">
            Kept in this browser, with your videos below.
          </p>
        ) : (
          <button
            type="button"
            className="button"
            disabled={kept === "keeping"}
            onClick={() => void keep()}
          >
            Keep this recording in this browser
          </button>
        )}
        <ErrorNote>
          {kept === "failed"
            ? "The recording could not be kept in this browser. Is its storage full?"
            : undefined}
        </ErrorNote>
      </div>
      <ul className="speech-notes">
        {notes.map((note) => (
          <li key={note.metric} className={note.level === "note" ? "speech-note" : "speech-ok"}>
            {note.message}
          </li>
        ))}
      </ul>
      {speech.words.length === 0 ? null : (
        <>
          <h3>What was heard</h3>
          <SpeechTranscript transcript={speech.transcript} words={speech.words} />
        </>
      )}
    </section>
  );
}
