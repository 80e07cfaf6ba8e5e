import type { Comparison } from "../problems/schema.ts";

/** How close two numbers must be under the `float` comparison. */
export const FLOAT_TOLERANCE = 1e-6;

/**
 * Turns what a solution returned into plain JSON data, the form test cases are written in, so
 * every language is judged the same way: `undefined` becomes `null`, a Set or typed array an
 * array, a Map an object, a non-finite number the string "NaN", "Infinity" or "-Infinity", a
 * function a short description, a value that contains itself "[circular]". The Python harness
 * applies the same rules to Python values.
 */
export function toJsonValue(value: unknown, seen: Set<object> = new Set()): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "function") return `[function ${value.name || "anonymous"}]`;
  if (typeof value === "symbol") return value.toString();
  if (seen.has(value)) return "[circular]";
  seen.add(value);
  try {
    const next = (item: unknown) => toJsonValue(item, seen);
    if (Array.isArray(value)) return value.map(next);
    if (value instanceof Set) return [...value].map(next);
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      return Array.from(value as unknown as ArrayLike<unknown>, next);
    }
    if (value instanceof Map) {
      return Object.fromEntries([...value].map(([key, item]) => [String(key), next(item)]));
    }
    if (value instanceof Date) return value.toISOString();
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, next(item)]));
  } finally {
    seen.delete(value);
  }
}

/**
 * Whether `actual` (already plain JSON data, see {@link toJsonValue}) matches `expected` under the
 * problem's comparison: `exact` is deep equality (arrays in order, objects by key); `unordered`
 * accepts the top-level array in any order, elements deep-equal; `float` is deep equality where
 * numbers may differ by {@link FLOAT_TOLERANCE} (relative to the expected value when it is larger
 * than 1).
 */
export function valuesMatch(expected: unknown, actual: unknown, comparison: Comparison): boolean {
  switch (comparison) {
    case "exact":
      return deepEqual(expected, actual, false);
    case "float":
      return deepEqual(expected, actual, true);
    case "unordered":
      return sameElements(expected, actual);
  }
}

function deepEqual(expected: unknown, actual: unknown, floats: boolean): boolean {
  if (typeof expected === "number" && typeof actual === "number") {
    if (!floats) return expected === actual;
    return Math.abs(expected - actual) <= FLOAT_TOLERANCE * Math.max(1, Math.abs(expected));
  }
  if (expected === null || actual === null || typeof expected !== "object") {
    return expected === actual;
  }
  if (typeof actual !== "object") return false;
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return false;
    if (expected.length !== actual.length) return false;
    return expected.every((item, index) => deepEqual(item, actual[index], floats));
  }
  const expectedEntries = Object.entries(expected);
  const actualRecord = actual as Record<string, unknown>;
  if (expectedEntries.length !== Object.keys(actualRecord).length) return false;
  return expectedEntries.every(
    ([key, item]) => Object.hasOwn(actualRecord, key) && deepEqual(item, actualRecord[key], floats),
  );
}

function sameElements(expected: unknown, actual: unknown): boolean {
  if (!Array.isArray(expected) || !Array.isArray(actual)) return deepEqual(expected, actual, false);
  if (expected.length !== actual.length) return false;
  const counts = new Map<string, number>();
  for (const item of expected) {
    const key = canonicalJson(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const item of actual) {
    const key = canonicalJson(item);
    const left = counts.get(key) ?? 0;
    if (left === 0) return false;
    counts.set(key, left - 1);
  }
  return true;
}

/** JSON with object keys sorted, so deep-equal values give the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return value === undefined ? "null" : JSON.stringify(value);
}
