import type { ErrorBody } from "../../core/api/errors.ts";

/** An error answer from the API, with its stable code and readable message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The error a failed response carries, in the documented `{"error": {...}}` shape. */
  static async fromResponse(response: Response): Promise<ApiError> {
    const body = (await response.json().catch(() => undefined)) as Partial<ErrorBody> | undefined;
    const error = body?.error;
    return new ApiError(
      response.status,
      error?.code ?? "unknown",
      error?.message ?? `The server answered ${String(response.status)}.`,
    );
  }
}

/**
 * Browsers refuse a keepalive request whose body, with the others still in flight, passes
 * 64 KiB. A larger save goes out as an ordinary request: it may still arrive, where a refused
 * keepalive request surely would not.
 */
const KEEPALIVE_BODY_LIMIT = 60_000;

/** Calls the API and returns the parsed JSON, or throws an ApiError with the server's message. */
export async function apiRequest<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal; keepalive?: boolean } = {},
): Promise<T> {
  let response: Response;
  const body = init.body === undefined ? null : JSON.stringify(init.body);
  const size = body === null ? 0 : new TextEncoder().encode(body).length;
  try {
    response = await fetch(`/api${path}`, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? {} : { "content-type": "application/json" },
      body,
      signal: init.signal ?? null,
      // Lets a save sent while the page is being left reach the server.
      keepalive: (init.keepalive ?? false) && size <= KEEPALIVE_BODY_LIMIT,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network", "Candor's server could not be reached. Is it still running?");
  }
  if (!response.ok) throw await ApiError.fromResponse(response);
  return (await response.json().catch(() => undefined)) as T;
}
