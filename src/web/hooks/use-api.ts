import { useCallback, useEffect, useState } from "react";
import { apiRequest, ApiError } from "../api/client.ts";

/** The state of one GET request: loading, its data, or its error. */
export type ApiState<T> =
  { status: "loading" } | { status: "ready"; data: T } | { status: "error"; error: ApiError };

/**
 * Fetches `path` whenever it changes; a newer request cancels the one before it. While a new
 * request is in flight the last data stays on screen, so results typed into a search do not flicker.
 * An undefined path waits: use it when the path depends on another request's answer.
 */
export function useApi<T>(path: string | undefined): ApiState<T> & { reload: () => void } {
  const [generation, setGeneration] = useState(0);
  const [result, setResult] = useState<{ key: string; state: ApiState<T> } | undefined>();
  const key = `${String(generation)}:${path ?? ""}`;

  useEffect(() => {
    // No path yet (it depends on another request): stay loading.
    if (path === undefined) return;
    const controller = new AbortController();
    apiRequest<T>(path, { signal: controller.signal }).then(
      (data) => {
        // A response that arrives after a newer request began is stale: it must not replace
        // the newer one's, even though it was already on its way when the request was cancelled.
        if (controller.signal.aborted) return;
        setResult({ key, state: { status: "ready", data } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError ? error : new ApiError(0, "unknown", "Something went wrong.");
        setResult({ key, state: { status: "error", error: apiError } });
      },
    );
    return () => {
      controller.abort();
    };
  }, [key, path]);

  const reload = useCallback(() => {
    setGeneration((value) => value + 1);
  }, []);

  let state: ApiState<T> = { status: "loading" };
  if (result !== undefined && (result.key === key || result.state.status === "ready")) {
    state = result.state;
  }
  return { ...state, reload };
}
