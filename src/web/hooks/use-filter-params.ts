import { useSearchParams } from "react-router";

/**
 * A page's filters kept in its URL: the current parameters, and a setter that replaces the history
 * entry and clears a filter set to "". The setter starts from the latest parameters, not the
 * render's, so two changes in one tick (a search typed, then a filter chosen) both stay.
 */
export function useFilterParams(): [URLSearchParams, (key: string, value: string) => void] {
  const [params, setParams] = useSearchParams();
  function update(key: string, value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === "") next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  }
  return [params, update];
}
