import { readFile, stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { MAX_SPEECH_BYTES, type SpeechAnalysis } from "../../core/api/speech.ts";
import { speechFeedback } from "../../core/speech/speech-feedback.ts";
import { chooseSpeechEngine } from "../../node/speech/speech-engine.ts";
import { transcribeAnswer } from "../../node/speech/transcribe-answer.ts";
import { loadConfig } from "../../server/config.ts";
import { UsageError, type Io } from "../usage.ts";

/** The exit code when no speech-to-text engine is available (DESIGN.md). */
export const NO_ENGINE_EXIT_CODE = 2;

/** `candor speech`: transcribes a spoken answer and measures its pace, fillers and pauses. */
export async function speechCommand(
  args: string[],
  io: Io,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: "boolean", default: false } },
    strict: true,
    allowPositionals: true,
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new UsageError("speech takes one recording: a 16-bit PCM WAV FILE");
  }
  const engine = await chooseSpeechEngine(loadConfig(env).speech);
  if (!engine.available) {
    io.err(`candor speech: ${engine.message}\n`);
    return NO_ENGINE_EXIT_CODE;
  }
  const size = await stat(file).then(
    (info) => (info.isFile() ? info.size : undefined),
    () => undefined,
  );
  if (size === undefined) {
    io.err(`candor speech: cannot read ${file}\n`);
    return 1;
  }
  if (size > MAX_SPEECH_BYTES) {
    io.err(
      `candor speech: ${file} is ${formatMiB(size)}; the limit is ${formatMiB(MAX_SPEECH_BYTES)}\n`,
    );
    return 1;
  }
  const result = await transcribeAnswer(new Uint8Array(await readFile(file)), engine.transcriber);
  if (!result.ok) {
    io.err(`candor speech: ${file}: ${result.error.message}\n`);
    return 1;
  }
  io.out(values.json ? `${JSON.stringify(result.value, null, 2)}\n` : formatSpeech(result.value));
  return 0;
}

/** The transcript and its figures as a person reads them in a terminal. */
export function formatSpeech(analysis: SpeechAnalysis): string {
  const { metrics } = analysis;
  const lines = [
    analysis.transcript === "" ? "(no words heard)" : analysis.transcript,
    "",
    `Engine:        ${analysis.engine}`,
    `Duration:      ${String(metrics.durationS)} s`,
    `Pace:          ${String(metrics.wordsPerMinute)} words/min ` +
      `(${String(metrics.articulationWordsPerMinute)} without pauses)`,
    `Fillers:       ${String(metrics.fillersPer100Words)} per 100 words, ` +
      `${String(metrics.fillersPerMinute)} per minute`,
    `Hedges:        ${String(metrics.hedgesPer100Words)} per 100 words`,
    `Pauses ≥ 1 s:  ${String(metrics.pauseCount)}, longest ${String(metrics.longestPauseS)} s`,
    ...metrics.pauses.map(
      (pause) =>
        `               ${(pause.end - pause.start).toFixed(1)} s at ${pause.start.toFixed(1)} s, ` +
        `after "${pause.wordBefore}"`,
    ),
    "",
  ];
  for (const note of speechFeedback(metrics)) {
    lines.push(`${note.level === "note" ? "!" : "✓"} ${note.message}`);
  }
  return `${lines.join("\n")}\n`;
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
