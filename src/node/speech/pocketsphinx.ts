import { punctuateWords } from "../../core/speech/transcript.ts";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { TimedWord } from "../../core/speech/speech-metrics.ts";
import {
  transcriptionTimeoutMs,
  TranscriptionError,
  type SpeechAudio,
  type Transcriber,
  type Transcription,
} from "./transcriber.ts";

const run = promisify(execFile);

/** The programs the pocketsphinx engine runs, found on the PATH. */
export interface PocketsphinxCommands {
  /** `pocketsphinx` (5.x, JSON output) or `pocketsphinx_continuous` (5prealpha, word lines). */
  recognizer: { path: string; flavour: "json" | "continuous" };
  sox: string;
}

// Enough for the word lines of a 20 MiB recording, with room to spare.
const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

/**
 * Transcribes with pocketsphinx on this machine: nothing leaves it. The audio is resampled by sox
 * to the 16 kHz mono 16-bit PCM the US English model expects, in a private temporary folder that
 * is removed afterwards, and each program is killed past its time limit.
 */
export function pocketsphinxTranscriber(
  commands: PocketsphinxCommands,
  options: { timeoutMs?: number } = {},
): Transcriber {
  return {
    engine: "pocketsphinx",
    async transcribe(audio: SpeechAudio): Promise<Transcription> {
      const folder = await mkdtemp(path.join(tmpdir(), "candor-speech-"));
      try {
        const input = path.join(folder, "answer.wav");
        const resampled = path.join(folder, "answer-16k.wav");
        await writeFile(input, audio.wav, { mode: 0o600 });
        const timeout = options.timeoutMs ?? transcriptionTimeoutMs(audio.durationS);
        await runStep(
          "sox",
          commands.sox,
          [input, "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", resampled],
          timeout,
        );
        const { recognizer } = commands;
        const args =
          recognizer.flavour === "json"
            ? ["single", resampled]
            : ["-infile", resampled, "-time", "yes", "-logfn", "/dev/null"];
        const output = await runStep("pocketsphinx", recognizer.path, args, timeout);
        const words =
          recognizer.flavour === "json" ? parseJsonLines(output) : parseContinuousOutput(output);
        // pocketsphinx writes no punctuation: its sentences are read from the speaker's pauses.
        return { transcript: punctuateWords(words), words };
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}

async function runStep(
  name: string,
  file: string,
  args: string[],
  timeout: number,
): Promise<string> {
  try {
    const { stdout } = await run(file, args, {
      timeout,
      killSignal: "SIGKILL",
      maxBuffer: MAX_OUTPUT_BYTES,
      encoding: "utf8",
    });
    return stdout;
  } catch (error) {
    const killed =
      typeof error === "object" && error !== null && "killed" in error && error.killed === true;
    throw new TranscriptionError(
      killed
        ? `${name} took longer than ${String(Math.round(timeout / 1000))} s and was stopped.`
        : `${name} failed on the audio (${describeExit(error)}).`,
      { cause: error },
    );
  }
}

// The exit code or signal only: the error's message repeats the command line and its output.
function describeExit(error: unknown): string {
  if (typeof error !== "object" || error === null) return "unknown error";
  const { code, signal } = error as { code?: unknown; signal?: unknown };
  if (typeof signal === "string") return `signal ${signal}`;
  if (typeof code === "number") return `exit code ${String(code)}`;
  if (typeof code === "string") return code;
  return "unknown error";
}

/** Whether a recogniser token is a word, not silence, noise or a sentence mark. */
function isSpokenWord(token: string): boolean {
  return !/^(<.*>|\[.*\]|\+\+.*\+\+|\(NULL\))$/i.test(token);
}

// "our(2)" is the second pronunciation of "our" in the dictionary.
function plainWord(token: string): string {
  return token.replace(/\(\d+\)$/, "");
}

/**
 * The words of `pocketsphinx_continuous -time yes`: after each utterance's text, one line per
 * token, "word start end probability".
 */
export function parseContinuousOutput(output: string): TimedWord[] {
  const words: TimedWord[] = [];
  for (const line of output.split("\n")) {
    const match = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?(?:e-?\d+)?)$/.exec(
      line.trim(),
    );
    if (match === null) continue;
    const [, token = "", start = "", end = ""] = match;
    if (isSpokenWord(token))
      words.push({ word: plainWord(token), start: Number(start), end: Number(end) });
  }
  return words;
}

interface JsonSegment {
  w?: { b: number; d: number; t: string }[];
}

/** The words of `pocketsphinx single` (5.x): one JSON object per utterance, `w` its tokens. */
export function parseJsonLines(output: string): TimedWord[] {
  const words: TimedWord[] = [];
  for (const line of output.split("\n")) {
    if (line.trim() === "") continue;
    let segment: JsonSegment;
    try {
      segment = JSON.parse(line) as JsonSegment;
    } catch (error) {
      throw new TranscriptionError("pocketsphinx printed something other than its JSON lines.", {
        cause: error,
      });
    }
    for (const token of segment.w ?? []) {
      if (
        typeof token.t !== "string" ||
        typeof token.b !== "number" ||
        typeof token.d !== "number"
      ) {
        continue;
      }
      if (isSpokenWord(token.t)) {
        words.push({ word: plainWord(token.t), start: token.b, end: token.b + token.d });
      }
    }
  }
  return words;
}
