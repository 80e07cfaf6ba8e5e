/**
 * A module (or anything else) loaded on first call and shared by every later one. A failed load is
 * not remembered: the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (loading === undefined) {
      loading = load();
      loading.catch(() => (loading = undefined));
    }
    return loading;
  };
}
