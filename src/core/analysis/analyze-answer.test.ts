import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "./analyze-answer.ts";
import { DIMENSIONS, FLAG_CODES, MAX_ANSWER_CHARS } from "./types.ts";

const story =
  "Last March I pushed our team to skip a load test so we could launch a week early. Checkout fell over at 2,000 requests a second on launch day, and I was the one who had argued for it. I felt awful. I rolled the release back within 30 minutes, wrote the postmortem and reran the test myself. We relaunched four days later without an incident. Since then I treat a load test as part of the launch, not a step before it.";

describe("analyzeAnswer", () => {
  it("refuses an empty or blank answer as an expected error", () => {
    for (const text of ["", "   \n\t "]) {
      const result = analyzeAnswer({ kind: "values", text });
      expect(result).toEqual({
        ok: false,
        error: { code: "empty-answer", message: "The answer is empty." },
      });
    }
  });

  it("refuses an answer over 60,000 characters with a clear message", () => {
    const result = analyzeAnswer({ kind: "values", text: "a".repeat(MAX_ANSWER_CHARS + 1) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("answer-too-long");
      expect(result.error.message).toContain("60,000");
    }
  });

  it("analyses an answer of exactly 60,000 characters", () => {
    const text = `${story} `.repeat(200).slice(0, MAX_ANSWER_CHARS);
    const result = analyzeAnswer({ kind: "behavioral", text });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.flags.map((f) => f.code)).toContain("too-long");
  });

  it("returns the analysis contract", () => {
    const result = analyzeAnswer({ kind: "behavioral", text: story });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const analysis = result.value;
    expect(analysis.overall).toBeGreaterThanOrEqual(1);
    expect(analysis.overall).toBeLessThanOrEqual(5);
    expect(["genuine", "mixed", "alignment-signaling"]).toContain(analysis.readsAs);
    expect(Object.keys(analysis.dimensions).sort()).toEqual([...DIMENSIONS].sort());
    expect(Object.keys(analysis.reasons).sort()).toEqual([...DIMENSIONS].sort());
    for (const flag of analysis.flags) expect(FLAG_CODES).toContain(flag.code);
    expect(analysis.stats).toMatchObject({ words: 83, sentences: 6, firstPersonSingular: 6 });
    expect(analysis.stats.minutesSpoken).toBe(0.6);
  });

  it("is deterministic", () => {
    const first = analyzeAnswer({ kind: "behavioral", text: story });
    const second = analyzeAnswer({ kind: "behavioral", text: story });
    expect(second).toEqual(first);
  });

  it("quotes the answer exactly in every piece of evidence", () => {
    const text =
      "Situation:  we had  a problem.\r\n\r\nTask: the team had to fix it — fast!  Action: it was fixed.\tI’m passionate about the mission. Result: we hit 99.9% in Q3.";
    const result = analyzeAnswer({
      kind: "behavioral",
      text,
      question: "Tell me about a failure.",
    });
    if (!result.ok) throw new Error("expected an analysis");
    expect(result.value.flags.length).toBeGreaterThan(2);
    for (const flag of result.value.flags) {
      for (const item of flag.evidence) expect(item.quote).toBe(text.slice(item.start, item.end));
    }
  });

  it("reads a changed-my-mind question from the question, unless told otherwise", () => {
    const text = "I value feedback and I always listen.";
    const fromQuestion = analyzeAnswer({
      kind: "values",
      text,
      question: "When did you change your mind?",
    });
    const overridden = analyzeAnswer({
      kind: "values",
      text,
      question: "When did you change your mind?",
      changedMind: false,
    });
    const codes = (r: typeof fromQuestion) => (r.ok ? r.value.flags.map((f) => f.code) : []);
    expect(codes(fromQuestion)).toContain("no-genuine-change");
    expect(codes(overridden)).not.toContain("no-genuine-change");
  });
});
