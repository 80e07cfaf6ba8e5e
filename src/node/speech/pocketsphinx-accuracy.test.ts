import { describe, expect, it } from "vitest";
import {
  clearVoice,
  speakWithPause,
  speechToolsMissing,
} from "../../../tests/support/spoken-wav.ts";
import { speechMetrics } from "../../core/speech/speech-metrics.ts";
import { readPcmWav } from "../../core/speech/wav.ts";
import { wordErrorRate } from "../../core/speech/word-error-rate.ts";
import { pocketsphinxTranscriber } from "./pocketsphinx.ts";
import { findPocketsphinx } from "./speech-engine.ts";

const missing = await speechToolsMissing();

// Pairs of clear sentences (docs/speech.md says how they were chosen), joined by a known pause.
const PAIRS: readonly { first: string; second: string; pauseS: number }[] = [
  {
    first: "I led the migration of our billing system last year.",
    second: "We moved every customer without losing a single payment.",
    pauseS: 1.5,
  },
  {
    first: "I told my manager about the problem on the first day.",
    second: "The team agreed to change the plan and we shipped it a week later.",
    pauseS: 2.5,
  },
  {
    first: "I was wrong about the timeline, so I told my manager early.",
    second: "I wrote the tests first and then I changed the code.",
    pauseS: 1.2,
  },
];

describe.skipIf(missing !== undefined)(
  `pocketsphinx's accuracy on festival's speech${missing === undefined ? "" : ` (skipped: ${missing})`}`,
  () => {
    for (const { first, second, pauseS } of PAIRS) {
      it(`hears "${first}" and what follows a ${String(pauseS)} s pause, at its pace`, async () => {
        const spoken = await speakWithPause(first, second, pauseS);
        const parsed = readPcmWav(spoken.wav);
        if (!parsed.ok) throw new Error(parsed.error.message);
        const found = await findPocketsphinx(process.env["PATH"] ?? "");
        if ("missing" in found) throw new Error(found.missing);
        const { words, transcript } = await pocketsphinxTranscriber(found).transcribe({
          wav: spoken.wav,
          durationS: parsed.value.durationS,
        });
        const voice = (await clearVoice()).name;
        const said = `${first} ${second}`;
        expect(wordErrorRate(said, transcript), `${voice}: "${transcript}"`).toBeLessThanOrEqual(
          0.15,
        );

        const metrics = speechMetrics(words, parsed.value.durationS);
        expect(metrics.pauses).toHaveLength(1);
        const [pause] = metrics.pauses;
        expect(Math.abs((pause?.start ?? 0) - spoken.firstS)).toBeLessThanOrEqual(0.3);
        expect(Math.abs((pause?.end ?? 0) - (spoken.firstS + pauseS))).toBeLessThanOrEqual(0.3);

        // The rate the synthesiser spoke at: the words it was given over the seconds it voiced.
        const saidWords = said.split(/\s+/).length;
        const voicedRate = (saidWords * 60) / (spoken.firstS + spoken.secondS);
        expect(metrics.articulationWordsPerMinute / voicedRate).toBeGreaterThanOrEqual(0.9);
        expect(metrics.articulationWordsPerMinute / voicedRate).toBeLessThanOrEqual(1.1);
      }, 60_000);
    }
  },
);
