import { useMemo } from "react";
import type { Language } from "../../core/problems/schema.ts";
import { fetchDraft, saveDraft } from "../api/problems.ts";
import { type DraftStatus, useServerDraft } from "./use-server-draft.ts";

export type { DraftStatus } from "./use-server-draft.ts";

/**
 * This user's code for a problem in a language: restored from the saved draft (or the starter),
 * saved again a moment after each edit stops, and at once when the language or problem changes
 * or the page is left (see useServerDraft).
 */
export function useProblemDraft(
  problemId: string,
  language: Language,
  starter: string,
): {
  code: string;
  status: DraftStatus;
  error: string | undefined;
  setCode: (code: string) => void;
} {
  const store = useMemo(
    () => ({
      load: async (signal: AbortSignal) =>
        (await fetchDraft(problemId, language, signal)).code ?? undefined,
      save: (code: string, keepalive: boolean) => saveDraft(problemId, language, code, keepalive),
    }),
    [problemId, language],
  );
  const draft = useServerDraft(`${problemId}:${language}`, starter, store);
  return { code: draft.value, status: draft.status, error: draft.error, setCode: draft.setValue };
}
