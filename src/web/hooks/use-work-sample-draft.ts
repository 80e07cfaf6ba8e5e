import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../api/client.ts";
import {
  fetchWorkSampleDraft,
  saveWorkSampleDraft,
  type WorkSampleDraft,
} from "../api/work-samples.ts";
import type { DraftStatus } from "./use-problem-draft.ts";

/** How long the work must stay unchanged before the draft is saved. */
const SAVE_DELAY_MS = 700;

/** How one kind of draft is read from and written to the server. */
export interface DraftCodec<T> {
  /** The value saved in a draft, or undefined when the draft holds none of this kind. */
  read(draft: WorkSampleDraft): T | undefined;
  write(value: T): Parameters<typeof saveWorkSampleDraft>[1];
}

interface DraftState<T> {
  value: T;
  saved: T;
  saving: boolean;
  error: string | undefined;
}

/**
 * This user's work on a work sample (edited files, or review findings): restored from the saved
 * draft, or `initial` when there is none, and saved a moment after each change stops. A change
 * still waiting when the page is left is saved at once.
 */
export function useWorkSampleDraft<T>(
  sampleId: string,
  initial: T,
  codec: DraftCodec<T>,
): { value: T; status: DraftStatus; error: string | undefined; setValue: (value: T) => void } {
  const [state, setState] = useState<DraftState<T> | undefined>();
  const pending = useRef<T | undefined>(undefined);
  // The first render's initial value and codec: a draft is read once per sample.
  const start = useRef({ initial, codec });

  const flush = useCallback(() => {
    const value = pending.current;
    if (value === undefined) return;
    pending.current = undefined;
    setState((current) => (current === undefined ? current : { ...current, saving: true }));
    saveWorkSampleDraft(sampleId, start.current.codec.write(value)).then(
      () => {
        setState((current) =>
          current === undefined
            ? current
            : { ...current, saved: value, saving: false, error: undefined },
        );
      },
      (error: unknown) => {
        setState((current) =>
          current === undefined
            ? current
            : {
                ...current,
                saving: false,
                error:
                  error instanceof ApiError ? error.message : "the server could not be reached",
              },
        );
      },
    );
  }, [sampleId]);

  useEffect(() => {
    const controller = new AbortController();
    const { initial: fallback, codec: reader } = start.current;
    fetchWorkSampleDraft(sampleId, controller.signal).then(
      (draft) => {
        const value = reader.read(draft) ?? fallback;
        setState({ value, saved: value, saving: false, error: undefined });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          value: fallback,
          saved: fallback,
          saving: false,
          error: error instanceof ApiError ? error.message : "the draft could not be read",
        });
      },
    );
    return () => {
      controller.abort();
      flush();
    };
  }, [sampleId, flush]);

  useEffect(() => {
    if (pending.current === undefined) return;
    const timer = setTimeout(flush, SAVE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [state?.value, flush]);

  const loaded = state !== undefined;
  const setValue = useCallback(
    (value: T) => {
      // Until the draft is read there is nothing to change.
      if (!loaded) return;
      pending.current = value;
      setState((current) => (current === undefined ? current : { ...current, value }));
    },
    [loaded],
  );

  if (state === undefined) return { value: initial, status: "loading", error: undefined, setValue };
  let status: DraftStatus = "unsaved";
  if (state.saving) status = "saving";
  else if (state.value === state.saved) status = "saved";
  else if (state.error !== undefined) status = "failed";
  return { value: state.value, status, error: state.error, setValue };
}
