import { constants } from "node:fs";
import { access } from "node:fs/promises";
import path from "node:path";
import { openAiTranscriber } from "./openai-transcriber.ts";
import { pocketsphinxTranscriber, type PocketsphinxCommands } from "./pocketsphinx.ts";
import type { Transcriber } from "./transcriber.ts";

/** Which speech-to-text engine the configuration asks for (docs/speech.md). */
export type SpeechEngineConfig =
  | { kind: "auto"; searchPath: string }
  | { kind: "pocketsphinx"; searchPath: string }
  | { kind: "openai-compatible"; baseUrl: string; apiKey: string | undefined; model: string }
  | { kind: "none" };

/** The engine to transcribe with, or why there is none and how to enable one. */
export type SpeechEngine =
  | {
      available: true;
      transcriber: Transcriber;
      /** The host a recording is sent to, when it leaves the machine; absent, it stays here. */
      leavesMachine?: string;
    }
  | { available: false; message: string };

/** The model asked for when CANDOR_STT_MODEL is not set: the name OpenAI's API knows. */
export const DEFAULT_STT_MODEL = "whisper-1";

const HOW_TO_ENABLE =
  "For offline transcription install pocketsphinx, its US English model and sox " +
  "(Debian and Ubuntu: apt-get install pocketsphinx pocketsphinx-en-us sox); or set " +
  "CANDOR_STT_BASE_URL to an OpenAI-compatible transcription endpoint (with CANDOR_STT_API_KEY " +
  "and CANDOR_STT_MODEL as it needs).";

/**
 * The engine `config` names. "auto" is pocketsphinx when it, its model and sox are installed,
 * and none otherwise; an endpoint, once configured, is used as it is and checked on first use.
 */
export async function chooseSpeechEngine(config: SpeechEngineConfig): Promise<SpeechEngine> {
  switch (config.kind) {
    case "none":
      return {
        available: false,
        message: `Speech to text is turned off (CANDOR_STT_ENGINE=none). ${HOW_TO_ENABLE}`,
      };
    case "openai-compatible": {
      const host = new URL(config.baseUrl).hostname;
      return {
        available: true,
        ...(isLoopback(host) ? {} : { leavesMachine: new URL(config.baseUrl).host }),
        transcriber: openAiTranscriber({
          baseUrl: config.baseUrl,
          apiKey: config.apiKey,
          model: config.model,
        }),
      };
    }
    case "auto":
    case "pocketsphinx": {
      const found = await findPocketsphinx(config.searchPath);
      if ("missing" in found) {
        return {
          available: false,
          message: `No speech-to-text engine is available: ${found.missing}. ${HOW_TO_ENABLE}`,
        };
      }
      return { available: true, transcriber: pocketsphinxTranscriber(found) };
    }
  }
}

/** The pocketsphinx programs on `searchPath`, or what is missing. */
export async function findPocketsphinx(
  searchPath: string,
): Promise<PocketsphinxCommands | { missing: string }> {
  const continuous = await findCommand("pocketsphinx_continuous", searchPath);
  const modern =
    continuous === undefined ? await findCommand("pocketsphinx", searchPath) : undefined;
  const recognizer =
    continuous !== undefined
      ? { path: continuous, flavour: "continuous" as const }
      : modern !== undefined
        ? { path: modern, flavour: "json" as const }
        : undefined;
  if (recognizer === undefined) return { missing: "pocketsphinx is not on the PATH" };
  // Both versions read their default model from <prefix>/share/pocketsphinx/model/en-us.
  const model = path.join(
    path.dirname(path.dirname(recognizer.path)),
    "share",
    "pocketsphinx",
    "model",
    "en-us",
    "en-us",
  );
  if (!(await exists(model))) {
    return { missing: `pocketsphinx's US English model is not installed (no ${model})` };
  }
  const sox = await findCommand("sox", searchPath);
  if (sox === undefined) return { missing: "sox, which resamples the audio, is not on the PATH" };
  return { recognizer, sox };
}

/** The first executable file called `name` in the folders of `searchPath`. */
export async function findCommand(name: string, searchPath: string): Promise<string | undefined> {
  for (const folder of searchPath.split(path.delimiter)) {
    if (folder === "") continue;
    const candidate = path.join(folder, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here; the next folder.
    }
  }
  return undefined;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** Whether a host name is this machine: audio sent there does not leave it. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}
