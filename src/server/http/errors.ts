import { ERROR_CATALOGUE, type ErrorCode } from "../../core/api/errors.ts";
import type { Result } from "../../core/result.ts";

/** An expected error with a catalogue code; the HTTP edge turns it into a JSON answer. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_CATALOGUE[code].message,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
    this.status = ERROR_CATALOGUE[code].status;
  }
}

/** A 404 naming what was looked for. */
export function notFound(what: string, id: string): AppError {
  return new AppError("not-found", `No ${what} has the id "${id}".`, { id });
}

/** A 400 naming the field that was wrong. */
export function invalidRequest(field: string, message: string): AppError {
  return new AppError("invalid-request", `${field}: ${message}`, { issues: [{ field, message }] });
}

/**
 * An expected failure a service returns: a catalogue code and a message for the client. With
 * `field`, it is a 400 naming the request field at fault; `details` go to the client as they are.
 */
export interface ServiceError<C extends ErrorCode = ErrorCode> {
  code: C;
  message: string;
  field?: string;
  details?: unknown;
}

/** A service's 404 naming what was looked for, as `notFound` words it. */
export function missing(what: string, id: string): ServiceError<"not-found"> {
  return { code: "not-found", message: `No ${what} has the id "${id}".`, details: { id } };
}

/** The one mapping from a service's error to the HTTP error the edge sends. */
export function toHttpError(error: ServiceError): AppError {
  if (error.field !== undefined) return invalidRequest(error.field, error.message);
  return new AppError(error.code, error.message, error.details);
}

/** A service's value, or the mapped HTTP error thrown for the error handler to send. */
export function unwrap<T>(result: Result<T, ServiceError>): T {
  if (result.ok) return result.value;
  throw toHttpError(result.error);
}
