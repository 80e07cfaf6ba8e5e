/** One server-sent event: its name ("message" when the server gave none) and its data. */
export interface StreamEvent {
  event: string;
  data: string;
}

/**
 * Reads a `text/event-stream` body and calls `onEvent` for each complete event, in order.
 * Follows the HTML standard's parsing rules for the fields Candor's server sends (`event`, `data`;
 * comments and other fields are ignored): lines end at CRLF, LF or CR, one space after the colon is
 * dropped, several `data` lines join with a newline, and a blank line dispatches the event.
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: StreamEvent) => void,
): Promise<void> {
  const reader = body.getReader();
  // One decoder for the whole stream, so a character split across chunks is decoded whole.
  const decoder = new TextDecoder();
  const parser = createEventParser(onEvent);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.push(decoder.decode(value, { stream: true }));
  }
  parser.push(decoder.decode());
  // An event the server never closed with a blank line is incomplete, and the standard drops it.
}

/** The line-by-line parser behind `readEventStream`, fed text in pieces of any size. */
export function createEventParser(onEvent: (event: StreamEvent) => void) {
  let buffer = "";
  let name = "";
  let data: string[] = [];

  function line(text: string) {
    if (text === "") {
      if (data.length > 0)
        onEvent({ event: name === "" ? "message" : name, data: data.join("\n") });
      name = "";
      data = [];
      return;
    }
    if (text.startsWith(":")) return;
    const colon = text.indexOf(":");
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? "" : text.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") name = value;
    else if (field === "data") data.push(value);
  }

  return {
    push(chunk: string) {
      buffer += chunk;
      // A CR at the very end may be the first half of a CRLF still on its way: wait for more.
      const pattern = /\r\n|\n|\r(?!$)/g;
      let start = 0;
      for (let match = pattern.exec(buffer); match !== null; match = pattern.exec(buffer)) {
        line(buffer.slice(start, match.index));
        start = match.index + match[0].length;
      }
      buffer = buffer.slice(start);
    },
  };
}
