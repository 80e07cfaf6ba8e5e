import { useSearchParams } from "react-router";

/**
 * A page's filters kept in its URL: the current parameters, and a setter that replaces the history
 * entry and clears a filter set to "". The setter starts from the address as it is when called,
 * not from the render's parameters: react-router hands a functional update the parameters of the
 * last render, so two changes in one tick (a round chosen, then a category, before the page has
 * drawn again) would keep only the second.
 */
export function useFilterParams(): [URLSearchParams, (key: string, value: string) => void] {
  const [params, setParams] = useSearchParams();
  function update(key: string, value: string) {
    const next = new URLSearchParams(window.location.search);
    if (value === "") next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  }
  return [params, update];
}
