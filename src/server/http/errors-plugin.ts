import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { formatPath } from "../../core/content/content-problem.ts";
import { AppError, type ErrorBody } from "./errors.ts";

// Fastify's own error codes for requests it refuses before a route runs.
const FASTIFY_CODES: Record<string, AppError["code"]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "invalid-json",
  FST_ERR_CTP_EMPTY_JSON_BODY: "invalid-json",
  FST_ERR_CTP_BODY_TOO_LARGE: "payload-too-large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported-media-type",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "invalid-request",
};

/**
 * Installs the one mapper from thrown errors to `{ error: { code, message, details? } }`, and the
 * not-found handler. With `appShell`, a GET outside /api that matches nothing answers with the web
 * app's index.html so client-side routes survive a reload.
 */
export function installErrorHandler(
  app: FastifyInstance,
  options: { appShell?: boolean } = {},
): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      request.log.error({ err: error }, "request failed");
    }
    const body: ErrorBody = {
      error: {
        code: appError.code,
        message: appError.message,
        ...(appError.details === undefined ? {} : { details: appError.details }),
      },
    };
    return reply.status(appError.status).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    if (
      options.appShell === true &&
      (request.method === "GET" || request.method === "HEAD") &&
      !request.url.startsWith("/api/")
    ) {
      return reply.type("text/html").sendFile("index.html");
    }
    const body: ErrorBody = {
      error: { code: "not-found", message: `Nothing is at ${request.method} ${request.url}.` },
    };
    return reply.status(404).send(body);
  });
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((issue) => ({
      field: `${error.validationContext ?? "body"}${formatField(issue.instancePath)}`,
      message: issue.message ?? "is not valid",
    }));
    const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join("; ");
    return new AppError("invalid-request", summary, { issues });
  }
  const mapped = FASTIFY_CODES[error.code];
  if (mapped !== undefined) return new AppError(mapped);
  if (error.statusCode === 404) return new AppError("not-found");
  if (error.statusCode === 405) return new AppError("method-not-allowed");
  if (error.statusCode === 413) return new AppError("payload-too-large");
  if (error.statusCode === 415) return new AppError("unsupported-media-type");
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError("invalid-request");
  }
  return new AppError("internal-error");
}

// "/themes/0" → ".themes[0]"
function formatField(instancePath: string): string {
  const parts = instancePath
    .split("/")
    .filter((part) => part !== "")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return parts.length === 0 ? "" : `.${formatPath(parts)}`.replace(".[", "[");
}
