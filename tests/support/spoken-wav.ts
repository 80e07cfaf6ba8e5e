import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
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
