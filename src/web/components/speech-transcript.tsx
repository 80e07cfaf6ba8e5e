import { type ReactNode, useMemo } from "react";
import { markSpeech, type MarkedWord } from "../../core/speech/speech-marks.ts";
import type { TimedWord } from "../../core/speech/speech-metrics.ts";

/**
 * The transcript word by word, with fillers, hedges and pauses of a second or more marked by
 * shape as well as colour (a legend says which is which, and screen readers hear the mark).
 * Given the playback time it highlights the word being said; given `onSeek`, every word and mark
 * is a button that jumps there, and only the marks take a Tab stop so a long answer stays quick
 * to move through by keyboard.
 */
export function SpeechTranscript(props: {
  transcript: string;
  words: readonly TimedWord[];
  currentTimeS?: number;
  onSeek?: (seconds: number) => void;
}) {
  const marked = useMemo(
    () => markSpeech(spelledLikeTranscript(props.words, props.transcript)).words,
    [props.words, props.transcript],
  );
  const current = props.currentTimeS === undefined ? -1 : wordAt(marked, props.currentTimeS);
  return (
    <div className="speech-transcript-block">
      <ul className="speech-legend" aria-label="Marks in the transcript">
        <li>
          <mark className="speech-filler">filler</mark> um, uh, a hesitating “like”
        </li>
        <li>
          <mark className="speech-hedge">hedge</mark> maybe, sort of, I guess
        </li>
        <li>
          <span className="speech-pause">pause 1.5 s</span> a silence of a second or more
        </li>
      </ul>
      <p className="speech-transcript" aria-label="Transcript with marks">
        {marked.map((word, i) => (
          <SpokenWord
            key={`${String(i)}-${String(word.start)}`}
            word={word}
            current={i === current}
            onSeek={props.onSeek}
          />
        ))}
      </p>
    </div>
  );
}

function SpokenWord(props: {
  word: MarkedWord;
  current: boolean;
  onSeek: ((seconds: number) => void) | undefined;
}) {
  const { word, onSeek } = props;
  const pauseS = word.pauseBeforeS;
  const pause =
    pauseS === undefined ? null : (
      <Seekable
        className="speech-pause"
        at={word.start - pauseS}
        onSeek={onSeek}
        focusable
        label={`Pause of ${pauseS.toFixed(1)} seconds`}
      >
        pause {pauseS.toFixed(1)} s
      </Seekable>
    );
  const text =
    word.mark === undefined ? (
      word.word
    ) : (
      <>
        <mark className={`speech-${word.mark}`}>{word.word}</mark>
        <span className="visually-hidden"> ({word.mark})</span>
      </>
    );
  return (
    <>
      {pause}{" "}
      <Seekable
        className={props.current ? "speech-word current" : "speech-word"}
        at={word.start}
        onSeek={onSeek}
        focusable={word.mark !== undefined}
        current={props.current}
      >
        {text}
      </Seekable>{" "}
    </>
  );
}

function Seekable(props: {
  className: string;
  at: number;
  onSeek: ((seconds: number) => void) | undefined;
  focusable: boolean;
  current?: boolean;
  label?: string;
  children: ReactNode;
}) {
  const { onSeek } = props;
  if (onSeek === undefined) {
    return (
      <span className={props.className} aria-label={props.label}>
        {props.children}
      </span>
    );
  }
  return (
    <button
      type="button"
      className={`${props.className} seekable`}
      tabIndex={props.focusable ? 0 : -1}
      aria-current={props.current === true ? "true" : undefined}
      aria-label={props.label}
      onClick={() => onSeek(props.at)}
    >
      {props.children}
    </button>
  );
}

/**
 * The engine's words spelled as the transcript shows them ("I", full stops) when the two line up
 * word for word, as pocketsphinx's punctuated transcript does; otherwise the engine's own words.
 */
function spelledLikeTranscript(words: readonly TimedWord[], transcript: string): TimedWord[] {
  const tokens = transcript.split(/\s+/).filter((token) => token !== "");
  if (tokens.length !== words.length) return [...words];
  return words.map((word, i) => ({ ...word, word: tokens[i] ?? word.word }));
}

/** The index of the word being said at `seconds`: the last one to have started. */
function wordAt(words: readonly MarkedWord[], seconds: number): number {
  let found = -1;
  for (const [i, word] of words.entries()) {
    if (word.start > seconds) break;
    found = i;
  }
  return found;
}
