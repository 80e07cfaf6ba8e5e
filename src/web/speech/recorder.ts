import { downsampleToInt16, rootMeanSquare } from "../../core/speech/resample.ts";
import { trimSilence } from "../../core/speech/trim-silence.ts";
import { encodePcmWav } from "../../core/speech/wav.ts";
import captureWorkletUrl from "./capture-worklet.ts?worker&url";

/** The rate the speech engines take: 16 kHz mono. */
export const ENGINE_SAMPLE_RATE = 16_000;

/** A recording in progress. */
export interface Recording {
  /** Stops and returns the recording as a 16 kHz mono 16-bit WAV file, silent ends cut off. */
  stop(): Promise<{ wav: Uint8Array; durationS: number }>;
  /** Stops and throws the audio away. */
  cancel(): void;
}

/** Why a recording could not start, in words for the person at the microphone. */
export class RecorderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RecorderError";
  }
}

/**
 * Starts recording from the microphone. `onLevel` hears the loudness of each block (0 to 1) for
 * the level meter. The audio stays in this tab until the caller sends it somewhere.
 */
export async function startRecording(onLevel: (level: number) => void): Promise<Recording> {
  // Outside a secure context (https, or localhost) the browser offers no microphone at all.
  if (!window.isSecureContext) {
    throw new RecorderError("This browser cannot record audio here (it needs https or localhost).");
  }
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
    });
  } catch (error) {
    const name = error instanceof DOMException ? error.name : "";
    throw new RecorderError(
      name === "NotAllowedError"
        ? "The browser was not allowed to use the microphone. Allow it for this page and try again."
        : name === "NotFoundError"
          ? "No microphone was found."
          : "The microphone could not be opened.",
    );
  }
  const context = new AudioContext();
  const blocks: Float32Array[] = [];
  let capture: AudioWorkletNode;
  try {
    await context.audioWorklet.addModule(captureWorkletUrl);
    capture = new AudioWorkletNode(context, "candor-capture", {
      numberOfInputs: 1,
      numberOfOutputs: 1,
      channelCount: 1,
    });
  } catch {
    for (const track of stream.getTracks()) track.stop();
    void context.close();
    throw new RecorderError("This browser could not start recording audio.");
  }
  capture.port.onmessage = (event: MessageEvent<Float32Array>) => {
    blocks.push(event.data);
    onLevel(Math.min(1, rootMeanSquare(event.data) * 4));
  };
  const source = context.createMediaStreamSource(stream);
  source.connect(capture);
  // A node the output never pulls from may never run; it writes silence there.
  capture.connect(context.destination);

  const release = () => {
    capture.port.onmessage = null;
    source.disconnect();
    capture.disconnect();
    for (const track of stream.getTracks()) track.stop();
    void context.close();
  };

  return {
    stop() {
      const rate = context.sampleRate;
      release();
      const total = blocks.reduce((sum, block) => sum + block.length, 0);
      const samples = new Float32Array(total);
      let offset = 0;
      for (const block of blocks) {
        samples.set(block, offset);
        offset += block.length;
      }
      const pcm = trimSilence(
        downsampleToInt16(samples, rate, ENGINE_SAMPLE_RATE),
        ENGINE_SAMPLE_RATE,
      );
      return Promise.resolve({
        wav: encodePcmWav(pcm, ENGINE_SAMPLE_RATE),
        durationS: pcm.length / ENGINE_SAMPLE_RATE,
      });
    },
    cancel: release,
  };
}
