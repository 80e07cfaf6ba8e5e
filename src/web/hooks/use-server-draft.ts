import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../api/client.ts";

/** How long a value must stay unchanged before it is saved: one delay for every draft. */
export const SAVE_DELAY_MS = 700;

/** After a failed save, the next try waits this long, doubling up to RETRY_MAX_MS. */
const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 30_000;

/** Where a draft stands: being read, as saved, being saved, edited since, or not saved. */
export type DraftStatus = "loading" | "saved" | "saving" | "unsaved" | "failed";

/** What a code draft's status line says in each state. */
export const DRAFT_STATUS_TEXT: Record<DraftStatus, string> = {
  loading: "Loading your draft…",
  saved: "Draft saved",
  saving: "Saving the draft…",
  unsaved: "Unsaved changes",
  failed: "The draft could not be saved; trying again",
};

/** How one draft is read from and written to the server. */
export interface DraftStore<T> {
  /** The saved value, or undefined when nothing was saved yet. */
  load(signal: AbortSignal): Promise<T | undefined>;
  /** Saves a value; `keepalive` lets the request outlive a page that is being left. */
  save(value: T, keepalive: boolean): Promise<unknown>;
}

interface DraftState<T> {
  key: string;
  value: T;
  /** The value the server holds (the initial one when nothing was saved yet). */
  saved: T;
  saving: boolean;
  error: string | undefined;
}

function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}

/**
 * A value kept as a draft on the server: read once per `key` (or `initial` when none was saved),
 * saved SAVE_DELAY_MS after each change stops, saved at once when the key changes or the page
 * is left (with `keepalive`, so a quick reload loses nothing), and tried again with a growing
 * delay while a save fails. The status says which of these is happening, so nothing is dropped
 * silently.
 */
export function useServerDraft<T>(
  key: string,
  initial: T,
  store: DraftStore<T>,
): {
  value: T;
  status: DraftStatus;
  error: string | undefined;
  setValue: (value: T) => void;
} {
  const [state, setState] = useState<DraftState<T> | undefined>();
  /** The value waiting to be saved, with the key it belongs to. */
  const pending = useRef<{ key: string; value: T } | undefined>(undefined);
  const retryDelay = useRef(RETRY_FIRST_MS);
  const [retries, setRetries] = useState(0);
  // The latest initial value and store, read when a key's draft is loaded or saved.
  const latest = useRef({ initial, store });
  useEffect(() => {
    latest.current = { initial, store };
  });
  // What the last render showed, so setValue can tell an edit from an echo of the same value.
  const shown = useRef(state);
  useEffect(() => {
    shown.current = state;
  });

  const flush = useCallback((keepalive = false) => {
    const save = pending.current;
    if (save === undefined) return;
    pending.current = undefined;
    const update = (change: Partial<DraftState<T>>) => {
      setState((current) => (current?.key === save.key ? { ...current, ...change } : current));
    };
    update({ saving: true });
    latest.current.store.save(save.value, keepalive).then(
      () => {
        retryDelay.current = RETRY_FIRST_MS;
        update({ saved: save.value, saving: false, error: undefined });
      },
      (error: unknown) => {
        // Kept for the next try, unless a newer value has replaced it meanwhile.
        pending.current ??= save;
        update({ saving: false, error: messageOf(error, "the server could not be reached") });
        setRetries((count) => count + 1);
      },
    );
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    const { initial: fallback, store: reader } = latest.current;
    reader.load(controller.signal).then(
      (loaded) => {
        const value = loaded ?? fallback;
        setState({ key, value, saved: value, saving: false, error: undefined });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          key,
          value: fallback,
          saved: fallback,
          saving: false,
          error: messageOf(error, "the draft could not be read"),
        });
      },
    );
    return () => {
      controller.abort();
      // Leaving this draft: whatever is still waiting is saved now.
      flush();
    };
  }, [key, flush]);

  // A change waits SAVE_DELAY_MS; a failed save waits its growing retry delay.
  useEffect(() => {
    if (pending.current === undefined) return;
    const failed = retries > 0 && state?.error !== undefined;
    const delay = failed ? retryDelay.current : SAVE_DELAY_MS;
    if (failed) retryDelay.current = Math.min(retryDelay.current * 2, RETRY_MAX_MS);
    const timer = setTimeout(() => {
      flush();
    }, delay);
    return () => {
      clearTimeout(timer);
    };
  }, [state?.value, retries, state?.error, flush]);

  // Leaving or reloading the page: a save still waiting goes out with keepalive.
  useEffect(() => {
    const leave = () => {
      flush(true);
    };
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
    };
  }, [flush]);

  const setValue = useCallback(
    (value: T) => {
      const current = shown.current;
      // Until this key's draft is read there is nothing to change; an echo changes nothing.
      if (current?.key !== key || Object.is(current.value, value)) return;
      pending.current = { key, value };
      shown.current = { ...current, value };
      setState((now) => (now?.key === key ? { ...now, value } : now));
    },
    [key],
  );

  if (state?.key !== key) {
    return { value: initial, status: "loading", error: undefined, setValue };
  }
  let status: DraftStatus = "unsaved";
  if (state.saving) status = "saving";
  else if (state.value === state.saved) status = "saved";
  else if (state.error !== undefined) status = "failed";
  return { value: state.value, status, error: state.error, setValue };
}
