import type { SpeechAnalysis, SpeechStatus } from "../../core/api/speech.ts";
import { ApiError, apiRequest } from "./client.ts";

/** Which engine would transcribe a recording, and where the audio would go. */
export function fetchSpeechStatus(signal?: AbortSignal): Promise<SpeechStatus> {
  return apiRequest<SpeechStatus>("/speech", signal === undefined ? {} : { signal });
}

/** Sends a WAV recording to be transcribed and measured; the server keeps no copy. */
export async function transcribeRecording(wav: Uint8Array): Promise<SpeechAnalysis> {
  let response: Response;
  try {
    response = await fetch("/api/speech", {
      method: "POST",
      headers: { "content-type": "audio/wav" },
      body: new Blob([wav as Uint8Array<ArrayBuffer>], { type: "audio/wav" }),
    });
  } catch {
    throw new ApiError(0, "network", "Candor's server could not be reached. Is it still running?");
  }
  if (!response.ok) throw await ApiError.fromResponse(response);
  return (await response.json()) as SpeechAnalysis;
}
