type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A new object with `override` laid over `base`, section by section: a value in `override`
 * replaces the one in `base`; nested objects are merged the same way. Neither input changes.
 */
export function deepMerge<T extends Plain>(base: T, override: Plain): T {
  const merged: Plain = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const current = merged[key];
    merged[key] = isPlain(current) && isPlain(value) ? deepMerge(current, value) : value;
  }
  return merged as T;
}
