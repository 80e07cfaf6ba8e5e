import { useCallback, useEffect, useRef, useState } from "react";
import type { Language } from "../../core/problems/schema.ts";
import { ApiError } from "../api/client.ts";
import { fetchDraft, saveDraft } from "../api/problems.ts";

/** How long the code must stay unchanged before the draft is saved. */
const SAVE_DELAY_MS = 600;

/** Where the draft stands: being read, as saved, being saved, edited since, or not saved. */
export type DraftStatus = "loading" | "saved" | "saving" | "unsaved" | "failed";

interface DraftState {
  key: string;
  code: string;
  /** The code the server holds (the starter when nothing was saved yet). */
  saved: string;
  saving: boolean;
  error: string | undefined;
}

interface PendingSave {
  key: string;
  problemId: string;
  language: Language;
  code: string;
}

/**
 * This user's code for a problem in a language: restored from the saved draft (or the starter),
 * and saved again a moment after each edit stops. Edits not yet saved when the language or
 * problem changes, or the page is left, are saved at once.
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
  const key = `${problemId}:${language}`;
  const [state, setState] = useState<DraftState | undefined>();
  const pending = useRef<PendingSave | undefined>(undefined);

  const flush = useCallback(() => {
    const save = pending.current;
    if (save === undefined) return;
    pending.current = undefined;
    const update = (change: Partial<DraftState>) => {
      setState((current) => (current?.key === save.key ? { ...current, ...change } : current));
    };
    update({ saving: true });
    saveDraft(save.problemId, save.language, save.code).then(
      () => {
        update({ saved: save.code, saving: false, error: undefined });
      },
      (error: unknown) => {
        update({
          saving: false,
          error: error instanceof ApiError ? error.message : "the server could not be reached",
        });
      },
    );
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetchDraft(problemId, language, controller.signal).then(
      (draft) => {
        const code = draft.code ?? starter;
        setState({ key, code, saved: code, saving: false, error: undefined });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          key,
          code: starter,
          saved: starter,
          saving: false,
          error: error instanceof ApiError ? error.message : "the draft could not be read",
        });
      },
    );
    return () => {
      controller.abort();
      // Leaving this problem or language: whatever is still waiting is saved now.
      flush();
    };
  }, [key, problemId, language, starter, flush]);

  useEffect(() => {
    if (pending.current === undefined) return;
    const timer = setTimeout(flush, SAVE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [state?.code, flush]);

  // What the last render saw, so setCode can tell an edit from an echo without an updater.
  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  });

  const setCode = useCallback(
    (code: string) => {
      const shown = current.current;
      // Until this problem and language's draft is read there is nothing to edit.
      if (shown?.key !== key || shown.code === code) return;
      pending.current = { key, problemId, language, code };
      current.current = { ...shown, code };
      setState((latest) => (latest?.key === key ? { ...latest, code } : latest));
    },
    [key, problemId, language],
  );

  if (state?.key !== key) {
    return { code: starter, status: "loading", error: undefined, setCode };
  }
  let status: DraftStatus = "unsaved";
  if (state.saving) status = "saving";
  else if (state.code === state.saved) status = "saved";
  else if (state.error !== undefined) status = "failed";
  return { code: state.code, status, error: state.error, setCode };
}
