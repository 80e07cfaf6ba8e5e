import { useEffect, useRef, useState } from "react";
import { ApiError } from "../api/client.ts";
import { fetchSpeechStatus, transcribeRecording } from "../api/speech.ts";
import { RecorderError } from "../speech/recorder.ts";
import {
  startVideoRecording,
  videoSoundAsWav,
  type VideoRecording,
} from "../speech/video-capture.ts";
import {
  askToPersistOnce,
  deleteVideo,
  listVideos,
  RECORDING_KEPT_EVENT,
  saveVideo,
  type StoredVideo,
} from "../speech/video-store.ts";
import { formatElapsed } from "./answer-timer.tsx";
import { ErrorNote } from "./status.tsx";
import { VideoPlayback } from "./video-playback.tsx";

type Phase = "idle" | "starting" | "recording" | "saving";

/**
 * Video self-review, opt-in: records camera and microphone, keeps the video in this browser
 * (IndexedDB) and sends only its sound to Candor's own server to be transcribed, then replays it
 * beside the transcript. Nothing else leaves the browser, and each video can be deleted.
 */
export function VideoReview(props: { prompt: string }) {
  const [videos, setVideos] = useState<StoredVideo[]>([]);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [phase, setPhase] = useState<Phase>("idle");
  const [message, setMessage] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [startedAt, setStartedAt] = useState(0);
  const [now, setNow] = useState(0);
  const recording = useRef<VideoRecording | undefined>(undefined);
  const preview = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const read = () => {
      listVideos().then(
        (kept) => {
          setVideos(kept);
          setSelectedId(kept[0]?.id);
        },
        () => setError("The videos kept in this browser could not be read."),
      );
    };
    read();
    // A spoken answer kept from "How it sounded" joins the list, newest first, and is shown.
    window.addEventListener(RECORDING_KEPT_EVENT, read);
    return () => {
      window.removeEventListener(RECORDING_KEPT_EVENT, read);
      recording.current?.cancel();
    };
  }, []);

  useEffect(() => {
    if (phase !== "recording") return;
    if (preview.current !== null && recording.current !== undefined) {
      preview.current.srcObject = recording.current.stream;
    }
    const timer = window.setInterval(() => setNow(performance.now()), 250);
    return () => window.clearInterval(timer);
  }, [phase]);

  async function start() {
    setError(undefined);
    setMessage(undefined);
    setPhase("starting");
    try {
      recording.current = await startVideoRecording();
      void askToPersistOnce();
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
    setPhase("saving");
    try {
      const { video, durationS } = await current.stop();
      const stored: StoredVideo = {
        id: crypto.randomUUID(),
        createdAt: new Date().toISOString(),
        prompt: props.prompt,
        video,
        durationS,
      };
      await saveVideo(stored);
      setVideos((kept) => [stored, ...kept]);
      setSelectedId(stored.id);
      const transcribed = await transcribe(stored);
      if (transcribed !== undefined) {
        await saveVideo(transcribed);
        setVideos((kept) => kept.map((v) => (v.id === transcribed.id ? transcribed : v)));
      }
    } catch {
      setError("The video could not be kept in this browser. Is its storage full?");
    } finally {
      setPhase("idle");
    }
  }

  /** The video with its words, or undefined (and a message saying why) when there are none. */
  async function transcribe(video: StoredVideo): Promise<StoredVideo | undefined> {
    const status = await fetchSpeechStatus().catch(() => undefined);
    if (status === undefined || !status.available) {
      setMessage("The video is kept, but this server has no speech engine to transcribe it.");
      return undefined;
    }
    try {
      const speech = await transcribeRecording(await videoSoundAsWav(video.video));
      if (speech.words.length === 0) {
        setMessage("The video is kept, but no words were heard in it.");
        return undefined;
      }
      return { ...video, speech };
    } catch (cause) {
      setMessage(
        cause instanceof ApiError
          ? `The video is kept, but it was not transcribed: ${cause.message}`
          : "The video is kept, but its sound could not be read to transcribe it.",
      );
      return undefined;
    }
  }

  async function remove(id: string) {
    try {
      await deleteVideo(id);
      setVideos((kept) => kept.filter((v) => v.id !== id));
      setSelectedId(undefined);
      setMessage("The video was deleted from this browser.");
    } catch {
      setError("The video could not be deleted.");
    }
  }

  const selected = videos.find((v) => v.id === selectedId) ?? videos[0];
  const seconds = phase === "recording" ? Math.floor((now - startedAt) / 1000) : 0;
  return (
    <section className="video-review" aria-labelledby="video-review-title">
      <h2 id="video-review-title">Review yourself on video</h2>
      <p className="field-hint">
        Optional. Records the camera and microphone; the video stays in this browser, and only its
        sound goes to Candor&apos;s own server to be transcribed, which keeps no copy.
      </p>
      <div className="record-answer-controls">
        {phase === "recording" ? (
          <button type="button" className="record-button recording" onClick={() => void stop()}>
            Stop recording
          </button>
        ) : (
          <button
            type="button"
            className="record-button"
            disabled={phase !== "idle"}
            onClick={() => void start()}
          >
            {phase === "saving" ? "Saving and transcribing…" : "Record on video"}
          </button>
        )}
        {phase === "recording" ? <span role="timer">{formatElapsed(seconds)}</span> : null}
      </div>
      {phase === "recording" ? (
        <video
          ref={preview}
          className="video-preview"
          aria-label="Camera preview"
          autoPlay
          muted
          playsInline
        />
      ) : null}
      {message === undefined ? null : <p role="status">{message}</p>}
      <ErrorNote>{error}</ErrorNote>
      {videos.length > 1 ? (
        <div className="field">
          <label htmlFor="video-review-choice">Kept recordings</label>
          <select
            id="video-review-choice"
            value={selected?.id}
            onChange={(event) => setSelectedId(event.target.value)}
          >
            {videos.map((v) => (
              <option key={v.id} value={v.id}>
                {new Date(v.createdAt).toLocaleString()} · {formatElapsed(Math.floor(v.durationS))}
                {v.prompt === "" ? "" : ` · ${v.prompt.slice(0, 60)}`}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {selected === undefined || phase === "recording" ? null : (
        <VideoPlayback
          key={selected.id}
          video={selected}
          transcribing={phase === "saving"}
          onDelete={() => void remove(selected.id)}
        />
      )}
    </section>
  );
}
