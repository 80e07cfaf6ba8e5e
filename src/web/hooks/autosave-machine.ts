/**
 * The rules of autosave, apart from React and the browser: given where a draft stands and what
 * just happened (an edit, a timer, a save's answer, the connection, the page being left), the
 * next state and the commands to carry out (arm a timer, send a save). useAutosave runs these
 * commands; the tests here drive the rules directly.
 */

/** How long a value must stay unchanged before it is saved: one delay for every draft. */
export const SAVE_DELAY_MS = 700;

/** After a failed save the next try waits this long, doubling up to RETRY_MAX_MS. */
export const RETRY_FIRST_MS = 2_000;
export const RETRY_MAX_MS = 30_000;

/** Where a draft stands, as the page shows it. */
export type AutosaveStatus =
  /** the draft is being read */
  | "loading"
  /** the store holds what is shown */
  | "saved"
  /** edited since the last save; the save waits for typing to stop */
  | "unsaved"
  /** a save is on its way */
  | "saving"
  /** the last save failed and will be tried again */
  | "retrying"
  /** the browser is offline; the save waits for the connection */
  | "offline"
  /** the store refused the draft; trying again would not help until it changes */
  | "failed"
  /** the saved draft could not be read; the first edit is saved over it */
  | "unread";

/** How a save ended, as the machine needs to know it. */
export type SaveFailure = {
  message: string;
  /** The request never left because the browser is offline; the save waits for `online`. */
  offline: boolean;
  /** Sending the same value again could succeed (a network error, a 5xx, a 408 or a 429). */
  retryable: boolean;
};

export interface AutosaveState<T> {
  /** What the page shows. */
  value: T;
  /** What the store is known to hold. */
  saved: T;
  /** The save on its way, if one is, and whether it was sent to outlive the page. */
  inFlight: { value: T; keepalive: boolean } | undefined;
  /** Failed saves in a row since the last one that succeeded. */
  failures: number;
  /** Why the last save (or the read) failed, until a save succeeds. */
  error: string | undefined;
  /** Whether the last save was refused for good (a 4xx that retrying would not change). */
  refused: boolean;
  /** Whether the read of the saved draft failed. */
  unread: boolean;
  online: boolean;
}

export type AutosaveEvent<T> =
  | { type: "edit"; value: T }
  /** The armed timer went off. */
  | { type: "timer" }
  | { type: "saved"; value: T }
  | { type: "failed"; value: T; failure: SaveFailure }
  | { type: "online" }
  | { type: "offline" }
  /** The page is hidden, left or reloaded, or the draft is closed: whatever waits goes now. */
  | { type: "leave" };

export type AutosaveCommand<T> =
  /** Arms the one timer (replacing any armed one) to fire a `timer` event after `ms`. */
  | { type: "arm"; ms: number }
  | { type: "disarm" }
  /** Sends a save; `keepalive` lets it outlive a page that is being left. */
  | { type: "save"; value: T; keepalive: boolean };

export interface AutosaveStep<T> {
  state: AutosaveState<T>;
  commands: AutosaveCommand<T>[];
}

/** A draft as read from its store: nothing to save yet. */
export function openDraft<T>(
  value: T,
  options: { online?: boolean; readError?: string } = {},
): AutosaveState<T> {
  return {
    value,
    saved: value,
    inFlight: undefined,
    failures: 0,
    error: options.readError,
    refused: false,
    unread: options.readError !== undefined,
    online: options.online ?? true,
  };
}

/** The wait before try number `failures + 1`: RETRY_FIRST_MS, doubled each time, at most RETRY_MAX_MS. */
export function retryDelay(failures: number): number {
  const doublings = Math.max(0, failures - 1);
  return Math.min(RETRY_FIRST_MS * 2 ** Math.min(doublings, 16), RETRY_MAX_MS);
}

function isDirty<T>(state: AutosaveState<T>): boolean {
  return !Object.is(state.value, state.saved);
}

function startSave<T>(state: AutosaveState<T>, keepalive: boolean): AutosaveStep<T> {
  return {
    state: { ...state, inFlight: { value: state.value, keepalive } },
    commands: [{ type: "save", value: state.value, keepalive }],
  };
}

/** The next state of a draft after `event`, and what to do about it. */
export function stepAutosave<T>(state: AutosaveState<T>, event: AutosaveEvent<T>): AutosaveStep<T> {
  switch (event.type) {
    case "edit": {
      if (Object.is(event.value, state.value)) return { state, commands: [] };
      // A new value is worth trying even after a refusal; the backoff of a failing server stays.
      const next = { ...state, value: event.value, refused: false };
      if (state.inFlight !== undefined || !state.online) return { state: next, commands: [] };
      if (state.failures > 0 && !state.refused) return { state: next, commands: [] };
      return { state: next, commands: [{ type: "arm", ms: SAVE_DELAY_MS }] };
    }
    case "timer": {
      if (state.inFlight !== undefined || !state.online || state.refused || !isDirty(state)) {
        return { state, commands: [] };
      }
      return startSave(state, false);
    }
    case "saved": {
      const next: AutosaveState<T> = {
        ...state,
        saved: event.value,
        inFlight: undefined,
        failures: 0,
        error: undefined,
        refused: false,
        unread: false,
      };
      // Edits made while the save was on its way get their own save.
      const commands: AutosaveCommand<T>[] =
        isDirty(next) && next.online ? [{ type: "arm", ms: SAVE_DELAY_MS }] : [];
      return { state: next, commands };
    }
    case "failed": {
      const { failure } = event;
      const failures = state.failures + 1;
      const next: AutosaveState<T> = {
        ...state,
        inFlight: undefined,
        failures,
        error: failure.message,
        refused: !failure.retryable && Object.is(event.value, state.value),
        online: state.online && !failure.offline,
      };
      // A refused value is not sent again until it changes; a newer value gets its own try.
      if (!next.online || next.refused) return { state: next, commands: [{ type: "disarm" }] };
      return { state: next, commands: [{ type: "arm", ms: retryDelay(failures) }] };
    }
    case "offline": {
      return { state: { ...state, online: false }, commands: [{ type: "disarm" }] };
    }
    case "online": {
      const next = { ...state, online: true };
      if (next.inFlight !== undefined || next.refused || !isDirty(next)) {
        return { state: next, commands: [] };
      }
      // Back online: the waiting save goes now rather than after a backoff.
      return startSave(next, false);
    }
    case "leave": {
      // Sent even offline or after a refusal: the page may not get another chance. A save on
      // its way without keepalive can be cut off as the page goes, so the value goes again.
      if (!isDirty(state) || state.refused) return { state, commands: [] };
      // `visibilitychange` and then `pagehide` both arrive on a reload: one keepalive save will do.
      const sent = state.inFlight;
      if (sent?.keepalive === true && Object.is(sent.value, state.value)) {
        return { state, commands: [] };
      }
      const step = startSave(state, true);
      return { state: step.state, commands: [{ type: "disarm" }, ...step.commands] };
    }
  }
}

/** What the page should say about a draft in `state`. */
export function autosaveStatus<T>(state: AutosaveState<T>): AutosaveStatus {
  if (state.inFlight !== undefined) return "saving";
  if (!isDirty(state)) return state.unread ? "unread" : "saved";
  if (state.refused) return "failed";
  if (!state.online) return "offline";
  if (state.failures > 0) return "retrying";
  return "unsaved";
}
