import { raiseFlags } from "./flags.ts";
import { blankGraderDirectives } from "./grader-directives.ts";
import { parseText } from "./nlp.ts";
import {
  judgeReadsAs,
  scoreHonesty,
  scoreOverall,
  scoreOwnership,
  scoreReflection,
  scoreSpecificity,
  scoreStructure,
} from "./scoring.ts";
import { readContext, readSignals } from "./signals/index.ts";
import { asksForChangedMind } from "./signals/story-context.ts";
import { suggest } from "./suggestions.ts";
import {
  type AnalyzeInput,
  type AnalyzeResult,
  MAX_ANSWER_CHARS,
  type Dimension,
} from "./types.ts";

/**
 * Analyses an answer to a values, behavioral, "why us" or opinion question: scores, flags with
 * quoted evidence, suggestions and counts. Deterministic and offline.
 *
 * @example
 * const result = analyzeAnswer({ kind: "behavioral", text: "We shipped it." });
 * if (result.ok) console.log(result.value.flags.map((flag) => flag.code));
 */
export function analyzeAnswer(input: AnalyzeInput): AnalyzeResult {
  if (input.text.trim() === "") {
    return { ok: false, error: { code: "empty-answer", message: "The answer is empty." } };
  }
  if (input.text.length > MAX_ANSWER_CHARS) {
    return {
      ok: false,
      error: {
        code: "answer-too-long",
        message: `The answer is ${input.text.length.toLocaleString("en-US")} characters; the analyzer takes at most ${MAX_ANSWER_CHARS.toLocaleString("en-US")} (about 40 minutes of speech).`,
      },
    };
  }
  const { text } = blankGraderDirectives(input.text);
  if (text.trim() === "") {
    return {
      ok: false,
      error: {
        code: "empty-answer",
        message: "The answer holds only instructions to the grader; there is nothing to analyse.",
      },
    };
  }
  const parsed = parseText(text);
  const question =
    input.question === undefined || input.question.trim() === ""
      ? undefined
      : parseText(input.question);
  const changedMind = input.changedMind ?? (question !== undefined && asksForChangedMind(question));
  const context = readContext(parsed, input.kind, question, changedMind, input.followUp?.targets);
  const signals = readSignals(parsed, context);
  const flags = raiseFlags(signals, parsed, context);
  const scored = {
    honesty: scoreHonesty(signals, context),
    ownership: scoreOwnership(signals),
    reflection: scoreReflection(signals, context),
    specificity: scoreSpecificity(signals),
    structure: scoreStructure(signals, context, flags),
  };
  const dimensions = mapValues(scored, (s) => s.score);
  const reasons = mapValues(scored, (s) => s.reason);
  const overall = scoreOverall(dimensions, flags, context);
  return {
    ok: true,
    value: {
      overall,
      readsAs: judgeReadsAs(signals, dimensions, flags, overall),
      dimensions,
      reasons,
      flags,
      suggestions: suggest(flags, signals, dimensions),
      stats: {
        words: signals.length.words,
        sentences: signals.length.sentences,
        firstPersonSingular: signals.agency.firstPersonSingular,
        firstPersonPlural: signals.agency.firstPersonPlural,
        minutesSpoken: signals.length.minutesSpoken,
      },
    },
  };
}

function mapValues<T, U>(record: Record<Dimension, T>, f: (value: T) => U): Record<Dimension, U> {
  return {
    honesty: f(record.honesty),
    ownership: f(record.ownership),
    reflection: f(record.reflection),
    specificity: f(record.specificity),
    structure: f(record.structure),
  };
}
