import type { SpeechAnalysis } from "../../core/api/speech.ts";
import { err, type Result } from "../../core/result.ts";
import type { SpeechEngine } from "../../node/speech/speech-engine.ts";
import { transcribeAnswer } from "../../node/speech/transcribe-answer.ts";
import type { ServiceError } from "../http/errors.ts";

/** Transcribes spoken answers with the engine chosen at start-up. */
export interface SpeechService {
  transcribe(
    wav: Uint8Array,
  ): Promise<
    Result<
      SpeechAnalysis,
      ServiceError<"invalid-audio" | "no-speech-engine" | "speech-engine-failed">
    >
  >;
}

/** The speech service over `engine`; without one, every request is told how to enable one. */
export function createSpeechService(engine: SpeechEngine): SpeechService {
  return {
    async transcribe(wav) {
      if (!engine.available) return err({ code: "no-speech-engine", message: engine.message });
      const result = await transcribeAnswer(wav, engine.transcriber);
      if (result.ok) return result;
      return err({ code: result.error.code, message: result.error.message });
    },
  };
}
