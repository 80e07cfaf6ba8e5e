import { useEffect, useRef, useState } from "react";
import { speechFeedback } from "../../core/speech/speech-feedback.ts";
import type { StoredVideo } from "../speech/video-store.ts";
import { formatElapsed } from "./answer-timer.tsx";
import { SpeechTranscript } from "./speech-transcript.tsx";

/**
 * A kept video beside its transcript: the word being said is highlighted as it plays, and a word,
 * filler, hedge or pause jumps the video to that moment.
 */
export function VideoPlayback(props: {
  video: StoredVideo;
  transcribing: boolean;
  onDelete: () => void;
}) {
  const { video } = props;
  const element = useRef<HTMLVideoElement & HTMLAudioElement>(null);
  // A spoken answer kept without a camera: its sound alone, in an audio player.
  const soundOnly = video.video.type.startsWith("audio/");
  const [timeS, setTimeS] = useState(0);

  useEffect(() => {
    const player = element.current;
    if (player === null) return;
    const url = URL.createObjectURL(video.video);
    const unmend = mendDuration(player);
    player.src = url;
    return () => {
      unmend();
      player.removeAttribute("src");
      URL.revokeObjectURL(url);
    };
  }, [video.video]);

  useEffect(() => {
    const player = element.current;
    if (player === null) return;
    // timeupdate comes about four times a second; a frame clock keeps the highlight on the word.
    let frame = 0;
    const follow = () => {
      setTimeS(player.currentTime);
      if (!player.paused) frame = requestAnimationFrame(follow);
    };
    const onPlay = () => {
      frame = requestAnimationFrame(follow);
    };
    const onSeeked = () => setTimeS(player.currentTime);
    player.addEventListener("play", onPlay);
    player.addEventListener("seeked", onSeeked);
    return () => {
      cancelAnimationFrame(frame);
      player.removeEventListener("play", onPlay);
      player.removeEventListener("seeked", onSeeked);
    };
  }, []);

  function seek(seconds: number) {
    const player = element.current;
    if (player === null) return;
    player.currentTime = Math.max(0, seconds);
    setTimeS(player.currentTime);
  }

  return (
    <div className="video-playback">
      <div className="video-playback-media">
        {soundOnly ? (
          <audio ref={element} controls aria-label="Your recorded answer" />
        ) : (
          <video ref={element} controls playsInline aria-label="Your recorded answer" />
        )}
        <p className="field-hint">
          Recorded {new Date(video.createdAt).toLocaleString()},{" "}
          {formatElapsed(Math.floor(video.durationS))} long. Kept only in this browser.
        </p>
        <button type="button" className="button button-quiet" onClick={props.onDelete}>
          {soundOnly ? "Delete this recording" : "Delete this video"}
        </button>
      </div>
      <div className="video-playback-transcript">
        <h3>What was heard</h3>
        {video.speech === undefined ? (
          <p className="field-hint">
            {props.transcribing ? "Transcribing its sound…" : "No transcript for this video."}
          </p>
        ) : (
          <>
            <SpeechTranscript
              transcript={video.speech.transcript}
              words={video.speech.words}
              currentTimeS={timeS}
              onSeek={seek}
            />
            <ul className="speech-notes">
              {speechFeedback(video.speech.metrics).map((note) => (
                <li
                  key={note.metric}
                  className={note.level === "note" ? "speech-note" : "speech-ok"}
                >
                  {note.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

/**
 * Chrome writes WebM from MediaRecorder without a duration, so the element reports Infinity and
 * its seek bar does not work. Seeking once far past the end makes the browser find the real end
 * and update the duration; then playback goes back to the start. Returns the listener's removal.
 */
function mendDuration(player: HTMLMediaElement): () => void {
  const onMetadata = () => {
    if (Number.isFinite(player.duration)) return;
    const onDuration = () => {
      if (!Number.isFinite(player.duration)) return;
      player.removeEventListener("durationchange", onDuration);
      player.currentTime = 0;
    };
    player.addEventListener("durationchange", onDuration);
    player.currentTime = Number.MAX_SAFE_INTEGER;
  };
  player.addEventListener("loadedmetadata", onMetadata);
  return () => player.removeEventListener("loadedmetadata", onMetadata);
}
