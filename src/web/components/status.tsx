import type { ReactNode } from "react";
import type { ApiError } from "../api/client.ts";

/** A polite loading line for screen readers and sighted users alike. */
export function Loading(props: { what: string }) {
  return (
    <p className="status" role="status">
      Loading {props.what}…
    </p>
  );
}

/** A message about something that went wrong, announced to screen readers; nothing when empty. */
export function ErrorNote(props: { children?: ReactNode }) {
  if (props.children === undefined || props.children === null || props.children === false) {
    return null;
  }
  return (
    <p className="error-panel" role="alert">
      {props.children}
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
