import type { SpeechAnalysis } from "../../core/api/speech.ts";
import { err, ok, type Result } from "../../core/result.ts";
import { speechMetrics } from "../../core/speech/speech-metrics.ts";
import { readPcmWav } from "../../core/speech/wav.ts";
import { TranscriptionError, type Transcriber } from "./transcriber.ts";

/** Why a recording could not be transcribed; `message` is fit to show the user. */
export type SpeechFailure =
  { code: "invalid-audio"; message: string } | { code: "speech-engine-failed"; message: string };

/**
 * Checks that `wav` is 16-bit PCM WAV, transcribes it and measures how it was spoken. Both the
 * CLI and the HTTP route answer with this.
 */
export async function transcribeAnswer(
  wav: Uint8Array,
  transcriber: Transcriber,
): Promise<Result<SpeechAnalysis, SpeechFailure>> {
  const parsed = readPcmWav(wav);
  if (!parsed.ok) return err({ code: "invalid-audio", message: parsed.error.message });
  if (parsed.value.frames === 0) {
    return err({ code: "invalid-audio", message: "The WAV file holds no audio." });
  }
  const durationS = parsed.value.durationS;
  try {
    const { transcript, words } = await transcriber.transcribe({ wav, durationS });
    return ok({
      engine: transcriber.engine,
      transcript,
      words,
      metrics: speechMetrics(words, durationS),
    });
  } catch (error) {
    if (error instanceof TranscriptionError) {
      return err({ code: "speech-engine-failed", message: error.message });
    }
    throw error;
  }
}
