import { describe, expect, it } from "vitest";
import { createEventParser, readEventStream, type StreamEvent } from "./event-stream.ts";

function parse(chunks: string[]): StreamEvent[] {
  const events: StreamEvent[] = [];
  const parser = createEventParser((event) => events.push(event));
  for (const chunk of chunks) parser.push(chunk);
  return events;
}

describe("the event-stream parser", () => {
  it("reads named events with JSON data", () => {
    expect(parse(['event: delta\ndata: {"text":"Hi"}\n\nevent: turn\ndata: {}\n\n'])).toEqual([
      { event: "delta", data: '{"text":"Hi"}' },
      { event: "turn", data: "{}" },
    ]);
  });

  it("joins an event split anywhere across chunks, CRLF included", () => {
    const whole = 'event: delta\r\ndata: {"text":"a b"}\r\n\r\n';
    for (let cut = 1; cut < whole.length; cut += 1) {
      expect(parse([whole.slice(0, cut), whole.slice(cut)])).toEqual([
        { event: "delta", data: '{"text":"a b"}' },
      ]);
    }
  });

  it("joins data lines, ignores comments and unknown fields, and defaults the name", () => {
    expect(parse([": keep-alive\nid: 7\ndata: one\ndata:two\n\n"])).toEqual([
      { event: "message", data: "one\ntwo" },
    ]);
  });

  it("drops an event the stream never finished", async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("event: a\ndata: 1\n\nevent: b\ndata: 2"));
        controller.close();
      },
    });
    const events: StreamEvent[] = [];
    await readEventStream(body, (event) => events.push(event));
    expect(events).toEqual([{ event: "a", data: "1" }]);
  });
});
