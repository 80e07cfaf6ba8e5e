import { describe, expect, it } from "vitest";
import { downsampleToInt16, mixToMono, rootMeanSquare } from "./resample.ts";

describe("downsampleToInt16", () => {
  it("averages each group of input samples into one 16-bit sample", () => {
    const input = new Float32Array([0.5, 0.5, 0.5, -1, -1, -1]);
    expect([...downsampleToInt16(input, 48_000, 16_000)]).toEqual([16_384, -32_768]);
  });

  it("keeps the length in proportion to the rates, and never upsamples", () => {
    const second = new Float32Array(44_100).fill(0.1);
    expect(downsampleToInt16(second, 44_100, 16_000).length).toBe(16_000);
    expect(downsampleToInt16(new Float32Array(100), 8_000, 16_000).length).toBe(100);
  });

  it("clips what lies beyond full scale", () => {
    expect([...downsampleToInt16(new Float32Array([2, -3]), 16_000, 16_000)]).toEqual([
      32_767, -32_768,
    ]);
  });

  it("keeps a tone a tone: a 440 Hz sine at 48 kHz still crosses zero 880 times a second", () => {
    const input = new Float32Array(48_000).map((_, i) =>
      Math.sin((2 * Math.PI * 440 * i) / 48_000),
    );
    const output = downsampleToInt16(input, 48_000, 16_000);
    let crossings = 0;
    for (let i = 1; i < output.length; i += 1) {
      if (Math.sign(output[i] ?? 0) !== Math.sign(output[i - 1] ?? 0)) crossings += 1;
    }
    expect(crossings).toBeGreaterThanOrEqual(876);
    expect(crossings).toBeLessThanOrEqual(884);
  });

  it("refuses a rate that is not positive", () => {
    expect(() => downsampleToInt16(new Float32Array(4), 0, 16_000)).toThrow(RangeError);
  });
});

describe("rootMeanSquare", () => {
  it("is 0 for silence and nothing, and the amplitude over √2 for a sine", () => {
    expect(rootMeanSquare(new Float32Array(0))).toBe(0);
    expect(rootMeanSquare(new Float32Array(100))).toBe(0);
    const sine = new Float32Array(48_000).map(
      (_, i) => 0.8 * Math.sin((2 * Math.PI * 100 * i) / 48_000),
    );
    expect(rootMeanSquare(sine)).toBeCloseTo(0.8 / Math.SQRT2, 3);
  });
});

describe("mixToMono", () => {
  it("averages the channels sample by sample", () => {
    const left = new Float32Array([1, 0.5, 0]);
    const right = new Float32Array([0, 0.5, -1]);
    expect([...mixToMono([left, right])]).toEqual([0.5, 0.5, -0.5]);
  });

  it("keeps one channel as it is, and gives nothing for none", () => {
    expect([...mixToMono([new Float32Array([0.25, -0.25])])]).toEqual([0.25, -0.25]);
    expect(mixToMono([])).toHaveLength(0);
  });
});
