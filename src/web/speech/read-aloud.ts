import { useCallback, useEffect, useState } from "react";

const PREFERENCE_KEY = "candor:read-aloud";

/** The voices the browser offers for speaking; none in a headless browser or without speech. */
function currentVoices(): SpeechSynthesisVoice[] {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return [];
  return window.speechSynthesis.getVoices();
}

/**
 * Reading the interviewer's turns aloud with the browser's own speech synthesis (nothing leaves
 * the machine beyond what the browser's voices do). `available` is false when the browser offers
 * no voice; the choice to read aloud is remembered in this browser.
 */
export function useReadAloud(): {
  available: boolean;
  enabled: boolean;
  /** Turns reading on or off; turned on, `now` (the turn on screen) is read at once. */
  setEnabled: (on: boolean, now?: string) => void;
  speak: (text: string) => void;
} {
  const [voices, setVoices] = useState(currentVoices);
  const [enabled, setEnabledState] = useState(() => {
    try {
      return window.localStorage.getItem(PREFERENCE_KEY) === "on";
    } catch {
      return false;
    }
  });

  useEffect(() => {
    if (!("speechSynthesis" in window)) return;
    // Chromium lists its voices only after they load, and says so with this event.
    const update = () => setVoices(currentVoices());
    window.speechSynthesis.addEventListener("voiceschanged", update);
    return () => {
      window.speechSynthesis.removeEventListener("voiceschanged", update);
      window.speechSynthesis.cancel();
    };
  }, []);

  const setEnabled = useCallback((on: boolean, now?: string) => {
    setEnabledState(on);
    if ("speechSynthesis" in window) {
      window.speechSynthesis.cancel();
      if (on && now !== undefined) window.speechSynthesis.speak(new SpeechSynthesisUtterance(now));
    }
    try {
      window.localStorage.setItem(PREFERENCE_KEY, on ? "on" : "off");
    } catch {
      // A browser that keeps nothing still reads aloud for this page.
    }
  }, []);

  const available = voices.length > 0;
  const speak = useCallback(
    (text: string) => {
      if (!available || !enabled) return;
      window.speechSynthesis.cancel();
      window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
    },
    [available, enabled],
  );
  return { available, enabled: enabled && available, setEnabled, speak };
}
