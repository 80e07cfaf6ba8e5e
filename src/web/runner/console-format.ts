// Imported by module, not through the runner's index, so the workers do not bundle the transpiler.
import { toJsonValue } from "../../core/runner/compare.ts";

/**
 * One line of console output, the way a browser's console would show its arguments, joined by
 * spaces: strings as they are, errors with their name and message, other values as compact JSON
 * (by the runner's rules, so a Map prints as an object and NaN as "NaN").
 *
 * @example
 * formatConsoleArgs(["sum", 3, [1, 2]]); // 'sum 3 [1,2]'
 */
export function formatConsoleArgs(args: readonly unknown[]): string {
  return args.map(formatValue).join(" ");
}

function formatValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "undefined";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === "symbol") return value.toString();
  if (typeof value === "function") return `[function ${value.name || "anonymous"}]`;
  try {
    return JSON.stringify(toJsonValue(value));
  } catch {
    return "[a value that cannot be printed]";
  }
}
