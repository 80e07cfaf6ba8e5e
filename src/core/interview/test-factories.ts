import type { Analysis, Flag, FlagCode, Score } from "../analysis/index.ts";
import type { Question } from "../content/schema.ts";
import { startInterview, type StartInterviewInput } from "./engine.ts";
import type { InterviewState, InterviewTurn } from "./types.ts";

/** Factories for the interview engine's tests: fresh, small data per test, no files read. */

let made = 0;

/** A bank question with sensible defaults; every call gets a unique id unless one is given. */
export function makeQuestion(overrides: Partial<Question> = {}): Question {
  made += 1;
  const id = overrides.id ?? `test-question-${made}`;
  return {
    id,
    prompt: `Tell me about a time you handled situation number ${made}.`,
    category: "behavioral",
    rounds: ["behavioral"],
    difficulty: "medium",
    themes: ["ownership"],
    tests: "Whether the candidate owns their part.",
    signals: ["Says what they did.", "Says what happened."],
    redFlags: ["Says we throughout.", "No outcome."],
    followUps: [`What would your manager say about ${id}?`, `What did ${id} cost you?`],
    reported: false,
    answerKind: "behavioral",
    ...overrides,
  };
}

/** A flag whose evidence is the first occurrence of `quote` in `text`. */
export function makeFlag(code: FlagCode, text: string, quote: string): Flag {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in the answer`);
  return {
    code,
    message: `test flag ${code}`,
    evidence: [{ start, end: start + quote.length, quote }],
  };
}

/** An analysis with the given flags and scores, as analyzeAnswer would shape it. */
export function makeAnalysis(
  text: string,
  flags: readonly Flag[] = [],
  overall: Score = 3,
): Analysis {
  const words = text.split(/\s+/).filter(Boolean).length;
  const reason = "test";
  return {
    overall,
    readsAs: "mixed",
    dimensions: {
      honesty: overall,
      ownership: overall,
      reflection: overall,
      specificity: overall,
      structure: overall,
    },
    reasons: {
      honesty: reason,
      ownership: reason,
      reflection: reason,
      specificity: reason,
      structure: reason,
    },
    flags,
    suggestions: [],
    stats: {
      words,
      sentences: 1,
      firstPersonSingular: 0,
      firstPersonPlural: 0,
      minutesSpoken: words / 150,
    },
  };
}

/** About `words` words of concrete, first-person speech. */
export function longAnswer(words: number): string {
  const sentence = "In March I rewrote the Kafka consumer for the billing service myself.";
  const per = sentence.split(" ").length;
  const parts: string[] = [];
  for (let i = 0; i * per < words; i += 1) parts.push(sentence);
  return parts.join(" ").split(" ").slice(0, words).join(" ");
}

/** An interview started on a bank that covers the round; a bank that does not fails the test. */
export function startedInterview(input: StartInterviewInput): {
  state: InterviewState;
  turn: InterviewTurn;
} {
  const started = startInterview(input);
  if (!started.ok) throw new Error(`the test's bank cannot start: ${started.error.message}`);
  return started.value;
}
