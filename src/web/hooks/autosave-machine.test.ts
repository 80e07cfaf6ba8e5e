import { describe, expect, it } from "vitest";
import {
  autosaveStatus,
  openDraft,
  RETRY_FIRST_MS,
  RETRY_MAX_MS,
  retryDelay,
  SAVE_DELAY_MS,
  stepAutosave,
  type AutosaveCommand,
  type AutosaveEvent,
  type AutosaveState,
  type SaveFailure,
} from "./autosave-machine.ts";

const serverDown: SaveFailure = { message: "Try again shortly.", offline: false, retryable: true };
const refusedForGood: SaveFailure = { message: "Too long.", offline: false, retryable: false };
const noNetwork: SaveFailure = { message: "Not reachable.", offline: true, retryable: true };

/** Runs events in order and keeps every command, as the hook would carry them out. */
function run<T>(start: AutosaveState<T>, events: AutosaveEvent<T>[]) {
  let state = start;
  const commands: AutosaveCommand<T>[] = [];
  for (const event of events) {
    const step = stepAutosave(state, event);
    state = step.state;
    commands.push(...step.commands);
  }
  return { state, commands };
}

describe("stepAutosave", () => {
  it("saves an edit once typing has stopped for the save delay", () => {
    const typed = run(openDraft("a"), [
      { type: "edit", value: "ab" },
      { type: "edit", value: "abc" },
    ]);
    expect(typed.commands).toEqual([
      { type: "arm", ms: SAVE_DELAY_MS },
      { type: "arm", ms: SAVE_DELAY_MS },
    ]);
    expect(autosaveStatus(typed.state)).toBe("unsaved");

    const fired = stepAutosave(typed.state, { type: "timer" });
    expect(fired.commands).toEqual([{ type: "save", value: "abc", keepalive: false }]);
    expect(autosaveStatus(fired.state)).toBe("saving");

    const done = stepAutosave(fired.state, { type: "saved", value: "abc" });
    expect(done.commands).toEqual([]);
    expect(autosaveStatus(done.state)).toBe("saved");
  });

  it("does nothing for an edit that changes nothing", () => {
    const step = stepAutosave(openDraft("same"), { type: "edit", value: "same" });
    expect(step.commands).toEqual([]);
    expect(autosaveStatus(step.state)).toBe("saved");
  });

  it("saves edits made while a save was on its way after that save answers", () => {
    const { state, commands } = run(openDraft("a"), [
      { type: "edit", value: "b" },
      { type: "timer" },
      { type: "edit", value: "c" },
      { type: "saved", value: "b" },
    ]);
    expect(commands).toEqual([
      { type: "arm", ms: SAVE_DELAY_MS },
      { type: "save", value: "b", keepalive: false },
      { type: "arm", ms: SAVE_DELAY_MS },
    ]);
    expect(state.saved).toBe("b");
    expect(autosaveStatus(state)).toBe("unsaved");
    expect(stepAutosave(state, { type: "timer" }).commands).toEqual([
      { type: "save", value: "c", keepalive: false },
    ]);
  });

  it("keeps a failed save and tries it again with a growing delay, never dropping it", () => {
    let state = run(openDraft("a"), [{ type: "edit", value: "b" }, { type: "timer" }]).state;
    const waits: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const failed = stepAutosave(state, { type: "failed", value: "b", failure: serverDown });
      expect(autosaveStatus(failed.state)).toBe("retrying");
      expect(failed.state.error).toBe("Try again shortly.");
      const arm = failed.commands.find((command) => command.type === "arm");
      waits.push(arm?.type === "arm" ? arm.ms : -1);
      const retried = stepAutosave(failed.state, { type: "timer" });
      expect(retried.commands).toEqual([{ type: "save", value: "b", keepalive: false }]);
      state = retried.state;
    }
    expect(waits).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);

    const done = stepAutosave(state, { type: "saved", value: "b" });
    expect(autosaveStatus(done.state)).toBe("saved");
    expect(done.state.failures).toBe(0);
    expect(done.state.error).toBeUndefined();
  });

  it("while retrying, a new edit waits for the retry and the retry carries the newest value", () => {
    const { state, commands } = run(openDraft("a"), [
      { type: "edit", value: "b" },
      { type: "timer" },
      { type: "failed", value: "b", failure: serverDown },
      { type: "edit", value: "bc" },
    ]);
    // The edit does not replace the backoff with the short save delay.
    expect(commands.at(-1)).toEqual({ type: "arm", ms: RETRY_FIRST_MS });
    expect(stepAutosave(state, { type: "timer" }).commands).toEqual([
      { type: "save", value: "bc", keepalive: false },
    ]);
  });

  it("stops trying a value the server refused for good, and tries again once it changes", () => {
    const refused = run(openDraft("a"), [
      { type: "edit", value: "b" },
      { type: "timer" },
      { type: "failed", value: "b", failure: refusedForGood },
    ]);
    expect(refused.commands.at(-1)).toEqual({ type: "disarm" });
    expect(autosaveStatus(refused.state)).toBe("failed");
    expect(refused.state.error).toBe("Too long.");
    expect(stepAutosave(refused.state, { type: "timer" }).commands).toEqual([]);
    expect(stepAutosave(refused.state, { type: "leave" }).commands).toEqual([]);

    const edited = stepAutosave(refused.state, { type: "edit", value: "c" });
    expect(edited.commands).toEqual([{ type: "arm", ms: SAVE_DELAY_MS }]);
    expect(autosaveStatus(edited.state)).toBe("retrying");
  });

  it("waits while offline and saves as soon as the connection returns", () => {
    const offline = run(openDraft("a"), [
      { type: "edit", value: "b" },
      { type: "timer" },
      { type: "failed", value: "b", failure: noNetwork },
    ]);
    expect(offline.commands.at(-1)).toEqual({ type: "disarm" });
    expect(autosaveStatus(offline.state)).toBe("offline");

    const typedOffline = stepAutosave(offline.state, { type: "edit", value: "bc" });
    expect(typedOffline.commands).toEqual([]);
    expect(autosaveStatus(typedOffline.state)).toBe("offline");

    const back = stepAutosave(typedOffline.state, { type: "online" });
    expect(back.commands).toEqual([{ type: "save", value: "bc", keepalive: false }]);
    expect(autosaveStatus(back.state)).toBe("saving");
  });

  it("going offline disarms the timer, and nothing is sent when back online with nothing to save", () => {
    const off = stepAutosave(openDraft("a"), { type: "offline" });
    expect(off.commands).toEqual([{ type: "disarm" }]);
    expect(autosaveStatus(off.state)).toBe("saved");
    expect(stepAutosave(off.state, { type: "online" }).commands).toEqual([]);
  });

  it("sends what waits with keepalive when the page is left, before the save delay", () => {
    const typed = run(openDraft("a"), [{ type: "edit", value: "left with a reload" }]).state;
    const left = stepAutosave(typed, { type: "leave" });
    expect(left.commands).toEqual([
      { type: "disarm" },
      { type: "save", value: "left with a reload", keepalive: true },
    ]);
    // Hidden, then left: the keepalive save already on its way is not sent twice.
    expect(stepAutosave(left.state, { type: "leave" }).commands).toEqual([]);
    // Nothing waits: leaving a saved draft sends nothing.
    expect(stepAutosave(openDraft("a"), { type: "leave" }).commands).toEqual([]);
  });

  it("sends again with keepalive a save that was on its way when the page is left", () => {
    const sending = run(openDraft("a"), [{ type: "edit", value: "b" }, { type: "timer" }]).state;
    expect(stepAutosave(sending, { type: "leave" }).commands).toEqual([
      { type: "disarm" },
      { type: "save", value: "b", keepalive: true },
    ]);
  });

  it("says when the saved draft could not be read, until a save succeeds", () => {
    const unread = openDraft("starter", { readError: "The draft could not be read." });
    expect(autosaveStatus(unread)).toBe("unread");
    const saved = run(unread, [
      { type: "edit", value: "mine" },
      { type: "timer" },
      { type: "saved", value: "mine" },
    ]).state;
    expect(autosaveStatus(saved)).toBe("saved");
    expect(saved.error).toBeUndefined();
  });
});

describe("retryDelay", () => {
  it("doubles from the first delay and stops at the ceiling", () => {
    expect(retryDelay(1)).toBe(RETRY_FIRST_MS);
    expect(retryDelay(2)).toBe(RETRY_FIRST_MS * 2);
    expect(retryDelay(1_000)).toBe(RETRY_MAX_MS);
  });
});
