import { markSpeech, type MarkedWord } from "./speech-marks.ts";

export { HESITATION_GAP_S, normalizeWord, PAUSE_MIN_S } from "./speech-marks.ts";

/** A recognised word and when it was said, in seconds from the start of the audio. */
export interface TimedWord {
  word: string;
  start: number;
  end: number;
}

/** A silence between two words, in seconds from the start of the audio, and the words around it. */
export interface Pause {
  start: number;
  end: number;
  wordBefore: string;
  wordAfter: string;
}

/** How an answer was spoken: DESIGN.md's speech metrics, and a few more. */
export interface SpeechMetrics {
  durationS: number;
  wordsPerMinute: number;
  articulationWordsPerMinute: number;
  fillersPer100Words: number;
  fillersPerMinute: number;
  hedgesPer100Words: number;
  pauses: Pause[];
  pauseCount: number;
  longestPauseS: number;
}

/**
 * The speech metrics of DESIGN.md from recognised words and the audio's length. Rates are per
 * minute of speaking, from the first word's start to the last word's end: silence before and
 * after the answer is the recording's, not the speaker's.
 */
export function speechMetrics(words: readonly TimedWord[], durationS: number): SpeechMetrics {
  const marked = markSpeech(words);
  const ordered = marked.words;
  const pauses = findPauses(ordered);
  const first = ordered[0];
  const last = ordered.at(-1);
  const spanS = first === undefined || last === undefined ? 0 : Math.max(0, last.end - first.start);
  const pausedS = pauses.reduce((total, pause) => total + (pause.end - pause.start), 0);
  const count = ordered.length;
  return {
    durationS: round(durationS, 2),
    wordsPerMinute: perMinute(count, spanS),
    articulationWordsPerMinute: perMinute(count, spanS - pausedS),
    fillersPer100Words: per100(marked.fillers, count),
    fillersPerMinute: perMinute(marked.fillers, spanS),
    hedgesPer100Words: per100(marked.hedges, count),
    pauses: pauses.map((pause) => ({
      ...pause,
      start: round(pause.start, 2),
      end: round(pause.end, 2),
    })),
    pauseCount: pauses.length,
    longestPauseS: round(Math.max(0, ...pauses.map((pause) => pause.end - pause.start)), 2),
  };
}

function findPauses(words: readonly MarkedWord[]): Pause[] {
  const pauses: Pause[] = [];
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1];
    const after = words[i];
    if (before === undefined || after?.pauseBeforeS === undefined) continue;
    pauses.push({
      start: before.end,
      end: after.start,
      wordBefore: before.norm,
      wordAfter: after.norm,
    });
  }
  return pauses;
}

function perMinute(count: number, seconds: number): number {
  return seconds <= 0 ? 0 : round((count * 60) / seconds, 1);
}

function per100(count: number, words: number): number {
  return words === 0 ? 0 : round((count * 100) / words, 1);
}

function round(value: number, places: number): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}
