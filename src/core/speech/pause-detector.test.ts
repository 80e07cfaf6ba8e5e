import { describe, expect, it } from "vitest";
import { createPauseDetector } from "./pause-detector.ts";

/** Feeds blocks every 100 ms: `[level, howManyBlocks]` runs, and says at which ms it stopped. */
function stopsAt(pauseMs: number, runs: [number, number][]): number | undefined {
  const detector = createPauseDetector({ pauseMs });
  let at = 0;
  for (const [level, blocks] of runs) {
    for (let i = 0; i < blocks; i += 1) {
      if (detector.push(level, at)) return at;
      at += 100;
    }
  }
  return undefined;
}

describe("createPauseDetector", () => {
  it("ends the answer at the first pause of the asked length after speech", () => {
    // Quiet room, two seconds of speech, then silence: stops 3 s into the silence.
    expect(
      stopsAt(3000, [
        [0.005, 5],
        [0.3, 20],
        [0.004, 40],
      ]),
    ).toBe(2500 + 3000);
  });

  it("does not end on a shorter pause between sentences", () => {
    expect(
      stopsAt(3000, [
        [0.005, 5],
        [0.3, 20],
        [0.005, 15],
        [0.3, 20],
        [0.005, 10],
      ]),
    ).toBe(undefined);
  });

  it("waits for speech: silence before the first word, or a cough, ends nothing", () => {
    expect(stopsAt(2000, [[0.005, 60]])).toBeUndefined();
    expect(
      stopsAt(2000, [
        [0.005, 5],
        [0.4, 2],
        [0.005, 40],
      ]),
    ).toBeUndefined();
  });

  it("hears a pause in a noisy room, and does not take the steady noise for speech", () => {
    // A fan at 0.08 throughout: speech at 0.5 over it, then the fan alone.
    expect(
      stopsAt(2000, [
        [0.08, 10],
        [0.5, 20],
        [0.08, 30],
      ]),
    ).toBe(3000 + 2000);
    expect(stopsAt(2000, [[0.08, 100]])).toBeUndefined();
  });

  it("still ends an answer begun with the very first block, once a pause shows the room", () => {
    expect(
      stopsAt(2000, [
        [0.3, 20],
        [0.005, 5],
        [0.3, 10],
        [0.005, 40],
      ]),
    ).toBe(3500 + 2000);
  });
});
