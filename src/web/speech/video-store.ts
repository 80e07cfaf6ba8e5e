import type { SpeechAnalysis } from "../../core/api/speech.ts";

/**
 * A recorded answer kept in this browser only, with its transcription once the server sent it:
 * a video, or a spoken answer's sound alone (its blob's type is then audio/wav).
 */
export interface StoredVideo {
  id: string;
  createdAt: string;
  /** The prompt that was being answered, to tell recordings apart. */
  prompt: string;
  video: Blob;
  /** From the recording clock: Chrome's WebM files carry no duration of their own. */
  durationS: number;
  speech?: SpeechAnalysis;
}

const DB_NAME = "candor-video";
const STORE = "videos";
const PERSIST_ASKED_KEY = "candor.video.persist-asked";

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: "id" });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB would not open."));
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB failed."));
      transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB aborted."));
    });
  } finally {
    db.close();
  }
}

/** Every video kept in this browser, newest first. */
export async function listVideos(): Promise<StoredVideo[]> {
  const videos = await withStore(
    "readonly",
    (store) => store.getAll() as IDBRequest<StoredVideo[]>,
  );
  return videos.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Keeps a video (or replaces it, to add its transcription). */
export async function saveVideo(video: StoredVideo): Promise<void> {
  await withStore("readwrite", (store) => store.put(video));
}

/** Said on `window` when a recording is kept from elsewhere on the page, so lists read again. */
export const RECORDING_KEPT_EVENT = "candor:recording-kept";

/** Keeps a spoken answer's sound, with what was heard, beside the videos. */
export async function keepRecording(spoken: {
  prompt: string;
  wav: Blob;
  speech: SpeechAnalysis;
}): Promise<void> {
  await saveVideo({
    id: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    prompt: spoken.prompt,
    video: spoken.wav,
    durationS: spoken.speech.metrics.durationS,
    speech: spoken.speech,
  });
  void askToPersistOnce();
  window.dispatchEvent(new Event(RECORDING_KEPT_EVENT));
}

/** Removes a video from this browser for good. */
export async function deleteVideo(id: string): Promise<void> {
  await withStore("readwrite", (store) => store.delete(id));
}

/**
 * Asks once, ever, that the browser keep Candor's storage when space runs low, so a kept video is
 * not evicted silently; the browser may say no, and the videos are kept either way.
 */
export async function askToPersistOnce(): Promise<void> {
  if (localStorage.getItem(PERSIST_ASKED_KEY) !== null) return;
  localStorage.setItem(PERSIST_ASKED_KEY, new Date().toISOString());
  // The answer changes nothing here: without it videos are kept until the browser needs room.
  await navigator.storage.persist().catch(() => false);
}
