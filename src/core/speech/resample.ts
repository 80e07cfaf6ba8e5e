/**
 * Turns a browser's float samples (-1..1, at the sound card's rate: 44.1 or 48 kHz) into 16-bit
 * samples at the rate the speech engines take (16 kHz). Each output sample is the mean of the input
 * samples it stands for, which keeps what lies above the new Nyquist frequency from folding back
 * as noise; the input is never upsampled.
 */
export function downsampleToInt16(
  input: Float32Array,
  fromRate: number,
  toRate: number,
): Int16Array {
  if (!(fromRate > 0) || !(toRate > 0)) throw new RangeError("Sample rates must be positive.");
  const ratio = Math.max(1, fromRate / toRate);
  const length = Math.floor(input.length / ratio);
  const output = new Int16Array(length);
  for (let i = 0; i < length; i += 1) {
    const from = Math.floor(i * ratio);
    const to = Math.min(input.length, Math.max(from + 1, Math.floor((i + 1) * ratio)));
    let sum = 0;
    for (let j = from; j < to; j += 1) sum += input[j] ?? 0;
    output[i] = toInt16(sum / (to - from));
  }
  return output;
}

function toInt16(sample: number): number {
  const clipped = Math.max(-1, Math.min(1, sample));
  return Math.round(clipped < 0 ? clipped * 0x8000 : clipped * 0x7fff);
}

/** The loudness of a block of samples, 0 (silence) to 1 (full scale), as root mean square. */
export function rootMeanSquare(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.sqrt(sum / samples.length);
}

/** Channels of equal length averaged into one, as a mono recording of the same sound. */
export function mixToMono(channels: readonly Float32Array[]): Float32Array {
  const length = Math.min(...channels.map((channel) => channel.length));
  const mono = new Float32Array(channels.length === 0 ? 0 : length);
  for (const channel of channels) {
    for (let i = 0; i < mono.length; i++)
      mono[i] = (mono[i] ?? 0) + (channel[i] ?? 0) / channels.length;
  }
  return mono;
}
