import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseSpeechEngine, findCommand, findPocketsphinx, isLoopback } from "./speech-engine.ts";

let prefix: string;

/** An installation prefix holding executables `names` (and the model, with `model`). */
async function install(names: string[], model: boolean): Promise<string> {
  const root = await mkdtemp(path.join(prefix, "prefix-"));
  await mkdir(path.join(root, "bin"));
  for (const name of names) {
    const file = path.join(root, "bin", name);
    await writeFile(file, "#!/bin/sh\n");
    await chmod(file, 0o755);
  }
  if (model)
    await mkdir(path.join(root, "share/pocketsphinx/model/en-us/en-us"), { recursive: true });
  return path.join(root, "bin");
}

beforeAll(async () => {
  prefix = await mkdtemp(path.join(tmpdir(), "candor-engine-"));
});

afterAll(async () => {
  await rm(prefix, { recursive: true, force: true });
});

describe("chooseSpeechEngine", () => {
  it("finds pocketsphinx_continuous, its model and sox on the PATH", async () => {
    const bin = await install(["pocketsphinx_continuous", "sox"], true);
    expect(await findPocketsphinx(`/nonexistent${path.delimiter}${bin}`)).toEqual({
      recognizer: { path: path.join(bin, "pocketsphinx_continuous"), flavour: "continuous" },
      sox: path.join(bin, "sox"),
    });
    const engine = await chooseSpeechEngine({ kind: "auto", searchPath: bin });
    expect(engine.available && engine.transcriber.engine).toBe("pocketsphinx");
  });

  it("takes pocketsphinx 5's single program, which prints JSON", async () => {
    const bin = await install(["pocketsphinx", "sox"], true);
    const found = await findPocketsphinx(bin);
    expect("recognizer" in found && found.recognizer.flavour).toBe("json");
  });

  it.each([
    [["sox"], true, /pocketsphinx is not on the PATH/],
    [["pocketsphinx_continuous", "sox"], false, /US English model is not installed/],
    [["pocketsphinx_continuous"], true, /sox, which resamples the audio, is not on the PATH/],
  ])(
    "with %j installed (model: %s) says what is missing and how to enable one",
    async (names, model, reason) => {
      const bin = await install(names, model);
      const engine = await chooseSpeechEngine({ kind: "auto", searchPath: bin });
      expect(engine.available).toBe(false);
      if (engine.available) return;
      expect(engine.message).toMatch(reason);
      expect(engine.message).toMatch(/apt-get install pocketsphinx pocketsphinx-en-us sox/);
      expect(engine.message).toMatch(/CANDOR_STT_BASE_URL/);
    },
  );

  it("is off when configured off, and uses an endpoint as configured", async () => {
    const off = await chooseSpeechEngine({ kind: "none" });
    expect(!off.available && off.message).toMatch(/CANDOR_STT_ENGINE=none/);
    const remote = await chooseSpeechEngine({
      kind: "openai-compatible",
      baseUrl: "http://127.0.0.1:8000/v1",
      apiKey: undefined,
      model: "whisper-1",
    });
    expect(remote.available && remote.transcriber.engine).toBe("whisper-1 at 127.0.0.1:8000");
  });

  it("does not take a file that is not executable", async () => {
    const bin = await install([], false);
    await writeFile(path.join(bin, "sox"), "not a program");
    expect(await findCommand("sox", bin)).toBeUndefined();
  });
});

describe("isLoopback", () => {
  it.each(["localhost", "127.0.0.1", "127.4.5.6", "::1", "[::1]"])("%s is this machine", (host) => {
    expect(isLoopback(host)).toBe(true);
  });
  it.each(["stt.example.com", "10.0.0.2", "128.0.0.1", "localhost.example.com"])(
    "%s is elsewhere",
    (host) => {
      expect(isLoopback(host)).toBe(false);
    },
  );
});
