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

/**
 * `GET /api/speech`: whether answers can be spoken here, by which engine, and where the audio
 * goes. `leavesMachine` names the host a recording is sent to when the engine is elsewhere;
 * absent, the audio stays on the machine that runs Candor.
 */
export type SpeechStatus =
  | { available: true; engine: string; leavesMachine?: string }
  | { available: false; message: string };
