import { afterEach, describe, expect, it, vi } from "vitest";
import { ERROR_CATALOGUE } from "../../core/api/errors.ts";
import { ApiError } from "./client.ts";
import { sendAnswer } from "./interviews.ts";

function streamResponse(events: string): Response {
  return new Response(events, {
    status: 200,
    headers: { "content-type": "text/event-stream; charset=utf-8" },
  });
}

const handlers = { onAnalysis: () => undefined, onText: () => undefined };

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error("expected an ApiError");
  return error;
}

describe("sendAnswer", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("gives an error inside the stream the status the catalogue gives its code", async () => {
    for (const code of ["answer-too-long", "empty-answer", "turn-changed", "not-found"] as const) {
      const body = JSON.stringify({ error: { code, message: "No." } });
      vi.spyOn(globalThis, "fetch").mockResolvedValue(
        streamResponse(`event: error\ndata: ${body}\n\n`),
      );
      const error = await caught(sendAnswer("i1", "text", 0, handlers));
      expect([error.code, error.status]).toEqual([code, ERROR_CATALOGUE[code].status]);
    }
  });

  it("takes the status of a refusal sent before the stream from the response", async () => {
    const body = JSON.stringify({ error: { code: "invalid-request", message: "body.text: no" } });
    vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response(body, { status: 400 }));
    const error = await caught(sendAnswer("i1", "text", 0, handlers));
    expect([error.status, error.code, error.message]).toEqual([
      400,
      "invalid-request",
      "body.text: no",
    ]);
  });

  it("reads the analysis, the streamed text and the saved turn", async () => {
    const texts: string[] = [];
    const turn = { turn: { kind: "end", text: "Thanks.", targets: [] }, analysis: { overall: 3 } };
    vi.spyOn(globalThis, "fetch").mockResolvedValue(
      streamResponse(
        'event: delta\ndata: {"text":"Than"}\n\nevent: delta\ndata: {"text":"ks."}\n\n' +
          `event: turn\ndata: ${JSON.stringify(turn)}\n\n`,
      ),
    );
    const result = await sendAnswer("i1", "text", 0, {
      onAnalysis: () => undefined,
      onText: (text) => texts.push(text),
    });
    expect(texts).toEqual(["Than", "Thanks."]);
    expect(result).toEqual(turn);
  });
});
