import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runCliCaptured } from "../../../tests/support/run-cli.ts";
import { speak, speechToolsMissing } from "../../../tests/support/spoken-wav.ts";
import type { SpeechAnalysis } from "../../core/api/speech.ts";
import { normalizeWord } from "../../core/speech/speech-metrics.ts";
import { encodePcmWav } from "../../core/speech/wav.ts";

const missing = await speechToolsMissing();

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "candor-speech-cli-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

function speech(argv: string[]) {
  return runCliCaptured(["speech", ...argv]);
}

const SPOKEN =
  "Um, I owned the outage review. I was wrong about the cause at first. " +
  "Maybe it was the cache, I guess. We fixed the retry logic within two days.";

describe.skipIf(missing !== undefined)(
  `candor speech with pocketsphinx${missing === undefined ? "" : ` (skipped: ${missing})`}`,
  () => {
    let file: string;

    beforeAll(async () => {
      file = path.join(dir, "answer.wav");
      await writeFile(file, await speak(SPOKEN));
    }, 60_000);

    it("prints the speech contract with --json: most words heard, plausible figures", async () => {
      const { code, out } = await speech(["--json", file]);
      expect(code).toBe(0);
      const analysis = JSON.parse(out) as SpeechAnalysis;
      expect(analysis.engine).toBe("pocketsphinx");
      const heard = new Set(analysis.words.map((word) => normalizeWord(word.word)));
      const spoken = SPOKEN.split(/\s+/).map(normalizeWord);
      expect(spoken.filter((word) => heard.has(word)).length / spoken.length).toBeGreaterThan(0.6);
      const { metrics } = analysis;
      expect(metrics.durationS).toBeGreaterThan(5);
      expect(metrics.durationS).toBeLessThan(20);
      // Festival reads at a steady, ordinary pace.
      expect(metrics.wordsPerMinute).toBeGreaterThan(100);
      expect(metrics.wordsPerMinute).toBeLessThan(260);
      expect(metrics.articulationWordsPerMinute).toBeGreaterThanOrEqual(metrics.wordsPerMinute);
      expect(metrics.hedgesPer100Words).toBeGreaterThan(0);
      expect(metrics.longestPauseS).toBeLessThan(3);
    }, 60_000);

    it("prints the transcript and the figures for a person", async () => {
      const { code, out } = await speech([file]);
      expect(code).toBe(0);
      expect(out).toMatch(/wrong about/);
      expect(out).toMatch(/Pace: +\d+(\.\d)? words\/min/);
      expect(out).toMatch(/Engine: +pocketsphinx/);
    }, 60_000);
  },
);

describe("candor speech", () => {
  it("exits 2 saying how to enable an engine when none is available", async () => {
    vi.stubEnv("CANDOR_STT_ENGINE", "none");
    const file = path.join(dir, "silence.wav");
    await writeFile(file, encodePcmWav(new Int16Array(1600), 16000));
    const { code, err } = await speech([file]);
    expect(code).toBe(2);
    expect(err).toMatch(/apt-get install pocketsphinx pocketsphinx-en-us sox/);
    expect(err).toMatch(/CANDOR_STT_BASE_URL/);
  });

  it.skipIf(missing !== undefined)(
    "exits 1 naming the problem when the file is not PCM WAV",
    async () => {
      const file = path.join(dir, "answer.mp3");
      await writeFile(file, "ID3 not a wav file");
      const { code, err } = await speech([file]);
      expect(code).toBe(1);
      expect(err).toContain("answer.mp3: The audio is not a WAV file");
    },
  );

  it.skipIf(missing !== undefined)("exits 1 when the file cannot be read", async () => {
    const { code, err } = await speech([path.join(dir, "absent.wav")]);
    expect(code).toBe(1);
    expect(err).toContain("cannot read");
  });

  it("exits 2 with the usage without a file", async () => {
    const { code, err } = await speech(["--json"]);
    expect(code).toBe(2);
    expect(err).toContain("speech takes one recording");
  });
});
