/** How quiet, above the room's own noise, still counts as a voice: a level this many times it. */
export const SPEECH_OVER_NOISE = 3;
/** Below this level nothing is speech, however quiet the room (levels run from 0 to 1). */
export const MIN_SPEECH_LEVEL = 0.02;
/** How much speech must be heard before a pause can end the answer: a cough is not an answer. */
const MIN_SPEECH_MS = 600;
/** How fast the noise floor may rise towards a louder room, per second (it falls at once). */
const FLOOR_RISE_PER_S = 0.5;

/** When to end a spoken answer: after speech has been heard, at the first pause that long. */
export interface PauseDetectorOptions {
  readonly pauseMs: number;
}

/**
 * Follows a microphone's level block by block and says when the speaker has paused for
 * `pauseMs` after speaking. The room's noise floor is tracked (falling at once to a quieter
 * block, rising slowly), and a block is speech when it is well above that floor, so a fan or a
 * hum neither counts as speech nor hides a pause.
 */
export function createPauseDetector(options: PauseDetectorOptions) {
  let floor: number | undefined;
  let lastAt: number | undefined;
  let speechMs = 0;
  let silentSince: number | undefined;
  return {
    /** The level of one block (0 to 1) and when it was heard; true once the answer should end. */
    push(level: number, atMs: number): boolean {
      const stepMs = lastAt === undefined ? 0 : Math.max(0, atMs - lastAt);
      lastAt = atMs;
      const speaking =
        floor !== undefined && level >= Math.max(MIN_SPEECH_LEVEL, floor * SPEECH_OVER_NOISE);
      // The floor follows the room, never the voice: it falls to any quieter block at once and
      // rises slowly, and only between words.
      if (floor === undefined || level < floor) floor = level;
      else if (!speaking) {
        floor = Math.min(level, floor * (1 + FLOOR_RISE_PER_S * (stepMs / 1000)) + 1e-4);
      }
      if (speaking) {
        speechMs += stepMs;
        silentSince = undefined;
        return false;
      }
      silentSince ??= atMs;
      return speechMs >= MIN_SPEECH_MS && atMs - silentSince >= options.pauseMs;
    },
  };
}
