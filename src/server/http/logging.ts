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

/** Fastify logger options for the given level. */
export function buildLoggerOptions(level: LogLevel): FastifyServerOptions["logger"] {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({
        id: request.id,
        method: request.method,
        // The query string can carry search text; only the path is logged.
        path: request.url.split("?")[0],
      }),
    },
  };
}
