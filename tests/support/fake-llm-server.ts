import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake provider does with the next request. */
export type FakeScenario =
  | { kind: "success"; text: string }
  | { kind: "status"; status: number }
  | { kind: "hang" }
  | { kind: "cut"; text: string }
  | { kind: "garbage" };

/**
 * A server on loopback that speaks the streaming wire formats of Anthropic's Messages API
 * (`POST /v1/messages`) and of OpenAI-compatible chat completions (`POST /v1/chat/completions`),
 * and misbehaves on request, so provider code is tested without the internet.
 */
export interface FakeLlmServer {
  baseUrl: string;
  requests: { path: string; body: unknown }[];
  setScenario(scenario: FakeScenario): void;
  /** How many responses are still open: a client that gives up closes its own. */
  openResponses(): number;
  close(): Promise<void>;
}

export async function startFakeLlmServer(): Promise<FakeLlmServer> {
  let scenario: FakeScenario = { kind: "success", text: "What did you do yourself?" };
  const requests: { path: string; body: unknown }[] = [];
  const open = new Set<ServerResponse>();

  const server: Server = createServer((request, response) => {
    void readJson(request).then((body) => {
      requests.push({ path: request.url ?? "", body });
      open.add(response);
      response.on("close", () => open.delete(response));
      const anthropic = request.url?.endsWith("/messages") ?? false;
      const streaming = (body as { stream?: unknown } | undefined)?.stream === true;
      if (streaming) respond(anthropic, scenario, response);
      else respondWhole(anthropic, scenario, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${String(port)}/v1`,
    requests,
    setScenario: (next) => {
      scenario = next;
    },
    openResponses: () => open.size,
    close: async () => {
      for (const response of open) response.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}

function respond(anthropic: boolean, scenario: FakeScenario, response: ServerResponse): void {
  switch (scenario.kind) {
    case "status":
      response.writeHead(scenario.status, { "content-type": "application/json" });
      response.end(JSON.stringify(errorBody(anthropic, scenario.status)));
      return;
    case "hang":
      response.writeHead(200, { "content-type": "text/event-stream" });
      return; // never writes: the client must give up on its own
    case "garbage":
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.end("data: {this is not json\n\nevent: nonsense\ndata: ???\n\n");
      return;
    case "success":
    case "cut": {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      const words = scenario.text.split(/(?<= )/);
      const events = anthropic ? anthropicEvents(words) : openAiEvents(words);
      if (scenario.kind === "success") {
        response.end(events.all.join(""));
      } else {
        // Half the text, then the connection drops with no closing events.
        response.write(events.start.join(""));
        response.write(events.deltas.slice(0, Math.ceil(events.deltas.length / 2)).join(""));
        setTimeout(() => response.destroy(), 20);
      }
      return;
    }
  }
}

/** A request without `stream: true` (structured output) gets the whole message in one body. */
function respondWhole(anthropic: boolean, scenario: FakeScenario, response: ServerResponse): void {
  switch (scenario.kind) {
    case "status":
      response.writeHead(scenario.status, { "content-type": "application/json" });
      response.end(JSON.stringify(errorBody(anthropic, scenario.status)));
      return;
    case "hang":
      return;
    case "garbage":
      response.writeHead(200, { "content-type": "application/json" });
      response.end("{this is not json");
      return;
    case "success":
    case "cut": {
      const text =
        scenario.kind === "cut" ? scenario.text.slice(0, scenario.text.length / 2) : scenario.text;
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(anthropic ? anthropicMessage(text) : openAiCompletion(text)));
      return;
    }
  }
}

function anthropicMessage(text: string): unknown {
  return {
    id: "msg_fake",
    type: "message",
    role: "assistant",
    model: "fake-model",
    content: [{ type: "text", text }],
    stop_reason: "end_turn",
    stop_sequence: null,
    usage: { input_tokens: 12, output_tokens: 40 },
  };
}

function openAiCompletion(text: string): unknown {
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: 1_700_000_000,
    model: "fake-model",
    choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
    usage: { prompt_tokens: 12, completion_tokens: 40, total_tokens: 52 },
  };
}

function sse(event: string | undefined, data: unknown): string {
  return `${event === undefined ? "" : `event: ${event}\n`}data: ${JSON.stringify(data)}\n\n`;
}

function anthropicEvents(words: string[]) {
  const start = [
    sse("message_start", {
      type: "message_start",
      message: {
        id: "msg_fake",
        type: "message",
        role: "assistant",
        model: "fake-model",
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: 12, output_tokens: 1 },
      },
    }),
    sse("content_block_start", {
      type: "content_block_start",
      index: 0,
      content_block: { type: "text", text: "" },
    }),
  ];
  const deltas = words.map((word) =>
    sse("content_block_delta", {
      type: "content_block_delta",
      index: 0,
      delta: { type: "text_delta", text: word },
    }),
  );
  const end = [
    sse("content_block_stop", { type: "content_block_stop", index: 0 }),
    sse("message_delta", {
      type: "message_delta",
      delta: { stop_reason: "end_turn", stop_sequence: null },
      usage: { output_tokens: words.length },
    }),
    sse("message_stop", { type: "message_stop" }),
  ];
  return { start, deltas, all: [...start, ...deltas, ...end] };
}

function openAiEvents(words: string[]) {
  const chunk = (delta: object, finish: string | null) =>
    sse(undefined, {
      id: "chatcmpl-fake",
      object: "chat.completion.chunk",
      created: 1_700_000_000,
      model: "fake-model",
      choices: [{ index: 0, delta, finish_reason: finish }],
    });
  const start = [chunk({ role: "assistant", content: "" }, null)];
  const deltas = words.map((word) => chunk({ content: word }, null));
  const end = [chunk({}, "stop"), "data: [DONE]\n\n"];
  return { start, deltas, all: [...start, ...deltas, ...end] };
}

function errorBody(anthropic: boolean, status: number): unknown {
  const type =
    status === 429 ? "rate_limit_error" : status === 529 ? "overloaded_error" : "api_error";
  return anthropic
    ? { type: "error", error: { type, message: `fake ${type}` } }
    : { error: { message: `fake ${type}`, type, code: String(status) } };
}
