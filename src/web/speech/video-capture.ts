import { downsampleToInt16, mixToMono } from "../../core/speech/resample.ts";
import { encodePcmWav } from "../../core/speech/wav.ts";
import { ENGINE_SAMPLE_RATE, RecorderError } from "./recorder.ts";

/** A camera and microphone recording under way. */
export interface VideoRecording {
  /** The live camera, to show as a preview while recording. */
  stream: MediaStream;
  /** Stops, releases the camera and microphone, and gives the WebM video and its length. */
  stop(): Promise<{ video: Blob; durationS: number }>;
  /** Stops and throws the recording away. */
  cancel(): void;
}

const MIME_TYPES = ["video/webm;codecs=vp8,opus", "video/webm;codecs=vp9,opus", "video/webm"];

/** Starts recording the camera and microphone into a WebM video, kept in memory in this tab. */
export async function startVideoRecording(): Promise<VideoRecording> {
  if (typeof MediaRecorder === "undefined") {
    throw new RecorderError("This browser cannot record video.");
  }
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      video: { width: { ideal: 640 }, height: { ideal: 480 } },
      audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
    });
  } catch (cause) {
    const denied = cause instanceof DOMException && cause.name === "NotAllowedError";
    throw new RecorderError(
      denied
        ? "The browser was not allowed to use the camera and microphone. Allow both for this page and try again."
        : "No camera and microphone could be opened.",
    );
  }
  const mimeType = MIME_TYPES.find((type) => MediaRecorder.isTypeSupported(type)) ?? "";
  const recorder = new MediaRecorder(stream, mimeType === "" ? {} : { mimeType });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  };
  const startedAt = performance.now();
  recorder.start(1000);
  const release = () => {
    for (const track of stream.getTracks()) track.stop();
  };
  return {
    stream,
    stop: () =>
      new Promise((resolve) => {
        recorder.onstop = () => {
          release();
          resolve({
            video: new Blob(chunks, { type: recorder.mimeType || "video/webm" }),
            durationS: (performance.now() - startedAt) / 1000,
          });
        };
        recorder.stop();
      }),
    cancel: () => {
      recorder.onstop = release;
      if (recorder.state !== "inactive") recorder.stop();
      else release();
    },
  };
}

/**
 * The video's sound as the 16 kHz mono 16-bit WAV the speech engines take: the browser decodes the
 * WebM's audio track, the channels are averaged, and it is resampled like a microphone recording.
 */
export async function videoSoundAsWav(video: Blob): Promise<Uint8Array> {
  const context = new AudioContext();
  try {
    const audio = await context.decodeAudioData(await video.arrayBuffer());
    const channels = Array.from({ length: audio.numberOfChannels }, (_, i) =>
      audio.getChannelData(i),
    );
    const mono = mixToMono(channels);
    return encodePcmWav(
      downsampleToInt16(mono, audio.sampleRate, ENGINE_SAMPLE_RATE),
      ENGINE_SAMPLE_RATE,
    );
  } finally {
    await context.close();
  }
}
