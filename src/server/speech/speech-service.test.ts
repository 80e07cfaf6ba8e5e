import { describe, expect, it } from "vitest";
import { encodePcmWav } from "../../core/speech/wav.ts";
import { TranscriptionError, type Transcriber } from "../../node/speech/transcriber.ts";
import { createSpeechService } from "./speech-service.ts";

const wav = encodePcmWav(new Int16Array(1600), 16000);

/** A transcriber whose calls finish only when the test says so. */
function heldTranscriber() {
  const pending: (() => void)[] = [];
  let started = 0;
  const transcriber: Transcriber = {
    engine: "held",
    transcribe: () =>
      new Promise((resolve) => {
        started++;
        pending.push(() => {
          resolve({ transcript: "yes", words: [{ word: "yes", start: 0, end: 0.1 }] });
        });
      }),
  };
  return { transcriber, pending, started: () => started };
}

describe("createSpeechService", () => {
  it("runs at most `running` transcriptions at once, queues `waiting`, and refuses beyond", async () => {
    const held = heldTranscriber();
    const service = createSpeechService(
      { available: true, transcriber: held.transcriber },
      { running: 1, waiting: 1 },
    );
    const first = service.transcribe(wav);
    const second = service.transcribe(wav);
    const third = await service.transcribe(wav);
    expect(third).toMatchObject({ ok: false, error: { code: "rate-limited" } });
    await Promise.resolve();
    expect(held.started()).toBe(1);
    held.pending.shift()?.();
    expect((await first).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(held.started()).toBe(2);
    held.pending.shift()?.();
    expect(await second).toMatchObject({ ok: true, value: { engine: "held", transcript: "yes" } });
  });

  it("answers speech-engine-failed with the engine's reason", async () => {
    const service = createSpeechService({
      available: true,
      transcriber: {
        engine: "broken",
        transcribe: () => Promise.reject(new TranscriptionError("broken answered HTTP 500.")),
      },
    });
    expect(await service.transcribe(wav)).toEqual({
      ok: false,
      error: { code: "speech-engine-failed", message: "broken answered HTTP 500." },
    });
  });

  it("checks the audio before it reaches the engine", async () => {
    const held = heldTranscriber();
    const service = createSpeechService({ available: true, transcriber: held.transcriber });
    const result = await service.transcribe(new TextEncoder().encode("RIFF...."));
    expect(result).toMatchObject({ ok: false, error: { code: "invalid-audio" } });
    expect(held.started()).toBe(0);
  });
});
