// What the suites of answers written to fool the off-topic check share (doubted-call.test.ts,
// failure-told.test.ts): each answer is read under its question, and each group is asserted
// flagged or quiet, with the answers still misread kept as expected failures.
import { describe, expect, it } from "vitest";
import type { AnswerKind } from "../content/schema.ts";
import { analyzeAnswer } from "./analyze-answer.ts";

/** One answer written to fool the check, with the voice it is written in. */
export interface ProbeCase {
  readonly id: string;
  readonly voice: string;
  readonly question: string;
  readonly text: string;
  /** The question's kind; behavioral unless named. */
  readonly kind?: AnswerKind;
}

/** An answer the coach still misreads: which way it should read, and why it does not. */
export type MisreadCase = ProbeCase & { readonly flagged: boolean; readonly why: string };

/** A probe as its data file holds it: asserted when it has no why, an expected failure when it has. */
export type Probe = ProbeCase & { readonly flagged: boolean; readonly why?: string };

/** Splits a probe file into the answers read right and those still misread, with why. */
export function splitProbes(all: readonly Probe[]): {
  read: readonly Probe[];
  misread: readonly MisreadCase[];
} {
  return {
    read: all.filter((probe) => probe.why === undefined),
    misread: all.flatMap((probe) =>
      probe.why === undefined ? [] : [{ ...probe, why: probe.why }],
    ),
  };
}

/** The `off-topic` flag raised on an answer to a question (behavioral unless named), if any. */
export function offTopic(question: string, text: string, kind: AnswerKind = "behavioral") {
  const result = analyzeAnswer({ kind, question, text });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.flags.find((flag) => flag.code === "off-topic");
}

/** Asserts a group of answers flagged (or all quiet), one test per answer. */
export function describeProbes(title: string, cases: readonly ProbeCase[], flagged: boolean) {
  describe(title, () => {
    it.each(cases.map((c) => [c.id, c.voice, c] as const))("%s (%s)", (_id, _voice, c) => {
      const found = offTopic(c.question, c.text, c.kind);
      if (flagged) expect(found).toBeDefined();
      else expect(found).toBeUndefined();
    });
  });
}

/** The answers still misread, each an expected failure named with why. */
export function describeMisread(title: string, cases: readonly MisreadCase[]) {
  describe(title, () => {
    it.fails.each(cases.map((c) => [c.id, c.why, c] as const))("%s: %s", (_id, _why, c) => {
      const found = offTopic(c.question, c.text, c.kind);
      if (c.flagged) expect(found).toBeDefined();
      else expect(found).toBeUndefined();
    });
  });
}
