import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../api/client.ts";
import {
  autosaveStatus,
  openDraft,
  stepAutosave,
  type AutosaveCommand,
  type AutosaveEvent,
  type AutosaveState,
  type AutosaveStatus,
  type SaveFailure,
} from "./autosave-machine.ts";

export type { AutosaveStatus } from "./autosave-machine.ts";

/** How one draft is read and written: on the server, or in the tab's storage. */
export interface DraftStore<T> {
  /** The saved value, or undefined when nothing was saved yet. */
  load(signal: AbortSignal): Promise<T | undefined>;
  /**
   * Saves a value; `keepalive` marks a save sent as the page is left, which must outlive it. It
   * is called synchronously from `pagehide`, so a store kept in the tab writes before it returns.
   */
  save(value: T, keepalive: boolean): Promise<unknown>;
  /** Kept in the browser itself: saves go on while the browser is offline. */
  local?: boolean;
}

/** What a draft's status line says in each state (a failure adds the reason). */
export const DRAFT_STATUS_TEXT: Record<AutosaveStatus, string> = {
  loading: "Loading your draft…",
  saved: "Draft saved",
  unsaved: "Unsaved changes",
  saving: "Saving the draft…",
  retrying: "Not saved yet; trying again",
  offline: "Offline; the draft will be saved when the connection is back",
  failed: "The draft could not be saved",
  unread: "Your saved draft could not be read; your edits will be saved over it",
};

/** The status line for a draft: the state's text, and the reason when saving went wrong. */
export function draftStatusLine(
  draft: { status: AutosaveStatus; error: string | undefined },
  texts: Record<AutosaveStatus, string> = DRAFT_STATUS_TEXT,
): string {
  const text = texts[draft.status];
  const failing = draft.status === "retrying" || draft.status === "failed";
  return failing && draft.error !== undefined ? `${text} (${draft.error})` : text;
}

function failureOf(error: unknown): SaveFailure {
  const offline = typeof navigator !== "undefined" && !navigator.onLine;
  if (!(error instanceof ApiError)) {
    return { message: "the draft could not be sent", offline, retryable: true };
  }
  // A network error, a timeout, too many requests or a server fault may pass; another 4xx
  // (a draft too long, a session that has ended, a sign-in that expired) will not.
  const retryable =
    error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
  return { message: error.message, offline: offline && error.status === 0, retryable };
}

/** One open draft: its state, its one timer, and the saves it sends. */
class OpenDraft<T> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(
    readonly key: string,
    private state: AutosaveState<T>,
    private readonly store: DraftStore<T>,
    private readonly onChange: (state: AutosaveState<T>) => void,
  ) {}

  dispatch(event: AutosaveEvent<T>): void {
    if (this.closed) return;
    const step = stepAutosave(this.state, event);
    this.state = step.state;
    this.onChange(step.state);
    for (const command of step.commands) this.carry(command);
  }

  /** Sends whatever still waits (with keepalive) and stops listening to answers. */
  close(): void {
    this.dispatch({ type: "leave" });
    clearTimeout(this.timer);
    this.closed = true;
  }

  private carry(command: AutosaveCommand<T>): void {
    switch (command.type) {
      case "arm":
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
          this.dispatch({ type: "timer" });
        }, command.ms);
        return;
      case "disarm":
        clearTimeout(this.timer);
        return;
      case "save": {
        const { value } = command;
        this.store.save(value, command.keepalive).then(
          () => {
            this.dispatch({ type: "saved", value });
          },
          (error: unknown) => {
            this.dispatch({ type: "failed", value, failure: failureOf(error) });
          },
        );
        return;
      }
    }
  }
}

/**
 * A value kept as a draft: read once per `key` (`initial` when nothing was saved), saved
 * SAVE_DELAY_MS after each change stops, and at once when the key changes or the page is hidden
 * or left (with keepalive, so a quick reload loses nothing). A failed save is tried again with a
 * growing delay, an offline browser waits for the connection, and the status says which of these
 * is happening: nothing is dropped silently. The rules are in autosave-machine.ts.
 */
export function useAutosave<T>(
  key: string,
  initial: T,
  store: DraftStore<T>,
): {
  value: T;
  status: AutosaveStatus;
  error: string | undefined;
  setValue: (value: T) => void;
} {
  const [shown, setShown] = useState<{ key: string; state: AutosaveState<T> } | undefined>();
  const open = useRef<OpenDraft<T> | undefined>(undefined);
  // The latest initial value and store, read when a key's draft is opened.
  const latest = useRef({ initial, store });
  useEffect(() => {
    latest.current = { initial, store };
  });

  useEffect(() => {
    const controller = new AbortController();
    const { initial: fallback, store: chosen } = latest.current;
    // Read when the draft opens, since the connection may come or go while it loads.
    const online = () => chosen.local === true || navigator.onLine;
    let opened: OpenDraft<T> | undefined;
    const start = (state: AutosaveState<T>) => {
      if (controller.signal.aborted) return;
      opened = new OpenDraft(key, state, chosen, (next) => {
        setShown({ key, state: next });
      });
      open.current = opened;
      setShown({ key, state });
    };
    chosen.load(controller.signal).then(
      (loaded) => {
        start(openDraft(loaded ?? fallback, { online: online() }));
      },
      (error: unknown) => {
        const readError = error instanceof ApiError ? error.message : "the draft could not be read";
        start(openDraft(fallback, { online: online(), readError }));
      },
    );
    return () => {
      controller.abort();
      // Leaving this draft: whatever still waits is saved now.
      opened?.close();
      if (open.current === opened) open.current = undefined;
    };
  }, [key]);

  // The page hidden (another tab, a phone's home screen) or left (a reload, a link away): what
  // waits goes now with keepalive. The connection coming and going starts and stops the saves.
  useEffect(() => {
    const send = (event: AutosaveEvent<T>) => {
      open.current?.dispatch(event);
    };
    const network = (event: AutosaveEvent<T>) => {
      if (latest.current.store.local !== true) send(event);
    };
    const leave = () => {
      send({ type: "leave" });
    };
    const hidden = () => {
      if (document.visibilityState === "hidden") leave();
    };
    const online = () => {
      network({ type: "online" });
    };
    const offline = () => {
      network({ type: "offline" });
    };
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    return () => {
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
    };
  }, []);

  const setValue = useCallback(
    (value: T) => {
      // Until this key's draft is read there is nothing to change.
      if (open.current?.key !== key) return;
      open.current.dispatch({ type: "edit", value });
    },
    [key],
  );

  if (shown?.key !== key) {
    return { value: initial, status: "loading", error: undefined, setValue };
  }
  return {
    value: shown.state.value,
    status: autosaveStatus(shown.state),
    error: shown.state.error,
    setValue,
  };
}
