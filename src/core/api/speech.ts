import type { SpeechMetrics, TimedWord } from "../speech/speech-metrics.ts";

/** The largest recording accepted, in bytes: about ten minutes of 16 kHz mono, two of CD audio. */
export const MAX_SPEECH_BYTES = 20 * 1024 * 1024;

/** The content types `POST /api/speech` takes: a WAV file under any of its registered names. */
export const WAV_CONTENT_TYPES = ["audio/wav", "audio/wave", "audio/x-wav", "audio/vnd.wave"];

/** `candor speech --json` and `POST /api/speech`: DESIGN.md's speech contract. */
export interface SpeechAnalysis {
  engine: string;
  transcript: string;
  words: TimedWord[];
  metrics: SpeechMetrics;
}
