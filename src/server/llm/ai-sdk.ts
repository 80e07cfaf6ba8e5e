/**
 * The AI SDK, loaded on first use. Importing it (with its schema library) takes about half a
 * second, which every start would pay; only a configured provider ever needs it.
 */
export type AiSdk = typeof import("ai");

let loading: Promise<AiSdk> | undefined;

/** The AI SDK module, imported once. */
export function loadAiSdk(): Promise<AiSdk> {
  loading ??= import("ai");
  return loading;
}
