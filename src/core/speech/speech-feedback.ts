import type { SpeechMetrics } from "./speech-metrics.ts";

/** How one figure compares with its band (docs/speech.md gives each band and its source). */
export interface SpeechNote {
  metric: "pace" | "fillers" | "hedges" | "pauses";
  level: "ok" | "note";
  message: string;
}

/** Conversational English runs near 150 words a minute; these bounds leave room either side. */
export const PACE_BAND = { slow: 110, fast: 180 } as const;
/** Fillers per 100 words above which a listener notices them. */
export const FILLER_NOTICEABLE_PER_100 = 3;
/** Hedges per 100 words above which an answer sounds unsure of itself. */
export const HEDGE_NOTICEABLE_PER_100 = 3;
/** A pause this long reads as having lost the thread rather than gathering it. */
export const LONG_PAUSE_S = 3;

/** Plain-language notes on the metrics, one per figure, for a person to read. */
export function speechFeedback(metrics: SpeechMetrics): SpeechNote[] {
  const pace = Math.round(metrics.wordsPerMinute);
  const fillers = metrics.fillersPer100Words;
  const hedges = metrics.hedgesPer100Words;
  const longest = metrics.longestPauseS;
  return [
    pace < PACE_BAND.slow
      ? note("pace", `${String(pace)} words a minute is slow; ${bandText()} is easy to follow.`)
      : pace > PACE_BAND.fast
        ? note("pace", `${String(pace)} words a minute is fast; ${bandText()} is easy to follow.`)
        : fine("pace", `${String(pace)} words a minute is a comfortable pace.`),
    fillers > FILLER_NOTICEABLE_PER_100
      ? note("fillers", `${String(fillers)} fillers per 100 words: a silent pause serves better.`)
      : fine("fillers", `${String(fillers)} fillers per 100 words is unremarkable.`),
    hedges > HEDGE_NOTICEABLE_PER_100
      ? note("hedges", `${String(hedges)} hedges per 100 words: say plainly what you know.`)
      : fine("hedges", `${String(hedges)} hedges per 100 words.`),
    longest >= LONG_PAUSE_S
      ? note(
          "pauses",
          `The longest pause is ${String(longest)} s: a listener may think you lost the thread.`,
        )
      : fine(
          "pauses",
          metrics.pauses.length === 0
            ? "No pause of a second or more."
            : `${String(metrics.pauses.length)} ${metrics.pauses.length === 1 ? "pause" : "pauses"} of a second or more, none too long.`,
        ),
  ];
}

function bandText(): string {
  return `${String(PACE_BAND.slow)}–${String(PACE_BAND.fast)}`;
}

function note(metric: SpeechNote["metric"], message: string): SpeechNote {
  return { metric, level: "note", message };
}

function fine(metric: SpeechNote["metric"], message: string): SpeechNote {
  return { metric, level: "ok", message };
}
