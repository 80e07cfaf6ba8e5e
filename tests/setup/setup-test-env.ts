// Every unit and integration test runs under these guards: a test that reaches beyond loopback or
// logs through console.error fails, so neither can pass silently.
import { afterEach, beforeEach, vi } from "vitest";

const realFetch = globalThis.fetch;

function isLoopback(url: URL): boolean {
  return ["127.0.0.1", "localhost", "[::1]", "::1"].includes(url.hostname);
}

beforeEach(() => {
  vi.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!isLoopback(url)) {
      throw new Error(`Unexpected network call to ${url.href} in a test`);
    }
    return realFetch(input, init);
  });
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error called in a test: ${args.map(String).join(" ")}`);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});
