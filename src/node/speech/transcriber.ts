import type { TimedWord } from "../../core/speech/speech-metrics.ts";

/** What an engine heard: the words with their times, and the text they make. */
export interface Transcription {
  transcript: string;
  words: TimedWord[];
}

/** The audio to transcribe: a 16-bit PCM WAV file, already checked, and its length. */
export interface SpeechAudio {
  wav: Uint8Array;
  durationS: number;
}

/** A speech-to-text engine. */
export interface Transcriber {
  /** A name safe to show and log: "pocketsphinx", "whisper-1 at 127.0.0.1:8000". */
  readonly engine: string;
  transcribe(audio: SpeechAudio): Promise<Transcription>;
}

/**
 * An engine that failed on audio it was given: it could not run, timed out or answered with
 * something other than a transcription. The message names the engine and the reason, never the
 * words heard.
 */
export class TranscriptionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "TranscriptionError";
  }
}

/** How long an engine may take: half a minute to start, plus the length of the audio. */
export function transcriptionTimeoutMs(durationS: number): number {
  return 30_000 + Math.ceil(durationS * 1000);
}

/** The transcript of timed words, in order. */
export function joinWords(words: readonly TimedWord[]): string {
  return words.map((word) => word.word).join(" ");
}
