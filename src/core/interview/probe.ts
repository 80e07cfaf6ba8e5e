import type { FlagCode } from "../analysis/index.ts";
import {
  answeredAlready,
  checklistCodes,
  checklistFlags,
  missingAreas,
  missingPieces,
  questionShape,
  tellsNoStory,
  threadText,
} from "./coverage.ts";
import {
  anchorKey,
  claimSpans,
  freshAnchor,
  isUsedAnchor,
  MIN_ANCHOR_WORDS,
  viewOpening,
  salientAnchor,
  wordCount,
} from "./quotes.ts";
import { mixNumbers } from "./random.ts";
import type {
  DeepDiveAspect,
  DesignArea,
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

// Gaps whose evidence is the answer's closing sentences: the last one is the best to quote.
const CLOSING_EVIDENCE: ReadonlySet<FlagCode> = new Set(["no-outcome", "no-reflection"]);

/** What each deep-dive question asks about, in the order a hiring manager usually goes. */
export const DEEP_DIVE_ASPECTS: readonly DeepDiveAspect[] = [
  "rationale",
  "failure",
  "measurement",
  "redesign",
];

/** The gaps a deep dive follows first, when the last answer had them. */
const DEEP_DIVE_PRIORITY: readonly FlagCode[] = [
  "we-not-i",
  "framework-recital",
  "vague",
  "no-outcome",
  "no-feelings",
  "no-reflection",
  "no-genuine-change",
];

/** The gaps each deep-dive question also probes when the last answer had them. */
const ASPECT_TARGETS: Readonly<Record<DeepDiveAspect, readonly FlagCode[]>> = {
  rationale: ["we-not-i", "framework-recital"],
  failure: ["no-feelings", "no-reflection"],
  measurement: ["vague", "no-outcome"],
  redesign: ["no-reflection", "no-genuine-change"],
};

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

/** Every phrase the interviewer has quoted so far, so no anchor is quoted twice. */
export function usedAnchors(state: InterviewState): Set<string> {
  const used = new Set<string>();
  for (const turn of state.turns) {
    const probe = turn.probe;
    if (
      (probe.kind === "gap" || probe.kind === "deep-dive" || probe.kind === "design") &&
      probe.anchor !== ""
    ) {
      used.add(anchorKey(probe.anchor));
    }
    if (probe.kind === "pushback" && probe.unquoted !== true && probe.claim !== "") {
      used.add(anchorKey(probe.claim));
    }
  }
  return used;
}

function gapStep(
  state: InterviewState,
  question: PlannedQuestion,
  thread: readonly RecordedTurn[],
  code: FlagCode,
): ProbeStep {
  // Quote the latest answer that has the gap: that is where it shows.
  const holder =
    [...thread]
      .reverse()
      .find((turn) => checklistFlags(turn.answer).some((f) => f.code === code)) ?? thread.at(-1);
  const text = holder?.answer?.text ?? "";
  const flag = checklistFlags(holder?.answer).find((item) => item.code === code);
  const evidence = [...(flag?.evidence ?? [])];
  if (CLOSING_EVIDENCE.has(code)) evidence.reverse();
  const used = usedAnchors(state);
  // Only the words that show the gap are quoted; without them the follow-up asks plainly.
  const anchor = freshAnchor(text, evidence, used);
  const shape = questionShape(question, state.round);
  const ask = shape === "hypothetical" ? shape : shape === "story" ? undefined : "view";
  return {
    kind: "gap",
    questionId: question.id,
    targets: [code],
    anchor,
    ...(ask === undefined ? {} : { ask }),
  };
}

function stanceOf(question: PlannedQuestion): PushbackStance {
  if (question.answerKind === "why") return "why";
  if (question.themes.includes("ai-safety")) return "safety";
  return "opinion";
}

/**
 * Challenges the view the question asked for: the first one stated in the thread (a follow-up's
 * "because…" is usually its grounds, not a new view), or the opening of the first answer when
 * none is stated. Replies to
 * pushback are not views to challenge: they defend one. A claim already quoted is challenged
 * without quoting it again.
 */
function pushbackStep(
  state: InterviewState,
  question: PlannedQuestion,
  thread: RecordedTurn[],
  attempt: 1 | 2,
): ProbeStep {
  const used = usedAnchors(state);
  const answers = viewAnswers(thread);
  const earlier = thread.find((turn) => turn.probe.kind === "pushback")?.probe;
  const claim = earlier?.kind === "pushback" ? earlier.claim : statedView(answers);
  const quoted =
    attempt === 1 && wordCount(claim) >= MIN_ANCHOR_WORDS && !isUsedAnchor(claim, used);
  return {
    kind: "pushback",
    questionId: question.id,
    stance: stanceOf(question),
    claim,
    attempt,
    ...(quoted ? {} : { unquoted: true as const }),
  };
}

/**
 * The view the answers state, in their words: a sentence with a cue of one ("I think", "should",
 * "because"), else the first sentence that says something about now; "" when the answers only
 * tell what happened ("At my last job I ran the billing team") or say too little ("Okay.").
 */
function statedView(answers: readonly string[]): string {
  const cued = answers
    .map((text) => freshAnchor(text, claimSpans(text), new Set(), 14))
    .find((found) => found !== "");
  return cued ?? answers.map((text) => viewOpening(text)).find((found) => found !== "") ?? "";
}

/** The answers of the thread that can state a view: a reply to pushback defends one. */
function viewAnswers(thread: readonly RecordedTurn[]): string[] {
  return thread
    .filter((turn) => turn.probe.kind !== "pushback")
    .flatMap((turn) => (turn.answer === undefined ? [] : [turn.answer.text]));
}

/** True when some answer of the thread states a view a challenge can name. */
function statesAView(thread: readonly RecordedTurn[]): boolean {
  return statedView(viewAnswers(thread)) !== "";
}

/** True when no answer of the thread tells a story and none has been asked for one yet. */
function noStoryYet(thread: readonly RecordedTurn[]): boolean {
  if (askedForView(thread)) return false;
  const answers = viewAnswers(thread);
  return answers.length > 0 && answers.every((text) => tellsNoStory(text));
}

/**
 * True when a follow-up of the thread has already brought the candidate back to the question:
 * asked a view question where they stand, or a story question for a real example.
 */
function askedForView(thread: readonly RecordedTurn[]): boolean {
  return thread.some(
    (turn) => turn.probe.kind === "gap" && turn.probe.targets.includes("off-topic"),
  );
}

/** A second challenge only for a view that was held: a changed or dropped view is settled. */
function afterPushback(state: InterviewState, question: PlannedQuestion, thread: RecordedTurn[]) {
  const last = thread.at(-1);
  const record = state.pushbacks.find((item) => item.turn === state.turns.length - 1);
  const attempts = thread.filter((turn) => turn.probe.kind === "pushback").length;
  if (last !== undefined && record?.outcome === "held" && attempts < 2) {
    return pushbackStep(state, question, thread, 2);
  }
  return nextQuestion(state);
}

/**
 * What the project is called in the candidate's own words, named by the first deep-dive question
 * only: the later ones say "that project", so one phrase is not quoted four times.
 */
function projectAnchor(state: InterviewState, thread: readonly RecordedTurn[]): string {
  if (thread.some((turn) => turn.probe.kind === "deep-dive")) return "";
  const main = thread[0]?.answer?.text ?? "";
  const used = usedAnchors(state);
  return salientAnchor(main, used) || freshAnchor(main, [{ start: 0, end: 1 }], used, 6);
}

/**
 * An alternative already weighed in the candidate's words ("I chose Kafka over SQS because…",
 * "we ruled out a vendor suite since…"): the deep dive does not ask why this design over another.
 */
const ALTERNATIVE_WEIGHED =
  /\b(chose|picked|went with|preferred|opted for|settled on)\b[^.!?]*\b(over|instead of|rather than)\b|\b(rejected|ruled out|decided against)\b[^.!?]*\b(because|since|as)\b/i;

function deepDiveStep(state: InterviewState, question: PlannedQuestion, thread: RecordedTurn[]) {
  const last = thread.at(-1);
  const flags = checklistCodes(last?.answer);
  // A vague answer to a deep-dive question is the edge of the candidate's understanding: going
  // further would only collect more vagueness, so the ladder stops (recordAnswer notes the edge).
  if (last === undefined || (last.probe.kind === "deep-dive" && flags.has("vague"))) {
    return nextQuestion(state);
  }
  const used = new Set(
    thread.flatMap((t) => (t.probe.kind === "deep-dive" ? [t.probe.aspect] : [])),
  );
  const told = threadText(thread);
  const remaining = DEEP_DIVE_ASPECTS.filter(
    (aspect) => !used.has(aspect) && !(aspect === "rationale" && ALTERNATIVE_WEIGHED.test(told)),
  );
  const wanted = DEEP_DIVE_PRIORITY.filter((code) => flags.has(code));
  const aspect =
    wanted
      .map((code) => remaining.find((a) => ASPECT_TARGETS[a].includes(code)))
      .find((a) => a !== undefined) ?? remaining[0];
  if (aspect === undefined) return nextQuestion(state);
  const targets = ASPECT_TARGETS[aspect].filter((code) => flags.has(code));
  const anchor = projectAnchor(state, thread);
  return { kind: "deep-dive", questionId: question.id, aspect, targets, anchor } as const;
}

/**
 * One authored follow-up of the question, picked by seed, that was not asked yet and does not ask
 * for what the thread already answered.
 */
function authoredFollowUp(
  state: InterviewState,
  question: PlannedQuestion,
  thread: readonly RecordedTurn[],
): string | undefined {
  const asked = new Set(state.turns.map((turn) => turn.body));
  const shape = questionShape(question, state.round);
  const fresh = question.followUps.filter(
    (text) => !asked.has(text) && !answeredAlready(text, shape, thread),
  );
  if (fresh.length === 0) return undefined;
  return fresh[mixNumbers(state.seed, state.position) % fresh.length];
}

/** The next design area to ask about, with the answer's own name for what it designs. */
function designStep(
  state: InterviewState,
  question: PlannedQuestion,
  thread: readonly RecordedTurn[],
  area: DesignArea,
): ProbeStep {
  const text = thread.at(-1)?.answer?.text ?? "";
  // A bank question is probed on the review's missing step, which no phrase of the answer names:
  // a quoted fragment of technical prose ("100 ms. Redis") reads as torn, so it is asked plainly.
  const quoted = question.areas === undefined && area !== "degradation";
  return {
    kind: "design",
    questionId: question.id,
    area,
    anchor: quoted ? salientAnchor(text, usedAnchors(state)) : "",
  };
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
  if (question.mode === "deep-dive") {
    // A deep dive walks one project through every aspect, so its ladder is longer.
    if (ladder >= DEEP_DIVE_ASPECTS.length) return nextQuestion(state);
    return deepDiveStep(state, question, thread);
  }
  if (ladder >= MAX_LADDER || last.probe.kind === "authored") return nextQuestion(state);
  const shape = questionShape(question, state.round);
  if (shape === "design" || shape === "coding") {
    const area = missingAreas(shape, thread, question.areas, question.numbers)[0];
    return area === undefined ? nextQuestion(state) : designStep(state, question, thread, area);
  }
  if (last.probe.kind === "pushback") return afterPushback(state, question, thread);

  const gap = missingPieces(shape, thread)[0];
  const pushedBack = thread.some((turn) => turn.probe.kind === "pushback");
  // A view can be challenged only once one is stated: "Okay." states none, and neither does a
  // story told in its place, so the candidate is first asked where they stand.
  if (question.pushback && !pushedBack && statesAView(thread)) {
    // One gap of the first answer is worth a follow-up before the view is challenged.
    if (gap !== undefined && ladder === 0) return gapStep(state, question, thread, gap);
    return pushbackStep(state, question, thread, 1);
  }
  const asksView = shape === "opinion" || shape === "why";
  if (question.pushback && !pushedBack && asksView && !askedForView(thread)) {
    return gapStep(state, question, thread, "off-topic");
  }
  // A story question answered with no story ("If I did, I would probably…") is asked for one real
  // example before anything about how it went; once, so a second refusal is where it ran out.
  if (shape === "story" && noStoryYet(thread)) return gapStep(state, question, thread, "off-topic");
  if (gap !== undefined) return gapStep(state, question, thread, gap);
  // A clean first answer earns one of the question's own follow-ups; a clean follow-up moves on.
  if (ladder === 0) {
    const text = authoredFollowUp(state, question, thread);
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
