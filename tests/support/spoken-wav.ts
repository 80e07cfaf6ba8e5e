import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { findCommand, findPocketsphinx } from "../../src/node/speech/speech-engine.ts";

const run = promisify(execFile);

/**
 * Why the real speech tests cannot run here (festival's text2wave, pocketsphinx with its model,
 * or sox missing), or undefined when they can. CI installs all three (.ci/run).
 */
export async function speechToolsMissing(): Promise<string | undefined> {
  const searchPath = process.env["PATH"] ?? "";
  if ((await findCommand("text2wave", searchPath)) === undefined) {
    return "festival's text2wave is not installed (apt-get install festival)";
  }
  const found = await findPocketsphinx(searchPath);
  return "missing" in found
    ? `${found.missing} (apt-get install pocketsphinx pocketsphinx-en-us sox)`
    : undefined;
}

/** Festival voices clear enough to measure a recogniser with, best first (cmu_us_slt if installed). */
const CLEAR_VOICES = [
  {
    folder: "/usr/share/festival/voices/us/cmu_us_slt_arctic_hts",
    select: "(voice_cmu_us_slt_arctic_hts)",
  },
  {
    folder: "/usr/share/festival/voices/english/cmu_us_slt_arctic_hts",
    select: "(voice_cmu_us_slt_arctic_hts)",
  },
];

/** The festival voice `speakWithPause` uses: US "slt" when installed, else festival's default. */
export async function clearVoice(): Promise<{ name: string; args: string[] }> {
  for (const voice of CLEAR_VOICES) {
    if (await exists(voice.folder)) {
      return { name: "cmu_us_slt_arctic_hts", args: ["-eval", voice.select] };
    }
  }
  return { name: "festival's default (kal_diphone)", args: [] };
}

/** Two utterances joined by a known silence, and where each one's voice starts and ends. */
export interface PausedSpeech {
  wav: Uint8Array;
  /** Seconds of voice in the first utterance, which starts at 0. */
  firstS: number;
  /** Seconds of voice in the second utterance, which starts at `firstS + pauseS`. */
  secondS: number;
}

/**
 * `first` and `second` spoken by `clearVoice`, each trimmed of its leading and trailing silence
 * by sox, and joined with exactly `pauseS` seconds of silence: a recording whose pause and voiced
 * length are known.
 */
export async function speakWithPause(
  first: string,
  second: string,
  pauseS: number,
): Promise<PausedSpeech> {
  const folder = await mkdtemp(path.join(tmpdir(), "candor-speak-"));
  try {
    const voice = await clearVoice();
    const trimmed: string[] = [];
    for (const [i, text] of [first, second].entries()) {
      const input = path.join(folder, `${String(i)}.txt`);
      const raw = path.join(folder, `${String(i)}.wav`);
      const clean = path.join(folder, `${String(i)}-trimmed.wav`);
      await writeFile(input, text);
      await run("text2wave", [...voice.args, input, "-o", raw], { timeout: 60_000 });
      // Cut silence (below 0.5% of full scale for 20 ms) from the start, then from the end.
      await run("sox", [raw, clean, ...TRIM, "reverse", ...TRIM, "reverse"], { timeout: 60_000 });
      trimmed.push(clean);
    }
    const [a, b] = trimmed as [string, string];
    const joined = path.join(folder, "joined.wav");
    const padded = path.join(folder, "padded.wav");
    await run("sox", [a, padded, "pad", "0", String(pauseS)], { timeout: 60_000 });
    await run("sox", [padded, b, joined], { timeout: 60_000 });
    return {
      wav: new Uint8Array(await readFile(joined)),
      firstS: await soundSeconds(a),
      secondS: await soundSeconds(b),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const TRIM = ["silence", "1", "0.02", "0.5%"];

async function soundSeconds(file: string): Promise<number> {
  const { stdout } = await run("soxi", ["-D", file], { timeout: 10_000 });
  return Number(stdout.trim());
}

async function exists(folder: string): Promise<boolean> {
  return stat(folder).then(
    () => true,
    () => false,
  );
}

/** `text` spoken by festival's default voice, as a WAV file. */
export async function speak(text: string): Promise<Uint8Array> {
  const folder = await mkdtemp(path.join(tmpdir(), "candor-speak-"));
  try {
    const input = path.join(folder, "text.txt");
    const output = path.join(folder, "speech.wav");
    await writeFile(input, text);
    await run("text2wave", [input, "-o", output], { timeout: 60_000 });
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
