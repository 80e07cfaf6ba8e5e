import { useState } from "react";

function read(key: string): string {
  try {
    return window.sessionStorage.getItem(key) ?? "";
  } catch {
    // Storage can be switched off; the draft then lives only as long as the page.
    return "";
  }
}

function write(key: string, value: string) {
  try {
    if (value === "") window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {
    // As above: without storage a reload loses the draft, and nothing else breaks.
  }
}

/**
 * Text being typed that survives a reload of the tab: kept in sessionStorage under `key`, which
 * the browser forgets when the tab closes. An empty value removes the entry.
 */
export function useSessionDraft(key: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => read(key));
  return [
    value,
    (next: string) => {
      setValue(next);
      write(key, next);
    },
  ];
}
