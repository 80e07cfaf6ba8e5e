import { MIN_SPEECH_LEVEL, SPEECH_OVER_NOISE } from "./pause-detector.ts";

/** The length of one block whose loudness is measured. */
const BLOCK_MS = 20;
/** Silence kept before the first word and after the last, so no word's edge is clipped. */
const PAD_MS = 300;
/** The room's noise floor: the level this share of blocks stay under (the quiet between words). */
const FLOOR_QUANTILE = 0.02;
/** Level as the recorder's meter shows it: the block's RMS on full-scale samples, times four. */
const METER_GAIN = 4;

/**
 * A recording without the silence before the first word and after the last: the three seconds
 * that end a hands-free answer are not part of it, and neither is the wait before speaking. A
 * block is speech when it stands well above the room's noise floor, as the pause detector reads
 * it. A recording with no speech at all comes back whole, for the engine to say it heard nothing.
 */
export function trimSilence(samples: Int16Array, sampleRate: number): Int16Array {
  const block = Math.max(1, Math.round((sampleRate * BLOCK_MS) / 1000));
  const levels: number[] = [];
  for (let start = 0; start < samples.length; start += block) {
    const end = Math.min(samples.length, start + block);
    let sum = 0;
    for (let i = start; i < end; i += 1) {
      const value = (samples[i] ?? 0) / 32768;
      sum += value * value;
    }
    levels.push(Math.min(1, Math.sqrt(sum / (end - start)) * METER_GAIN));
  }
  if (levels.length === 0) return samples;
  const sorted = [...levels].sort((a, b) => a - b);
  const floor = sorted[Math.floor(FLOOR_QUANTILE * (sorted.length - 1))] ?? 0;
  const threshold = Math.max(MIN_SPEECH_LEVEL, floor * SPEECH_OVER_NOISE);
  const first = levels.findIndex((level) => level >= threshold);
  if (first === -1) return samples;
  const last = levels.findLastIndex((level) => level >= threshold);
  const pad = Math.round((sampleRate * PAD_MS) / 1000);
  const from = Math.max(0, first * block - pad);
  const to = Math.min(samples.length, (last + 1) * block + pad);
  return samples.slice(from, to);
}
