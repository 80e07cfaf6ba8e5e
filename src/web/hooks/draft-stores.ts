import type { Language } from "../../core/problems/schema.ts";
import type { ReviewFinding } from "../../core/work-samples/schema.ts";
import { saveAssessmentDraft } from "../api/assessments.ts";
import { fetchDraft, saveDraft } from "../api/problems.ts";
import { fetchWorkSampleDraft, saveWorkSampleDraft } from "../api/work-samples.ts";
import type { DraftStore } from "./use-autosave.ts";

/** A user's code for a problem in a language, kept on the server. */
export function problemDraftStore(problemId: string, language: Language): DraftStore<string> {
  return {
    load: async (signal) => (await fetchDraft(problemId, language, signal)).code ?? undefined,
    save: (code, keepalive) => saveDraft(problemId, language, code, keepalive),
  };
}

/** A work sample's edited files, laid over `original` so a file the draft lacks keeps its text. */
export function workSampleFilesStore(
  sampleId: string,
  original: Record<string, string>,
): DraftStore<Record<string, string>> {
  return {
    load: async (signal) => {
      const draft = await fetchWorkSampleDraft(sampleId, signal);
      return draft.files === null ? undefined : { ...original, ...draft.files };
    },
    save: (files, keepalive) => saveWorkSampleDraft(sampleId, { files }, keepalive),
  };
}

/** A review sample's findings, kept on the server. */
export function workSampleFindingsStore(sampleId: string): DraftStore<ReviewFinding[]> {
  return {
    load: async (signal) => (await fetchWorkSampleDraft(sampleId, signal)).findings ?? undefined,
    save: (findings, keepalive) => saveWorkSampleDraft(sampleId, { findings }, keepalive),
  };
}

/**
 * An assessment session's code. The session view already carries the saved draft, so `load`
 * answers with it instead of asking the server again.
 */
export function assessmentDraftStore(sessionId: string, saved: string): DraftStore<string> {
  return {
    load: () => Promise.resolve(saved),
    save: (code, keepalive) => saveAssessmentDraft(sessionId, code, keepalive),
  };
}

/**
 * Text kept in the tab's sessionStorage under `key`, which the browser forgets when the tab
 * closes; an empty value removes the entry. Writes happen before `save` returns, so a save made
 * as the page is left is already stored.
 */
export function tabDraftStore(key: string): DraftStore<string> {
  return {
    local: true,
    load: () => {
      try {
        return Promise.resolve(window.sessionStorage.getItem(key) ?? undefined);
      } catch {
        return Promise.reject(new Error("This browser keeps no drafts in the tab."));
      }
    },
    save: (value) => {
      try {
        if (value === "") window.sessionStorage.removeItem(key);
        else window.sessionStorage.setItem(key, value);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}
