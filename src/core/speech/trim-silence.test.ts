import { describe, expect, it } from "vitest";
import { trimSilence } from "./trim-silence.ts";

const RATE = 16_000;

/** Quiet room noise for `seconds`, then a tone as loud as speech, then noise again. */
function recording(silenceBefore: number, voiced: number, silenceAfter: number): Int16Array {
  const total = Math.round((silenceBefore + voiced + silenceAfter) * RATE);
  const samples = new Int16Array(total);
  let seed = 7;
  for (let i = 0; i < total; i += 1) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const noise = ((seed / 2_147_483_648) * 2 - 1) * 60;
    const t = i / RATE;
    const speaking = t >= silenceBefore && t < silenceBefore + voiced;
    samples[i] = Math.round(noise + (speaking ? Math.sin(2 * Math.PI * 220 * t) * 6_000 : 0));
  }
  return samples;
}

describe("trimSilence", () => {
  it("cuts the wait before the first word and the pause after the last, keeping a margin", () => {
    const trimmed = trimSilence(recording(2, 4, 3), RATE);
    const seconds = trimmed.length / RATE;
    // Four seconds of voice and 0.3 s either side, to within one 20 ms block.
    expect(seconds).toBeGreaterThan(4.55);
    expect(seconds).toBeLessThan(4.65);
  });

  it("keeps a recording that is all voice as it is", () => {
    const whole = recording(0, 3, 0);
    expect(trimSilence(whole, RATE)).toHaveLength(whole.length);
  });

  it("gives back a recording with no voice whole, for the engine to say it heard nothing", () => {
    const silent = recording(3, 0, 0);
    expect(trimSilence(silent, RATE)).toHaveLength(silent.length);
  });

  it("keeps the silence between words: only the ends are cut", () => {
    const first = recording(1, 2, 2);
    const second = recording(0, 2, 1);
    const both = new Int16Array(first.length + second.length);
    both.set(first);
    both.set(second, first.length);
    const seconds = trimSilence(both, RATE).length / RATE;
    // 2 s of voice, the 2 s gap, 2 s of voice, and the two margins.
    expect(seconds).toBeGreaterThan(6.55);
    expect(seconds).toBeLessThan(6.65);
  });

  it("gives back an empty recording empty", () => {
    expect(trimSilence(new Int16Array(0), RATE)).toHaveLength(0);
  });
});
