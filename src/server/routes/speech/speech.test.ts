import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { speak, speechToolsMissing } from "../../../../tests/support/spoken-wav.ts";
import { testApp } from "../../../../tests/support/test-app.ts";
import type { SpeechAnalysis } from "../../../core/api/speech.ts";
import { normalizeWord } from "../../../core/speech/speech-metrics.ts";
import { encodePcmWav } from "../../../core/speech/wav.ts";
import { openDatabase, type Database } from "../../../node/db/database.ts";
import { chooseSpeechEngine } from "../../../node/speech/speech-engine.ts";
import { TranscriptionError } from "../../../node/speech/transcriber.ts";

const missing = await speechToolsMissing();

let database: Database;
let app: FastifyInstance;
let offline: FastifyInstance;
let broken: FastifyInstance;

beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
  app = await testApp(database, {
    speech: await chooseSpeechEngine({ kind: "auto", searchPath: process.env["PATH"] ?? "" }),
  });
  offline = await testApp(database, {
    speech: await chooseSpeechEngine({ kind: "auto", searchPath: "" }),
  });
  broken = await testApp(database, {
    speech: {
      available: true,
      transcriber: {
        engine: "broken",
        transcribe: () => Promise.reject(new TranscriptionError("broken answered HTTP 500.")),
      },
    },
  });
});

afterAll(async () => {
  await app.close();
  await offline.close();
  await broken.close();
  await database.close();
});

function postSpeech(
  target: FastifyInstance,
  payload: string | Buffer | Uint8Array,
  contentType = "audio/wav",
) {
  return target.inject({
    method: "POST",
    url: "/api/speech",
    headers: { "content-type": contentType },
    payload: Buffer.from(payload),
  });
}

const SPOKEN =
  "I pushed back on the launch date because the load tests were failing. " +
  "My manager agreed, and we shipped one week later with no incidents.";

describe.skipIf(missing !== undefined)(
  `POST /api/speech with pocketsphinx${missing === undefined ? "" : ` (skipped: ${missing})`}`,
  () => {
    it("transcribes a WAV body and measures it", async () => {
      const response = await postSpeech(app, await speak(SPOKEN));
      expect(response.statusCode).toBe(200);
      const analysis = response.json<SpeechAnalysis>();
      expect(analysis.engine).toBe("pocketsphinx");
      const heard = new Set(analysis.words.map((word) => normalizeWord(word.word)));
      const spoken = SPOKEN.split(/\s+/).map(normalizeWord);
      expect(spoken.filter((word) => heard.has(word)).length / spoken.length).toBeGreaterThan(0.6);
      expect(Object.keys(analysis.metrics).sort()).toEqual([
        "articulationWordsPerMinute",
        "durationS",
        "fillersPer100Words",
        "fillersPerMinute",
        "hedgesPer100Words",
        "longestPauseS",
        "pauseCount",
        "pauses",
        "wordsPerMinute",
      ]);
      expect(analysis.metrics.wordsPerMinute).toBeGreaterThan(100);
      expect(analysis.metrics.wordsPerMinute).toBeLessThan(260);
    }, 60_000);

    it("takes the WAV under its other names and with parameters", async () => {
      const silence = encodePcmWav(new Int16Array(8000), 16000);
      for (const type of ["audio/x-wav", "audio/wave", "audio/wav; codecs=1"]) {
        const response = await postSpeech(app, silence, type);
        expect(response.statusCode, type).toBe(200);
      }
    }, 60_000);
  },
);

describe("POST /api/speech", () => {
  it.each([
    ["application/json", JSON.stringify({ audio: "..." })],
    ["audio/mpeg", "ID3..."],
    ["text/plain", "hello"],
  ])("answers 415 to a %s body, saying what to send", async (type, body) => {
    const response = await postSpeech(app, body, type);
    expect(response.statusCode).toBe(415);
    expect(response.json()).toEqual({
      error: {
        code: "unsupported-media-type",
        message: expect.stringMatching(/audio\/wav/) as string,
      },
    });
  });

  it("answers 415 to a request with no body", async () => {
    const response = await app.inject({ method: "POST", url: "/api/speech" });
    expect(response.statusCode).toBe(415);
  });

  it("answers 400 to audio that is not 16-bit PCM WAV", async () => {
    const float = encodePcmWav(new Int16Array(100), 16000);
    new DataView(float.buffer).setUint16(20, 3, true);
    for (const [body, message] of [
      [new TextEncoder().encode("not audio at all"), /not a WAV file/],
      [float, /floating-point/],
    ] as const) {
      const response = await postSpeech(app, body);
      expect(response.statusCode).toBe(400);
      expect(response.json<{ error: { code: string; message: string } }>().error).toMatchObject({
        code: "invalid-audio",
        message: expect.stringMatching(message) as string,
      });
    }
  });

  it("answers 413 past 20 MiB", async () => {
    const response = await postSpeech(app, new Uint8Array(20 * 1024 * 1024 + 1));
    expect(response.statusCode).toBe(413);
    expect(response.json<{ error: { code: string } }>().error.code).toBe("payload-too-large");
  });

  it("answers 503 with how to enable an engine when none is available", async () => {
    const response = await postSpeech(offline, encodePcmWav(new Int16Array(1600), 16000));
    expect(response.statusCode).toBe(503);
    const { error } = response.json<{ error: { code: string; message: string } }>();
    expect(error.code).toBe("no-speech-engine");
    expect(error.message).toMatch(/apt-get install pocketsphinx pocketsphinx-en-us sox/);
    expect(error.message).toMatch(/CANDOR_STT_BASE_URL/);
  });

  it("answers 502 with the engine's reason when the engine fails", async () => {
    const response = await postSpeech(broken, encodePcmWav(new Int16Array(1600), 16000));
    expect(response.statusCode).toBe(502);
    expect(response.json()).toEqual({
      error: { code: "speech-engine-failed", message: "broken answered HTTP 500." },
    });
  });
});

describe("GET /api/speech", () => {
  it.skipIf(missing !== undefined)(
    "names the engine and says the audio stays on the machine",
    async () => {
      const response = await app.inject({ method: "GET", url: "/api/speech" });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ available: true, engine: "pocketsphinx" });
    },
  );

  it("says how to enable an engine when there is none", async () => {
    const response = await offline.inject({ method: "GET", url: "/api/speech" });
    expect(response.statusCode).toBe(200);
    const status = response.json<{ available: boolean; message: string }>();
    expect(status.available).toBe(false);
    expect(status.message).toContain("apt-get install pocketsphinx");
  });

  it("names the host a recording would be sent to when the endpoint is elsewhere", async () => {
    const remote = await testApp(database, {
      speech: await chooseSpeechEngine({
        kind: "openai-compatible",
        baseUrl: "https://stt.example.com/v1",
        apiKey: "key",
        model: "whisper-1",
      }),
    });
    const local = await testApp(database, {
      speech: await chooseSpeechEngine({
        kind: "openai-compatible",
        baseUrl: "http://127.0.0.1:8000/v1",
        apiKey: undefined,
        model: "whisper-1",
      }),
    });
    try {
      expect((await remote.inject({ method: "GET", url: "/api/speech" })).json()).toEqual({
        available: true,
        engine: "whisper-1 at stt.example.com",
        leavesMachine: "stt.example.com",
      });
      expect((await local.inject({ method: "GET", url: "/api/speech" })).json()).toEqual({
        available: true,
        engine: "whisper-1 at 127.0.0.1:8000",
      });
    } finally {
      await remote.close();
      await local.close();
    }
  });
});
