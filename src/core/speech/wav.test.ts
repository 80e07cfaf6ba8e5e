import { describe, expect, it } from "vitest";
import { encodePcmWav, readPcmWav } from "./wav.ts";

function withFormat(bytes: Uint8Array, formatTag: number, bits = 16): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  view.setUint16(20, formatTag, true);
  view.setUint16(34, bits, true);
  return copy;
}

describe("readPcmWav", () => {
  it("reads the format, duration and samples of a 16-bit PCM file", () => {
    const samples = Int16Array.from({ length: 16000 }, (_, i) => Math.round(1000 * Math.sin(i)));
    const result = readPcmWav(encodePcmWav(samples, 8000, 2));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ sampleRate: 8000, channels: 2, frames: 8000 });
    expect(result.value.durationS).toBe(1);
    expect(result.value.pcm.byteLength).toBe(32000);
    expect(new DataView(result.value.pcm.buffer).getInt16(44 + 2, true)).toBe(samples[1]);
  });

  it("steps over chunks it does not know and reads a streamed file's placeholder size", () => {
    const plain = encodePcmWav(new Int16Array(100), 16000);
    // A LIST chunk of 3 bytes (padded to 4) between fmt and data, and a data size of 0.
    const list = new Uint8Array([0x4c, 0x49, 0x53, 0x54, 3, 0, 0, 0, 1, 2, 3, 0]);
    const bytes = new Uint8Array(plain.length + list.length);
    bytes.set(plain.subarray(0, 36));
    bytes.set(list, 36);
    bytes.set(plain.subarray(36), 36 + list.length);
    new DataView(bytes.buffer).setUint32(36 + list.length + 4, 0, true);
    const result = readPcmWav(bytes);
    expect(result.ok && result.value.frames).toBe(100);
  });

  it("refuses what is not a WAV file", () => {
    const result = readPcmWav(new TextEncoder().encode("ID3 this is an mp3"));
    expect(result).toMatchObject({ ok: false, error: { code: "not-wav" } });
  });

  it("says which format it found when it is not 16-bit PCM", () => {
    const wav = encodePcmWav(new Int16Array(10), 16000);
    const float = readPcmWav(withFormat(wav, 3));
    expect(!float.ok && float.error.code).toBe("unsupported-format");
    expect(!float.ok && float.error.message).toMatch(/floating-point/);
    const deep = readPcmWav(withFormat(wav, 1, 24));
    expect(!deep.ok && deep.error.message).toMatch(/24-bit/);
  });

  it("refuses a header with no samples", () => {
    const headerOnly = encodePcmWav(new Int16Array(0), 16000).subarray(0, 36);
    expect(readPcmWav(headerOnly)).toMatchObject({ ok: false, error: { code: "malformed" } });
  });
});
