import { z } from "zod";
import {
  joinWords,
  transcriptionTimeoutMs,
  TranscriptionError,
  type SpeechAudio,
  type Transcriber,
  type Transcription,
} from "./transcriber.ts";

/** Where an OpenAI-compatible transcription endpoint is, and how to call it. */
export interface OpenAiTranscriberOptions {
  /** The API's base, such as http://127.0.0.1:8000/v1; `/audio/transcriptions` is added. */
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
}

const timedWords = z.array(z.object({ word: z.string(), start: z.number(), end: z.number() }));

// verbose_json with word timestamps: OpenAI puts the words at the top; some servers that copy its
// API put them in each segment instead.
const verboseJson = z.object({
  text: z.string(),
  words: timedWords.optional(),
  segments: z.array(z.object({ words: timedWords.optional() })).optional(),
});

/**
 * Transcribes through an OpenAI-compatible `/audio/transcriptions` endpoint (OpenAI, a
 * faster-whisper or whisper.cpp server, ...): the audio is uploaded to that address.
 */
export function openAiTranscriber(options: OpenAiTranscriberOptions): Transcriber {
  const url = `${options.baseUrl.replace(/\/+$/, "")}/audio/transcriptions`;
  const engine = `${options.model} at ${new URL(url).host}`;
  return {
    engine,
    async transcribe(audio: SpeechAudio): Promise<Transcription> {
      const form = new FormData();
      form.append("file", new Blob([audio.wav.slice()], { type: "audio/wav" }), "answer.wav");
      form.append("model", options.model);
      form.append("response_format", "verbose_json");
      form.append("timestamp_granularities[]", "word");
      const timeoutMs = transcriptionTimeoutMs(audio.durationS);
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          body: form,
          headers:
            options.apiKey === undefined ? {} : { authorization: `Bearer ${options.apiKey}` },
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const timedOut = error instanceof Error && error.name === "TimeoutError";
        throw new TranscriptionError(
          timedOut
            ? `${engine} did not answer within ${String(Math.round(timeoutMs / 1000))} s.`
            : `${engine} could not be reached.`,
          { cause: error },
        );
      }
      if (!response.ok) {
        // The body is not read into the message: an error page may echo what was sent.
        await response.body?.cancel();
        throw new TranscriptionError(`${engine} answered HTTP ${String(response.status)}.`);
      }
      const parsed = verboseJson.safeParse(await response.json().catch(() => undefined));
      if (!parsed.success) {
        throw new TranscriptionError(`${engine} did not answer with a verbose_json transcription.`);
      }
      const { text, segments } = parsed.data;
      const found = parsed.data.words ?? segments?.flatMap((segment) => segment.words ?? []) ?? [];
      if (found.length === 0 && text.trim() !== "") {
        throw new TranscriptionError(
          `${engine} answered without word timestamps, which the speech metrics need; use a ` +
            `model or server that supports timestamp_granularities[]=word.`,
        );
      }
      const words = found.map((word) => ({
        word: word.word.trim(),
        start: word.start,
        end: word.end,
      }));
      const transcript = text.trim();
      return { transcript: transcript === "" ? joinWords(words) : transcript, words };
    },
  };
}
