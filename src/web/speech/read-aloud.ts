import { useCallback, useEffect, useRef, useState } from "react";

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
  /** True while a turn is being read: a hands-free interview listens only after it. */
  speaking: boolean;
} {
  const [voices, setVoices] = useState(currentVoices);
  const [speaking, setSpeaking] = useState(false);
  const current = useRef<SpeechSynthesisUtterance | undefined>(undefined);
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

  /** Reads one text, saying when it is done (or fails) so `speaking` falls again. */
  const say = useCallback((text: string) => {
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    current.current = utterance;
    // The cancelled utterance reports its end late: only the one being read lowers the flag.
    const done = () => {
      if (current.current === utterance) setSpeaking(false);
    };
    utterance.addEventListener("end", done);
    utterance.addEventListener("error", done);
    setSpeaking(true);
    window.speechSynthesis.speak(utterance);
  }, []);

  const setEnabled = useCallback(
    (on: boolean, now?: string) => {
      setEnabledState(on);
      if ("speechSynthesis" in window) {
        window.speechSynthesis.cancel();
        current.current = undefined;
        setSpeaking(false);
        if (on && now !== undefined) say(now);
      }
      try {
        window.localStorage.setItem(PREFERENCE_KEY, on ? "on" : "off");
      } catch {
        // A browser that keeps nothing still reads aloud for this page.
      }
    },
    [say],
  );

  const available = voices.length > 0;
  const speak = useCallback(
    (text: string) => {
      if (!available || !enabled) return;
      say(text);
    },
    [available, enabled, say],
  );
  return { available, enabled: enabled && available, setEnabled, speak, speaking };
}
