import type { ApiError } from "../api/client.ts";

/** A polite loading line for screen readers and sighted users alike. */
export function Loading(props: { what: string }) {
  return (
    <p className="status" role="status">
      Loading {props.what}…
    </p>
  );
}

/** The server's error message, with a way to try again. */
export function LoadError(props: { error: ApiError; onRetry?: () => void }) {
  return (
    <div className="error-panel" role="alert">
      <p>{props.error.message}</p>
      {props.onRetry === undefined ? null : (
        <button type="button" onClick={props.onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
