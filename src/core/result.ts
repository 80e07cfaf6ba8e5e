/** An expected outcome: a value, or an error the caller is meant to handle (never a bug). */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps an expected error as a failed result. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
