import type { TimedWord } from "../../src/core/speech/speech-metrics.ts";

/** Words said one after another, each `wordS` long, with `gaps[i]` seconds of silence before word i. */
export function timed(text: string, gaps: Record<number, number> = {}, wordS = 0.3): TimedWord[] {
  let clock = 0;
  return text.split(" ").map((word, i) => {
    clock += gaps[i] ?? 0.05;
    const start = clock;
    clock += wordS;
    return { word, start, end: clock };
  });
}
