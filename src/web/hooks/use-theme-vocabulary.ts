import { usePrimaryPack } from "./use-pack.ts";

/** The question bank's themes, which stories pick from; empty until the pack has loaded. */
export function useThemeVocabulary(): readonly string[] {
  const pack = usePrimaryPack();
  // GET /api/packs/:id sends the whole manifest, themes included.
  if (pack.status !== "ready") return [];
  const { themes } = pack.data as { themes?: unknown };
  return Array.isArray(themes) ? themes.filter((t): t is string => typeof t === "string") : [];
}
