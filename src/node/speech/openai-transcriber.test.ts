import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodePcmWav } from "../../core/speech/wav.ts";
import { openAiTranscriber } from "./openai-transcriber.ts";
import { TranscriptionError } from "./transcriber.ts";

/** What the loopback endpoint received, and what it answers next. */
interface Exchange {
  received?: { url: string; authorization: string | undefined; form: FormData };
  status: number;
  body: string;
}

const exchange: Exchange = { status: 200, body: "{}" };
let server: Server;
let baseUrl: string;

async function readForm(request: IncomingMessage): Promise<FormData> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  // The multipart body, parsed by the same standard code a real server framework would use.
  return new Request("http://loopback/", {
    method: "POST",
    headers: { "content-type": request.headers["content-type"] ?? "" },
    body: Buffer.concat(chunks),
  }).formData();
}

beforeAll(async () => {
  server = createServer((request, response) => {
    void readForm(request).then((form) => {
      exchange.received = {
        url: request.url ?? "",
        authorization: request.headers.authorization,
        form,
      };
      response.writeHead(exchange.status, { "content-type": "application/json" });
      response.end(exchange.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/v1/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const wav = encodePcmWav(
  Int16Array.from({ length: 1600 }, (_, i) => (i % 50) * 100),
  16000,
);

describe("openAiTranscriber", () => {
  it("uploads the WAV as multipart with verbose_json and word timestamps, and reads the words", async () => {
    exchange.status = 200;
    exchange.body = JSON.stringify({
      text: " Um, I shipped it.",
      duration: 2,
      words: [
        { word: "Um", start: 0.1, end: 0.3 },
        { word: "I", start: 0.5, end: 0.6 },
        { word: "shipped", start: 0.6, end: 1.0 },
        { word: "it", start: 1.0, end: 1.2 },
      ],
    });
    const transcriber = openAiTranscriber({ baseUrl, apiKey: "test-key", model: "whisper-test" });
    expect(transcriber.engine).toMatch(/^whisper-test at 127\.0\.0\.1:\d+$/);
    const result = await transcriber.transcribe({ wav, durationS: 0.1 });
    expect(result.transcript).toBe("Um, I shipped it.");
    expect(result.words.map((word) => word.word)).toEqual(["Um", "I", "shipped", "it"]);
    const received = exchange.received;
    expect(received?.url).toBe("/v1/audio/transcriptions");
    expect(received?.authorization).toBe("Bearer test-key");
    expect(received?.form.get("model")).toBe("whisper-test");
    expect(received?.form.get("response_format")).toBe("verbose_json");
    expect(received?.form.getAll("timestamp_granularities[]")).toEqual(["word"]);
    const file = received?.form.get("file");
    expect(file).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (file as Blob).arrayBuffer())).toEqual(wav);
  });

  it("reads words from the segments when the server puts them there", async () => {
    exchange.status = 200;
    exchange.body = JSON.stringify({
      text: "Yes. No.",
      segments: [
        { words: [{ word: " Yes.", start: 0, end: 0.4 }] },
        { words: [{ word: " No.", start: 1, end: 1.3 }] },
      ],
    });
    const result = await openAiTranscriber({ baseUrl, apiKey: undefined, model: "m" }).transcribe({
      wav,
      durationS: 0.1,
    });
    expect(result.words).toEqual([
      { word: "Yes.", start: 0, end: 0.4 },
      { word: "No.", start: 1, end: 1.3 },
    ]);
  });

  it("sends no authorization header without a key", async () => {
    exchange.status = 200;
    exchange.body = JSON.stringify({ text: "", words: [] });
    await openAiTranscriber({ baseUrl, apiKey: undefined, model: "m" }).transcribe({
      wav,
      durationS: 0.1,
    });
    expect(exchange.received?.authorization).toBeUndefined();
  });

  it.each([
    [500, JSON.stringify({ error: { message: "the model crashed" } }), /answered HTTP 500/],
    [200, "<html>not json</html>", /did not answer with a verbose_json transcription/],
    [200, JSON.stringify({ words: "none" }), /did not answer with a verbose_json transcription/],
    [200, JSON.stringify({ text: "I shipped it." }), /without word timestamps/],
  ])("fails with a TranscriptionError on HTTP %i %s", async (status, body, message) => {
    exchange.status = status;
    exchange.body = body;
    const failure = await openAiTranscriber({ baseUrl, apiKey: undefined, model: "m" })
      .transcribe({ wav, durationS: 0.1 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TranscriptionError);
    expect((failure as Error).message).toMatch(message);
  });

  it("says so when the endpoint cannot be reached", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const failure = await openAiTranscriber({
      baseUrl: `http://127.0.0.1:${String(port)}/v1`,
      apiKey: undefined,
      model: "m",
    })
      .transcribe({ wav, durationS: 0.1 })
      .catch((error: unknown) => error);
    expect((failure as Error).message).toMatch(/could not be reached/);
  });
});
