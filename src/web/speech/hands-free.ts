import { useCallback, useState } from "react";

const PREFERENCE_KEY = "candor:hands-free";

/**
 * The choice of a hands-free interview, remembered in this browser: each question is listened to
 * as soon as it is on screen (and read out, when reading aloud is on), and the answer is sent when
 * the candidate pauses, with no key pressed.
 */
export function useHandsFree(): { on: boolean; setOn: (on: boolean) => void } {
  const [on, setOnState] = useState(() => {
    try {
      return window.localStorage.getItem(PREFERENCE_KEY) === "on";
    } catch {
      return false;
    }
  });
  const setOn = useCallback((next: boolean) => {
    setOnState(next);
    try {
      window.localStorage.setItem(PREFERENCE_KEY, next ? "on" : "off");
    } catch {
      // A browser that keeps nothing is still hands-free for this page.
    }
  }, []);
  return { on, setOn };
}
