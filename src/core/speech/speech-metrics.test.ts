import { describe, expect, it } from "vitest";
import { timed } from "../../../tests/support/timed-words.ts";
import { speechMetrics, type TimedWord } from "./speech-metrics.ts";
import { speechFeedback } from "./speech-feedback.ts";

describe("speechMetrics", () => {
  it("measures pace over the speaking span and articulation without the pauses", () => {
    // 10 words, 0.5 s each, back to back from 2 s to 7 s, in 12 s of audio.
    const words = Array.from({ length: 10 }, (_, i) => ({
      word: `w${String(i)}`,
      start: 2 + i * 0.5,
      end: 2.5 + i * 0.5,
    }));
    const metrics = speechMetrics(words, 12);
    expect(metrics.durationS).toBe(12);
    expect(metrics.wordsPerMinute).toBe(120);
    expect(metrics.articulationWordsPerMinute).toBe(120);
    expect(metrics.pauses).toEqual([]);
    expect(metrics.longestPauseS).toBe(0);
  });

  it("finds pauses of a second or more and leaves them out of the articulation rate", () => {
    const words: TimedWord[] = [
      { word: "one", start: 0, end: 1 },
      { word: "two", start: 1.5, end: 2.5 },
      { word: "three", start: 4.5, end: 5.5 },
      { word: "four", start: 6.5, end: 7.5 },
    ];
    const metrics = speechMetrics(words, 8);
    expect(metrics.pauses).toEqual([
      { start: 2.5, end: 4.5, wordBefore: "two", wordAfter: "three" },
      { start: 5.5, end: 6.5, wordBefore: "three", wordAfter: "four" },
    ]);
    expect(metrics.pauseCount).toBe(2);
    expect(metrics.longestPauseS).toBe(2);
    expect(metrics.wordsPerMinute).toBe(32); // 4 words in 7.5 s
    expect(metrics.articulationWordsPerMinute).toBe(53.3); // 4 words in 4.5 s
  });

  it("counts um, uh, er and erm wherever they are", () => {
    const metrics = speechMetrics(timed("um I think uh we er shipped it erm late"), 5);
    expect(metrics.fillersPer100Words).toBe(40);
  });

  it("counts like, so and you know only where they hesitate", () => {
    // "so" opens the answer, "like" is followed by silence, "you know" is set off by silence.
    const fillers = speechMetrics(
      timed("so the deploy was like slow and you know we rolled back", { 5: 0.6, 7: 0.5 }),
      6,
    );
    expect(fillers.fillersPer100Words).toBe(25); // 3 of 12 words
    // The same words said as grammar: "I'd like to", "so that", "you know what".
    const grammar = speechMetrics(
      timed("we did it so that I would like to know if you know what broke", { 0: 0 }),
      6,
    );
    expect(grammar.fillersPer100Words).toBe(0);
    expect(speechMetrics(timed("I think so"), 2).fillersPer100Words).toBe(0);
  });

  it("gives fillers per minute of speaking as well as per 100 words", () => {
    // 10 words of 0.3 s with 0.05 s between: 3.45 s of speaking, two of them fillers.
    const metrics = speechMetrics(timed("um we shipped the cache uh and it held up fine"), 10);
    expect(metrics.fillersPer100Words).toBe(18.2); // 2 of 11 words
    expect(metrics.fillersPerMinute).toBe(31.6); // 2 in 3.8 s
  });

  it("keeps 'like' a verb after a subject even after a short silence", () => {
    // "I like Go" with a 0.4 s gap before "like": a verb, because "I" is its subject.
    expect(speechMetrics(timed("I like Go for services", { 1: 0.4 }), 3).fillersPer100Words).toBe(
      0,
    );
    // "it was like [0.4 s] slow": the silence after it makes it a stall.
    expect(speechMetrics(timed("it was like slow", { 3: 0.4 }), 3).fillersPer100Words).toBe(25);
    // "was [0.4 s] like a queue": no subject before it, so the silence before it makes it one.
    expect(speechMetrics(timed("it was like a queue", { 2: 0.4 }), 3).fillersPer100Words).toBe(20);
  });

  it("keeps 'so that' and 'so much' grammar even after a pause", () => {
    const words = timed("we cached it so that reads stayed fast", { 3: 1.2 });
    const metrics = speechMetrics(words, 5);
    expect(metrics.pauseCount).toBe(1);
    expect(metrics.fillersPer100Words).toBe(0);
    expect(speechMetrics(timed("so much traffic came", { 0: 0 }), 3).fillersPer100Words).toBe(0);
    // "so [0.5 s] that was the plan": the silence after "so" makes it a stall.
    expect(speechMetrics(timed("so that was the plan", { 1: 0.5 }), 3).fillersPer100Words).toBe(20);
  });

  it("counts 'you know' once, as a filler only when set off by silence", () => {
    const set = speechMetrics(timed("it was you know slow", { 2: 0.4 }), 3);
    expect(set.fillersPer100Words).toBe(20); // one filler in 5 words
    expect(speechMetrics(timed("and you know what broke"), 3).fillersPer100Words).toBe(0);
  });

  it("counts hedges but not 'what kind of'", () => {
    const metrics = speechMetrics(
      timed("I guess it was sort of slow and maybe what kind of cache we needed"),
      5,
    );
    expect(metrics.hedgesPer100Words).toBe(20); // 3 of 15 words
  });

  it("gives zeros, not NaN, for silence", () => {
    expect(speechMetrics([], 3)).toEqual({
      durationS: 3,
      wordsPerMinute: 0,
      articulationWordsPerMinute: 0,
      fillersPer100Words: 0,
      fillersPerMinute: 0,
      hedgesPer100Words: 0,
      pauses: [],
      pauseCount: 0,
      longestPauseS: 0,
    });
  });
});

describe("speechFeedback", () => {
  it("notes a fast, filler-heavy answer with a long pause", () => {
    const notes = speechFeedback({
      durationS: 60,
      wordsPerMinute: 210,
      articulationWordsPerMinute: 230,
      fillersPer100Words: 8,
      hedgesPer100Words: 1,
      fillersPerMinute: 16.8,
      pauses: [{ start: 10, end: 14, wordBefore: "and", wordAfter: "then" }],
      pauseCount: 1,
      longestPauseS: 4,
    });
    expect(notes.filter((n) => n.level === "note").map((n) => n.metric)).toEqual([
      "pace",
      "fillers",
      "pauses",
    ]);
  });
});
