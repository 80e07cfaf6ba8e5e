import { chmod, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { speak, speechToolsMissing } from "../../../tests/support/spoken-wav.ts";
import { normalizeWord } from "../../core/speech/speech-metrics.ts";
import { readPcmWav } from "../../core/speech/wav.ts";
import { parseContinuousOutput, parseJsonLines, pocketsphinxTranscriber } from "./pocketsphinx.ts";
import { findPocketsphinx } from "./speech-engine.ts";
import { TranscriptionError } from "./transcriber.ts";
import { encodePcmWav } from "../../core/speech/wav.ts";

const missing = await speechToolsMissing();

describe("pocketsphinx output", () => {
  it("reads the word lines of pocketsphinx_continuous, without silences and variant marks", () => {
    const output = [
      "i led the migration",
      "<s> 0.000 0.210 0.999800",
      "i 0.220 0.380 0.918595",
      "led 0.390 0.620 0.042747",
      "<sil> 0.630 0.700 0.861813",
      "[NOISE] 0.700 0.720 0.861813",
      "our(2) 1.390 1.700 0.925789",
      "</s> 2.950 2.970 1.000000",
    ].join("\n");
    expect(parseContinuousOutput(output)).toEqual([
      { word: "i", start: 0.22, end: 0.38 },
      { word: "led", start: 0.39, end: 0.62 },
      { word: "our", start: 1.39, end: 1.7 },
    ]);
  });

  it("reads the JSON lines of pocketsphinx 5, ends from start plus duration", () => {
    const output =
      '{"b":0.240,"d":1.0,"p":0.9,"t":"i led","w":[{"b":0.240,"d":0.070,"p":1.000,"t":"<s>"},' +
      '{"b":0.310,"d":0.320,"p":0.997,"t":"i"},{"b":0.630,"d":0.400,"p":0.897,"t":"led(2)"}]}\n' +
      '{"b":2.0,"d":0.010,"p":1.000,"t":"","w":[]}\n';
    expect(parseJsonLines(output)).toEqual([
      { word: "i", start: 0.31, end: 0.63 },
      { word: "led", start: 0.63, end: 1.03 },
    ]);
  });
});

async function speechFolders(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith("candor-speech-"));
}

describe("pocketsphinxTranscriber", () => {
  it("stops a program that passes its time limit and removes its temporary folder", async () => {
    const bin = await mkdtemp(path.join(tmpdir(), "candor-fake-bin-"));
    try {
      const slow = path.join(bin, "slow");
      await writeFile(slow, "#!/bin/sh\nexec sleep 30\n");
      await chmod(slow, 0o755);
      const before = await speechFolders();
      const transcriber = pocketsphinxTranscriber(
        { recognizer: { path: slow, flavour: "continuous" }, sox: slow },
        { timeoutMs: 300 },
      );
      const started = Date.now();
      const failure = await transcriber
        .transcribe({ wav: encodePcmWav(new Int16Array(160), 16000), durationS: 0.01 })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(TranscriptionError);
      expect((failure as Error).message).toMatch(/sox took longer than/);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(await speechFolders()).toEqual(before);
    } finally {
      await rm(bin, { recursive: true, force: true });
    }
  });
});

describe.skipIf(missing !== undefined)(
  `pocketsphinx on festival's speech${missing === undefined ? "" : ` (skipped: ${missing})`}`,
  () => {
    it("hears most of the words and times them within the audio", async () => {
      const spoken =
        "I led the migration of our billing system. It took about three months. " +
        "I was wrong about the timeline, so I told my manager early.";
      const wav = await speak(spoken);
      const parsed = readPcmWav(wav);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const found = await findPocketsphinx(process.env["PATH"] ?? "");
      if ("missing" in found) throw new Error(found.missing);
      const { words, transcript } = await pocketsphinxTranscriber(found).transcribe({
        wav,
        durationS: parsed.value.durationS,
      });
      const expected = spoken.split(/\s+/).map(normalizeWord);
      const heard = new Set(words.map((word) => normalizeWord(word.word)));
      const recalled = expected.filter((word) => heard.has(word)).length / expected.length;
      expect(recalled).toBeGreaterThan(0.7);
      expect(transcript.split(" ")).toHaveLength(words.length);
      for (const word of words) {
        expect(word.start).toBeGreaterThanOrEqual(0);
        expect(word.end).toBeGreaterThan(word.start);
        expect(word.end).toBeLessThanOrEqual(parsed.value.durationS + 0.1);
      }
    }, 60_000);
  },
);
