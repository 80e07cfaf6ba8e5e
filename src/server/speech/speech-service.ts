import type { SpeechAnalysis, SpeechStatus } from "../../core/api/speech.ts";
import { err, type Result } from "../../core/result.ts";
import type { SpeechEngine } from "../../node/speech/speech-engine.ts";
import { transcribeAnswer } from "../../node/speech/transcribe-answer.ts";
import type { ServiceError } from "../http/errors.ts";

/** Transcribes spoken answers with the engine chosen at start-up. */
export interface SpeechService {
  /** Which engine would transcribe, and where the audio would go (GET /api/speech). */
  status(): SpeechStatus;
  transcribe(
    wav: Uint8Array,
  ): Promise<
    Result<
      SpeechAnalysis,
      ServiceError<"invalid-audio" | "no-speech-engine" | "speech-engine-failed" | "rate-limited">
    >
  >;
}

/** How many recordings are transcribed at once, and how many more may wait their turn. */
export interface SpeechLimits {
  running: number;
  waiting: number;
}

/**
 * Each pocketsphinx run takes a CPU core for a fraction of the recording's length: two at a time
 * leave the server answering everything else, and a short queue absorbs a burst.
 */
export const DEFAULT_SPEECH_LIMITS: SpeechLimits = { running: 2, waiting: 8 };

/** The speech service over `engine`; without one, every request is told how to enable one. */
export function createSpeechService(
  engine: SpeechEngine,
  limits: SpeechLimits = DEFAULT_SPEECH_LIMITS,
): SpeechService {
  let running = 0;
  const queue: (() => void)[] = [];
  return {
    status() {
      if (!engine.available) return { available: false, message: engine.message };
      return {
        available: true,
        engine: engine.transcriber.engine,
        ...(engine.leavesMachine === undefined ? {} : { leavesMachine: engine.leavesMachine }),
      };
    },
    async transcribe(wav) {
      if (!engine.available) return err({ code: "no-speech-engine", message: engine.message });
      if (running >= limits.running) {
        if (queue.length >= limits.waiting) {
          return err({
            code: "rate-limited",
            message: "Too many recordings are being transcribed; try again in a minute.",
          });
        }
        await new Promise<void>((resolve) => queue.push(resolve));
      }
      running++;
      try {
        const result = await transcribeAnswer(wav, engine.transcriber);
        if (result.ok) return result;
        return err({ code: result.error.code, message: result.error.message });
      } finally {
        running--;
        queue.shift()?.();
      }
    },
  };
}
