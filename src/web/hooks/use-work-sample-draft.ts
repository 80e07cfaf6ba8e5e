import { useMemo } from "react";
import {
  fetchWorkSampleDraft,
  saveWorkSampleDraft,
  type WorkSampleDraft,
} from "../api/work-samples.ts";
import { type DraftStatus, useServerDraft } from "./use-server-draft.ts";

/** How one kind of draft is read from and written to the server. */
export interface DraftCodec<T> {
  /** The value saved in a draft, or undefined when the draft holds none of this kind. */
  read(draft: WorkSampleDraft): T | undefined;
  write(value: T): Parameters<typeof saveWorkSampleDraft>[1];
}

/**
 * This user's work on a work sample (edited files, or review findings): restored from the saved
 * draft, or `initial` when there is none, and saved a moment after each change stops, when the
 * page is left, and again while a save fails (see useServerDraft).
 */
export function useWorkSampleDraft<T>(
  sampleId: string,
  initial: T,
  codec: DraftCodec<T>,
): { value: T; status: DraftStatus; error: string | undefined; setValue: (value: T) => void } {
  const store = useMemo(
    () => ({
      load: async (signal: AbortSignal) => codec.read(await fetchWorkSampleDraft(sampleId, signal)),
      save: (value: T, keepalive: boolean) =>
        saveWorkSampleDraft(sampleId, codec.write(value), keepalive),
    }),
    [sampleId, codec],
  );
  return useServerDraft(sampleId, initial, store);
}
