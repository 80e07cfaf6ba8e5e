import type { Analysis, FlagCode } from "../analysis/index.ts";
import { openingPhrase, phraseFromEvidence, salientPhrase, statedClaim } from "./quotes.ts";
import { mixNumbers } from "./random.ts";
import type {
  DeepDiveAspect,
  InterviewState,
  NextProbe,
  PlannedQuestion,
  ProbeStep,
  PushbackStance,
  RecordedTurn,
} from "./types.ts";

/** Follow-ups and pushbacks asked about one main question, at most. */
export const MAX_LADDER = 3;

/** About three minutes of speech at 150 words a minute; a longer answer is cut off politely. */
export const INTERRUPT_AFTER_WORDS = 450;

/** Gaps in the order they are probed: how the answer was told first, then what the story lacks. */
export const GAP_PRIORITY: readonly FlagCode[] = [
  "framework-recital",
  "alignment-signaling",
  "we-not-i",
  "no-critique",
  "no-genuine-change",
  "no-outcome",
  "no-feelings",
  "no-reflection",
  "vague",
];

// Flags about how the answer just given was told. The other flags describe the story or view as a
// whole: a two-sentence reply to "what did you feel?" has no outcome by nature, so a follow-up
// answer keeps such a gap open only when the main answer had it too.
const TELLING: ReadonlySet<FlagCode> = new Set([
  "framework-recital",
  "alignment-signaling",
  "we-not-i",
]);

// Gaps whose evidence is the answer's closing sentences: the last one is the best to quote.
const CLOSING_EVIDENCE: ReadonlySet<FlagCode> = new Set(["no-outcome", "no-reflection"]);

/** What each deep-dive question asks about, in the order a hiring manager usually goes. */
export const DEEP_DIVE_ASPECTS: readonly DeepDiveAspect[] = [
  "rationale",
  "failure",
  "measurement",
  "redesign",
];

/** The gaps each deep-dive question also probes when the last answer had them. */
const ASPECT_TARGETS: Readonly<Record<DeepDiveAspect, readonly FlagCode[]>> = {
  rationale: ["we-not-i", "framework-recital"],
  failure: ["no-feelings", "no-reflection"],
  measurement: ["vague", "no-outcome"],
  redesign: ["no-reflection", "no-genuine-change"],
};

function codesOf(analysis: Analysis | undefined): Set<FlagCode> {
  return new Set((analysis?.flags ?? []).map((flag) => flag.code));
}

/** The turns about the current main question: its question turn and every follow-up since. */
export function currentThread(state: InterviewState): RecordedTurn[] {
  let start = state.turns.length;
  while (start > 0 && state.turns[start - 1]?.probe.kind !== "question") start -= 1;
  return state.turns.slice(Math.max(0, start - 1));
}

function nextQuestion(state: InterviewState): ProbeStep {
  const started = state.turns.some((turn) => turn.probe.kind === "question");
  const index = started ? state.position + 1 : 0;
  const question = state.plan[index];
  if (question === undefined) return { kind: "end" };
  return {
    kind: "question",
    questionId: question.id,
    prompt: question.prompt,
    first: index === 0,
    narrated: question.answerKind === undefined,
  };
}

/** The gaps of the answer just given that this question's ladder has not probed yet, in order. */
function openGaps(thread: readonly RecordedTurn[]): FlagCode[] {
  const main = thread[0];
  const last = thread.at(-1);
  if (main === undefined || last === undefined) return [];
  const probed = new Set(thread.flatMap((turn) => turn.targets));
  const inMain = codesOf(main.answer?.analysis);
  const inLast = codesOf(last.answer?.analysis);
  return GAP_PRIORITY.filter(
    (code) =>
      inLast.has(code) &&
      !probed.has(code) &&
      (last === main || TELLING.has(code) || inMain.has(code)),
  );
}

function gapStep(question: PlannedQuestion, last: RecordedTurn, code: FlagCode): ProbeStep {
  const text = last.answer?.text ?? "";
  const flag = last.answer?.analysis.flags.find((item) => item.code === code);
  const evidence = CLOSING_EVIDENCE.has(code) ? flag?.evidence.at(-1) : flag?.evidence[0];
  const anchor = phraseFromEvidence(text, evidence) || (salientPhrase(text) ?? "");
  return { kind: "gap", questionId: question.id, targets: [code], anchor };
}

function stanceOf(question: PlannedQuestion): PushbackStance {
  if (question.answerKind === "why") return "why";
  if (question.themes.includes("ai-safety")) return "safety";
  return "opinion";
}

/**
 * Challenges the latest view stated in the thread (a follow-up answer often states it better than
 * the first answer did), or the opening of the first answer when none is stated.
 */
function pushbackStep(
  question: PlannedQuestion,
  thread: RecordedTurn[],
  attempt: 1 | 2,
): ProbeStep {
  const answers = thread.flatMap((turn) => (turn.answer === undefined ? [] : [turn.answer.text]));
  const claim =
    answers
      .reverse()
      .map((text) => statedClaim(text))
      .find((found) => found !== undefined) ?? openingPhrase(thread[0]?.answer?.text ?? "");
  return { kind: "pushback", questionId: question.id, stance: stanceOf(question), claim, attempt };
}

/** A second challenge only for a view that was held: a changed or dropped view is settled. */
function afterPushback(state: InterviewState, question: PlannedQuestion, thread: RecordedTurn[]) {
  const last = thread.at(-1);
  const record = state.pushbacks.find((item) => item.turn === state.turns.length - 1);
  const attempts = thread.filter((turn) => turn.probe.kind === "pushback").length;
  if (last !== undefined && record?.outcome === "held" && attempts < 2) {
    return pushbackStep(question, thread, 2);
  }
  return nextQuestion(state);
}

/** What the project is called in the candidate's own words, for deep-dive questions to name. */
function projectAnchor(mainAnswer: string): string {
  return salientPhrase(mainAnswer) ?? openingPhrase(mainAnswer, 6);
}

function deepDiveStep(state: InterviewState, question: PlannedQuestion, thread: RecordedTurn[]) {
  const last = thread.at(-1);
  const flags = codesOf(last?.answer?.analysis);
  // A vague answer to a deep-dive question is the edge of the candidate's understanding: going
  // further would only collect more vagueness, so the ladder stops (recordAnswer notes the edge).
  if (last === undefined || (last.probe.kind === "deep-dive" && flags.has("vague"))) {
    return nextQuestion(state);
  }
  const used = new Set(
    thread.flatMap((t) => (t.probe.kind === "deep-dive" ? [t.probe.aspect] : [])),
  );
  const remaining = DEEP_DIVE_ASPECTS.filter((aspect) => !used.has(aspect));
  const wanted = GAP_PRIORITY.filter((code) => flags.has(code));
  const aspect =
    wanted
      .map((code) => remaining.find((a) => ASPECT_TARGETS[a].includes(code)))
      .find((a) => a !== undefined) ?? remaining[0];
  if (aspect === undefined) return nextQuestion(state);
  const targets = ASPECT_TARGETS[aspect].filter((code) => flags.has(code));
  const anchor = projectAnchor(thread[0]?.answer?.text ?? "");
  return { kind: "deep-dive", questionId: question.id, aspect, targets, anchor } as const;
}

/** One authored follow-up of the question not asked yet, picked by seed. */
function authoredFollowUp(state: InterviewState, question: PlannedQuestion): string | undefined {
  const asked = new Set(state.turns.map((turn) => turn.body));
  const fresh = question.followUps.filter((text) => !asked.has(text));
  if (fresh.length === 0) return undefined;
  return fresh[mixNumbers(state.seed, state.position) % fresh.length];
}

function chooseStep(state: InterviewState): ProbeStep {
  if (state.status === "finished") return { kind: "end" };
  const thread = currentThread(state);
  const last = thread.at(-1);
  const question = state.plan[state.position];
  if (last === undefined || question === undefined) return nextQuestion(state);
  if (last.answer === undefined) {
    throw new Error("planNextProbe needs a state whose last turn has been answered.");
  }
  const ladder = thread.length - 1;
  if (ladder >= MAX_LADDER || last.probe.kind === "authored") return nextQuestion(state);
  if (question.mode === "deep-dive") return deepDiveStep(state, question, thread);
  if (last.probe.kind === "pushback") return afterPushback(state, question, thread);

  const gap = openGaps(thread)[0];
  const pushedBack = thread.some((turn) => turn.probe.kind === "pushback");
  if (question.pushback && !pushedBack) {
    // One gap of the first answer is worth a follow-up before the view is challenged.
    if (gap !== undefined && ladder === 0) return gapStep(question, last, gap);
    return pushbackStep(question, thread, 1);
  }
  if (gap !== undefined) return gapStep(question, last, gap);
  // A clean first answer earns one of the question's own follow-ups; a clean follow-up moves on.
  if (ladder === 0) {
    const text = authoredFollowUp(state, question);
    if (text !== undefined) return { kind: "authored", questionId: question.id, text };
  }
  return nextQuestion(state);
}

/**
 * Decides what the next turn probes, for a state whose last turn has just been answered (see
 * recordAnswer), or the first question for a state with no turns. Phrasing is separate
 * (phrasing.ts), so an LLM layer can word the same probe its own way.
 */
export function planNextProbe(state: InterviewState): NextProbe {
  const last = state.turns.at(-1);
  const words = last?.answer?.analysis.stats.words ?? 0;
  return { ...chooseStep(state), interrupt: words > INTERRUPT_AFTER_WORDS };
}
