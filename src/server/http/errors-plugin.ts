import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { formatPath } from "../../core/content/content-problem.ts";
import type { ErrorBody, ErrorCode } from "../../core/api/errors.ts";
import { AppError } from "./errors.ts";
import type { RouteTable } from "./route-table.ts";

/** The longest path segment the router takes as a parameter; longer ones get a 400. */
export const MAX_PARAM_LENGTH = 1000;

// Fastify's own error codes for requests it refuses before a route runs.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "invalid-json",
  FST_ERR_CTP_EMPTY_JSON_BODY: "invalid-json",
  FST_ERR_CTP_BODY_TOO_LARGE: "payload-too-large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported-media-type",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "invalid-request",
};

// Other 4xx errors from Fastify or its plugins, by status.
const CODES_BY_STATUS: Record<number, ErrorCode> = {
  404: "not-found",
  405: "method-not-allowed",
  408: "request-timeout",
  413: "payload-too-large",
  415: "unsupported-media-type",
  429: "rate-limited",
  431: "headers-too-large",
};

/** The JSON body for an error, in the one documented shape. */
export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
}

/**
 * Installs the one mapper from thrown errors to `{ error: { code, message, details? } }`, and the
 * not-found handler. With `appShell`, a GET outside /api that matches nothing answers with the web
 * app's index.html so client-side routes survive a reload. A path that exists under other methods
 * answers 405 with an Allow header.
 */
export function installErrorHandler(
  app: FastifyInstance,
  options: { appShell?: boolean; routeTable?: RouteTable } = {},
): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    return sendError(reply, toAppError(error, request), error);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? request.url;
    if (
      options.appShell === true &&
      (request.method === "GET" || request.method === "HEAD") &&
      !path.startsWith("/api/")
    ) {
      return reply.type("text/html").sendFile("index.html");
    }
    const allowed = options.routeTable?.methodsAt(path) ?? [];
    if (allowed.length > 0) {
      return sendError(
        reply.header("allow", allowed.join(", ")),
        new AppError(
          "method-not-allowed",
          `${request.method} is not allowed at ${path}; it accepts ${allowed.join(", ")}.`,
        ),
      );
    }
    return sendError(reply, new AppError("not-found", `Nothing is at ${request.method} ${path}.`));
  });
}

/**
 * Fastify's `frameworkErrors` option: the router's refusals (a path that is not valid
 * percent-encoding, a parameter longer than MAX_PARAM_LENGTH) in the documented shape.
 */
export function handleFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error.code === "FST_ERR_BAD_URL") {
    sendError(
      reply,
      new AppError(
        "invalid-request",
        "The address is not valid: a % must start a percent-encoded UTF-8 character.",
      ),
    );
  } else if (error.code === "FST_ERR_MAX_PARAM_LENGTH") {
    sendError(
      reply,
      new AppError(
        "invalid-request",
        `The address has a part longer than ${MAX_PARAM_LENGTH.toLocaleString("en-US")} characters.`,
      ),
    );
  } else {
    sendError(reply, toAppError(error, request), error);
  }
}

/**
 * Fastify's `clientErrorHandler` option: answers a request Node's HTTP parser refused (malformed,
 * headers too large, too slow to arrive) in the documented shape rather than Fastify's own.
 */
export function handleClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // A reset connection has no one left to answer.
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const appError =
    error.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? new AppError("request-timeout")
      : error.code === "HPE_HEADER_OVERFLOW"
        ? new AppError("headers-too-large")
        : new AppError("invalid-request", "The request is not valid HTTP.");
  const body = JSON.stringify(errorBody(appError));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${String(appError.status)} ${STATUS_CODES[appError.status] ?? ""}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${String(Buffer.byteLength(body))}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

function sendError(reply: FastifyReply, appError: AppError, cause?: unknown): FastifyReply {
  if (appError.status >= 500) {
    // The error's class, code and frames only (see describeErrorForLog): its message may quote SQL
    // parameters, that is, answer text.
    reply.log.error({ err: cause ?? appError }, "request failed");
  }
  return reply
    .status(appError.status)
    .type("application/json; charset=utf-8")
    .send(errorBody(appError));
}

function toAppError(error: unknown, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (typeof error !== "object" || error === null) return internalError(request);
  const fastifyError = error as Partial<FastifyError>;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const context = fastifyError.validationContext ?? "body";
    const issues = fastifyError.validation.map((issue) => {
      const field = `${context}${formatField(issue.instancePath)}`;
      // A request sent with no body at all: say so, not that null is not an object.
      const missing = field === "body" && /received (null|undefined)$/.test(issue.message ?? "");
      return {
        field,
        message: missing
          ? "is missing: send a JSON object (Content-Type: application/json)"
          : (issue.message ?? "is not valid"),
      };
    });
    const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join("; ");
    return new AppError("invalid-request", summary, { issues });
  }
  const mapped = fastifyError.code === undefined ? undefined : FASTIFY_CODES[fastifyError.code];
  if (mapped !== undefined) return new AppError(mapped);
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError(CODES_BY_STATUS[status] ?? "invalid-request");
  }
  return internalError(request);
}

// The request id lets a user's report be matched with the log line, which holds the error's class.
function internalError(request: FastifyRequest): AppError {
  return new AppError(
    "internal-error",
    `Something went wrong on our side. If it keeps happening, report request ${request.id}.`,
    { requestId: request.id },
  );
}

// "/themes/0" → ".themes[0]"
function formatField(instancePath: string): string {
  const parts = instancePath
    .split("/")
    .filter((part) => part !== "")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return parts.length === 0 ? "" : `.${formatPath(parts)}`.replace(".[", "[");
}
