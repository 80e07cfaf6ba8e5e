import { err, ok, type Result } from "../result.ts";

/** A parsed PCM WAV file: its format and where its samples are. */
export interface PcmWav {
  sampleRate: number;
  channels: number;
  bitsPerSample: 16;
  /** Samples per channel. */
  frames: number;
  durationS: number;
  /** The interleaved little-endian 16-bit samples: a view into the bytes passed in, not a copy. */
  pcm: Uint8Array;
}

/** Why bytes could not be read as a 16-bit PCM WAV file; `message` is fit to show a user. */
export interface WavError {
  code: "not-wav" | "unsupported-format" | "malformed";
  message: string;
}

const WAVE_FORMAT_PCM = 1;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;
const RIFF_HEADER_BYTES = 12;
const CHUNK_HEADER_BYTES = 8;

/**
 * Reads a RIFF/WAVE file of 16-bit integer PCM (plain or WAVE_FORMAT_EXTENSIBLE), any sample rate
 * and channel count. Compressed, floating-point and 8/24/32-bit audio is refused with a message
 * that says what was found, so the caller can ask for the right format instead of guessing.
 *
 * @example readPcmWav(new Uint8Array(await file.arrayBuffer()))
 */
export function readPcmWav(bytes: Uint8Array): Result<PcmWav, WavError> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (
    bytes.byteLength < RIFF_HEADER_BYTES ||
    tag(bytes, 0) !== "RIFF" ||
    tag(bytes, 8) !== "WAVE"
  ) {
    return err({
      code: "not-wav",
      message: "The audio is not a WAV file: it does not start with a RIFF/WAVE header.",
    });
  }
  let format: { channels: number; sampleRate: number; blockAlign: number } | undefined;
  let offset = RIFF_HEADER_BYTES;
  while (offset + CHUNK_HEADER_BYTES <= bytes.byteLength) {
    const id = tag(bytes, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + CHUNK_HEADER_BYTES;
    if (id === "fmt ") {
      if (size < 16 || body + size > bytes.byteLength) {
        return err({ code: "malformed", message: "The WAV file's format chunk is cut short." });
      }
      const checked = checkFormat(view, body, size);
      if (!checked.ok) return checked;
      format = checked.value;
    } else if (id === "data") {
      if (format === undefined) {
        return err({
          code: "malformed",
          message: "The WAV file's samples come before its format chunk.",
        });
      }
      // A recorder that streams its output cannot go back to write the data size, and leaves a
      // placeholder (0 or 0xFFFFFFFF) or an overestimate: the samples are then what follows.
      const available = bytes.byteLength - body;
      const declared = size === 0 ? available : Math.min(size, available);
      const usable = declared - (declared % format.blockAlign);
      const frames = usable / format.blockAlign;
      return ok({
        sampleRate: format.sampleRate,
        channels: format.channels,
        bitsPerSample: 16,
        frames,
        durationS: frames / format.sampleRate,
        pcm: bytes.subarray(body, body + usable),
      });
    }
    // Chunks are padded to an even length.
    offset = body + size + (size % 2);
  }
  return err({
    code: "malformed",
    message:
      format === undefined
        ? "The WAV file has no format chunk."
        : "The WAV file has no data chunk: it holds no audio.",
  });
}

function checkFormat(
  view: DataView,
  body: number,
  size: number,
): Result<{ channels: number; sampleRate: number; blockAlign: number }, WavError> {
  let formatTag = view.getUint16(body, true);
  const channels = view.getUint16(body + 2, true);
  const sampleRate = view.getUint32(body + 4, true);
  const blockAlign = view.getUint16(body + 12, true);
  const bitsPerSample = view.getUint16(body + 14, true);
  // WAVE_FORMAT_EXTENSIBLE names the real format in the first two bytes of its sub-format GUID.
  if (formatTag === WAVE_FORMAT_EXTENSIBLE && size >= 40)
    formatTag = view.getUint16(body + 24, true);
  if (formatTag !== WAVE_FORMAT_PCM) {
    return err({
      code: "unsupported-format",
      message: `The WAV file holds ${describeFormatTag(formatTag)} audio; only 16-bit integer PCM is read.`,
    });
  }
  if (bitsPerSample !== 16) {
    return err({
      code: "unsupported-format",
      message: `The WAV file has ${String(bitsPerSample)}-bit samples; only 16-bit PCM is read.`,
    });
  }
  if (channels === 0 || sampleRate === 0 || blockAlign !== channels * 2) {
    return err({
      code: "malformed",
      message: "The WAV file's format chunk is inconsistent (channels, rate or block size).",
    });
  }
  return ok({ channels, sampleRate, blockAlign });
}

function describeFormatTag(formatTag: number): string {
  switch (formatTag) {
    case 3:
      return "floating-point";
    case 6:
      return "A-law";
    case 7:
      return "µ-law";
    case 0x55:
      return "MP3";
    default:
      return `compressed (format ${String(formatTag)})`;
  }
}

function tag(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

/**
 * A 16-bit PCM WAV file holding `samples` (interleaved when `channels` > 1): what tests and the
 * browser's recorder write.
 */
export function encodePcmWav(samples: Int16Array, sampleRate: number, channels = 1): Uint8Array {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const writeTag = (offset: number, text: string) => {
    for (let i = 0; i < 4; i++) bytes[offset + i] = text.charCodeAt(i);
  };
  writeTag(0, "RIFF");
  view.setUint32(4, 36 + dataBytes, true);
  writeTag(8, "WAVE");
  writeTag(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, WAVE_FORMAT_PCM, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels * 2, true);
  view.setUint16(32, channels * 2, true);
  view.setUint16(34, 16, true);
  writeTag(36, "data");
  view.setUint32(40, dataBytes, true);
  samples.forEach((sample, i) => {
    view.setInt16(44 + i * 2, sample, true);
  });
  return bytes;
}
