import { randomUUID } from "node:crypto";
import type { FastifyServerOptions } from "fastify";

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

/**
 * Structured logs through pino. Request bodies are never logged, and these paths are redacted in
 * case an object carrying them is ever logged: answer text and secrets must not reach the log.
 */
export const REDACTED_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  "req.headers['x-api-key']",
  "*.text",
  "*.answer",
  "*.apiKey",
  "*.password",
  "body",
];

/** What the log keeps of an error: never its message, which may embed SQL parameters or input. */
export interface LoggedError {
  type: string;
  /** A stable machine code (a PostgreSQL SQLSTATE, a Node or Fastify code) when there is one. */
  code?: string;
  /** Where it was thrown: the stack's frames without the message line(s) above them. */
  frames?: string[];
  /** The classes and codes of the errors it wraps (`cause`), outermost first. */
  causes?: { type: string; code?: string }[];
}

const MAX_CAUSES = 5;
const MAX_FRAMES = 12;
// SQLSTATEs ("22P05"), Node codes ("ECONNREFUSED"), Fastify codes ("FST_ERR_…"): never free text.
const SAFE_CODE = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * Reduces an error to its class, code, stack frames and causes. Messages are left out on purpose:
 * drizzle's "Failed query: … params: …" and PostgreSQL's own messages quote the values that failed,
 * and those values are answer text and code.
 */
export function describeErrorForLog(error: unknown): LoggedError {
  const logged: LoggedError = { type: errorType(error) };
  const code = errorCode(error);
  if (code !== undefined) logged.code = code;
  const frames = stackFrames(error);
  if (frames.length > 0) logged.frames = frames;
  const causes: { type: string; code?: string }[] = [];
  let cause = causeOf(error);
  while (cause !== undefined && causes.length < MAX_CAUSES) {
    const causeCode = errorCode(cause);
    causes.push({
      type: errorType(cause),
      ...(causeCode === undefined ? {} : { code: causeCode }),
    });
    cause = causeOf(cause);
  }
  if (causes.length > 0) logged.causes = causes;
  return logged;
}

function errorType(error: unknown): string {
  if (error instanceof Error) return error.constructor.name || error.name;
  return typeof error;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const { code } = error;
  return typeof code === "string" && SAFE_CODE.test(code) ? code : undefined;
}

function causeOf(error: unknown): unknown {
  return error instanceof Error && error.cause !== undefined ? error.cause : undefined;
}

// V8 writes a stack as `${name}: ${message}` followed by one "    at …" line per frame. The message
// may hold many lines, some of which could look like frames, so the header is skipped by its exact
// length; when the message no longer matches the header (it was changed after the error was made),
// no frame is trusted.
function stackFrames(error: unknown): string[] {
  if (!(error instanceof Error) || typeof error.stack !== "string") return [];
  const header = error.message === "" ? error.name : `${error.name}: ${error.message}`;
  if (!error.stack.startsWith(header)) return [];
  return error.stack
    .slice(header.length)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("at "))
    .slice(0, MAX_FRAMES);
}

// Paths whose next segment is a secret: an invitation link's token lets whoever holds it join.
const TOKEN_PATHS = /^(\/api\/invitations\/|\/invite\/)[^/?#]+/;

/**
 * A request's path as the log keeps it: no query string (it can carry search text) and no
 * invitation token.
 */
export function loggedPath(url: string): string {
  const path = url.split("?")[0] ?? "";
  return path.replace(TOKEN_PATHS, "$1[redacted]");
}

/** A fresh request id: unique across every server of a cohort deployment, and not guessable. */
export function newRequestId(): string {
  return randomUUID();
}

/** Where log lines go instead of standard output; tests read what was logged through it. */
export interface LogDestination {
  write(line: string): void;
}

/** Fastify logger options for the given level. */
export function buildLoggerOptions(
  level: LogLevel,
  destination?: LogDestination,
): FastifyServerOptions["logger"] {
  return {
    level,
    ...(destination === undefined ? {} : { stream: destination }),
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({
        id: request.id,
        method: request.method,
        path: loggedPath(request.url),
      }),
      // Fastify's type expects pino's default shape (with message and stack); leaving those out
      // is the point.
      err: describeErrorForLog as never,
    },
    hooks: {
      // pino uses an error's message as the line's message when none is given (`log.error(err)`,
      // `log.error({ err })`, as Fastify itself does in places); the class stands in for it.
      logMethod(args, method) {
        const [first, second] = args as unknown[];
        if (first instanceof Error && typeof second !== "string") {
          method.call(this, { err: first }, `${errorType(first)} thrown`);
          return;
        }
        if (
          typeof first === "object" &&
          first !== null &&
          "err" in first &&
          typeof second !== "string"
        ) {
          method.call(this, first, `${errorType(first.err)} thrown`);
          return;
        }
        method.apply(this, args);
      },
    },
  };
}
