import { describe, expect, it } from "vitest";
import { describeErrorForLog, loggedPath } from "./logging.ts";

class QueryError extends Error {
  constructor(
    message: string,
    readonly params: unknown[],
    cause?: unknown,
  ) {
    super(message, { cause });
  }
}

describe("describeErrorForLog", () => {
  it("keeps the class, the code and the frames, never the message or other fields", () => {
    const cause = Object.assign(new Error('invalid input syntax for type uuid: "my answer"'), {
      code: "22P02",
      detail: "my answer",
    });
    const error = new QueryError(
      'Failed query: insert into "stories" values ($1)\nparams: my answer',
      ["my answer"],
      cause,
    );
    const logged = describeErrorForLog(error);
    expect(logged.type).toBe("QueryError");
    expect(logged.causes).toEqual([{ type: "Error", code: "22P02" }]);
    expect(logged.frames?.[0]).toMatch(/^at .*logging\.test\.ts:\d+:\d+\)?$/);
    expect(JSON.stringify(logged)).not.toContain("answer");
  });

  it("skips a message's lines even when they look like stack frames", () => {
    const error = new Error("ok\n    at my answer (file:///x.js:1:1)");
    const logged = describeErrorForLog(error);
    expect(JSON.stringify(logged)).not.toContain("my answer");
    expect(logged.frames?.length).toBeGreaterThan(0);
  });

  it("trusts no frame once the message has changed since the stack was written", () => {
    const error = new Error("first\n    at my answer (file:///x.js:1:1)");
    // V8 writes the stack when it is first read; read now, it keeps the first message.
    expect(error.stack).toContain("first");
    error.message = "second";
    expect(describeErrorForLog(error).frames).toBeUndefined();
    expect(JSON.stringify(describeErrorForLog(error))).not.toContain("my answer");
  });

  it("leaves out codes that are not codes", () => {
    const error = Object.assign(new Error("x"), { code: "my answer, with spaces" });
    expect(describeErrorForLog(error).code).toBeUndefined();
  });

  it("describes things thrown that are not errors by their type alone", () => {
    expect(describeErrorForLog("my answer")).toEqual({ type: "string" });
  });

  it("stops at a bounded number of causes", () => {
    let error: Error = new Error("root");
    for (let depth = 0; depth < 20; depth += 1) error = new Error("wrap", { cause: error });
    expect(describeErrorForLog(error).causes).toHaveLength(5);
  });
});

describe("loggedPath", () => {
  it("keeps the path without its query string", () => {
    expect(loggedPath("/api/questions?q=my+search")).toBe("/api/questions");
    expect(loggedPath("/api/stories/abc")).toBe("/api/stories/abc");
  });

  it("leaves out an invitation link's token, on the API and on the web page", () => {
    expect(loggedPath("/api/invitations/s3cretT0ken/accept")).toBe(
      "/api/invitations/[redacted]/accept",
    );
    expect(loggedPath("/api/invitations/s3cretT0ken")).toBe("/api/invitations/[redacted]");
    expect(loggedPath("/invite/s3cretT0ken?x=1")).toBe("/invite/[redacted]");
  });
});
