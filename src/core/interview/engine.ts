import {
  type Analysis,
  type AnalysisError,
  type AnalyzeInput,
  type AnalyzeResult,
  type Flag,
  type FlagCode,
  type Score,
  type Stance,
  analyzeAnswer,
} from "../analysis/index.ts";
import {
  asksForView,
  checklistFlags,
  questionShape,
  tellsNoOwnAction,
  tellsNoStory,
  threadText,
} from "./coverage.ts";
import { err, ok, type Result } from "../result.ts";
import { DEFAULT_KNOWN_WORKS, judgeWhyCompany } from "./known-works.ts";
import { interruption, phrasings } from "./phrasing.ts";
import { type PlanError, type PlanInput, planRound } from "./plan.ts";
import { currentThread, planNextProbe } from "./probe.ts";
import { shortQuote } from "./quotes.ts";
import { mixNumbers } from "./random.ts";
import {
  OWN_QUESTION_ID,
  type AnsweredText,
  type InterviewState,
  type InterviewTurn,
  type KnownWork,
  type NextProbe,
  type PlannedQuestion,
  type RecordedTurn,
  type WhyCompanyVerdict,
} from "./types.ts";

/** What an interview starts from: the round, the bank, a seed and what the user saw recently. */
export interface StartInterviewInput extends PlanInput {
  /** The company's published work a "why us" answer may name; defaults to DEFAULT_KNOWN_WORKS. */
  knownWorks?: readonly KnownWork[];
}

/** Why an answer was not taken; the state is unchanged. */
export interface InterviewError {
  code: "empty-answer" | "answer-too-long" | "finished" | "no-open-turn";
  message: string;
}

/** The next state, the turn to show, and the analysis of the answer just given. */
export interface AnswerOutcome {
  state: InterviewState;
  turn: InterviewTurn;
  analysis: Analysis;
}

const TURN_KIND: Readonly<Record<NextProbe["kind"], InterviewTurn["kind"]>> = {
  question: "question",
  gap: "follow-up",
  authored: "follow-up",
  "deep-dive": "follow-up",
  design: "follow-up",
  pushback: "pushback",
  end: "end",
};

/**
 * The turn as the interview API shows it, without the engine's bookkeeping. `questionId` names a
 * bank question, so the candidate's own question goes without one.
 */
export function toInterviewTurn(turn: RecordedTurn): InterviewTurn {
  const bankId = turn.questionId === OWN_QUESTION_ID ? undefined : turn.questionId;
  return {
    kind: turn.kind,
    text: turn.text,
    targets: [...turn.targets],
    ...(bankId === undefined ? {} : { questionId: bankId }),
    ...(turn.interrupted === true ? { interrupted: true } : {}),
  };
}

/** What the analyzer was told about an answer, besides its text: for a second opinion to match. */
export type AnswerContextInput = Omit<AnalyzeInput, "text">;

/** A turn of the transcript: the interviewer's turn, the answer and what it was analysed as. */
export type TranscriptEntry = InterviewTurn & {
  answer?: AnsweredText;
  analysisInput?: AnswerContextInput;
};

/**
 * The whole transcript: every interviewer turn with the answer given to it, if any, and the
 * analysis input that answer was judged with (so a second opinion judges the same thing).
 */
export function transcriptOf(state: InterviewState): TranscriptEntry[] {
  return state.turns.map((turn, index) => {
    if (turn.answer === undefined) return toInterviewTurn(turn);
    const asked = { ...state, turns: state.turns.slice(0, index + 1) };
    const { text: _text, ...analysisInput } = analysisInputFor(asked, turn.answer.text);
    return { ...toInterviewTurn(turn), answer: turn.answer, analysisInput };
  });
}

/**
 * A wording with its quotes emptied: two challenges built from one template around different
 * quotes ("Let me play devil's advocate on “…”. Safety arguments like it…") read as the same line.
 */
function skeleton(wording: string): string {
  return wording.replace(/“[^”]*”/g, "“”");
}

/**
 * A wording of the probe not used earlier in the interview, chosen by seed and turn: first one
 * whose template has not been heard, then one whose exact words have not.
 */
function wordingFor(state: InterviewState, probe: NextProbe): string {
  const options = phrasings(probe);
  const asked = new Set(state.turns.map((turn) => turn.body));
  const heard = new Set(state.turns.map((turn) => skeleton(turn.body)));
  const start = mixNumbers(state.seed, state.turns.length) % options.length;
  const inOrder = options.map((_, offset) => options[(start + offset) % options.length] ?? "");
  return (
    inOrder.find((option) => !heard.has(skeleton(option))) ??
    inOrder.find((option) => !asked.has(option)) ??
    options[start] ??
    ""
  );
}

/**
 * Adds the interviewer's turn for a probe. `text` is the wording to use (an LLM's, say); without
 * it the offline wording is used. An interruption is put in front when the probe asks for one.
 */
export function askProbe(
  state: InterviewState,
  probe: NextProbe,
  text?: string,
): { state: InterviewState; turn: InterviewTurn } {
  const body = text ?? wordingFor(state, probe);
  const opening = interruption(mixNumbers(state.seed, state.turns.length, 1));
  const recorded: RecordedTurn = {
    kind: TURN_KIND[probe.kind],
    text: probe.interrupt ? `${opening} ${body}` : body,
    targets: "targets" in probe ? [...probe.targets] : [],
    ...("questionId" in probe ? { questionId: probe.questionId } : {}),
    ...(probe.interrupt ? { interrupted: true } : {}),
    probe,
    body,
  };
  const position =
    probe.kind === "question"
      ? state.plan.findIndex((question) => question.id === probe.questionId)
      : state.position;
  return {
    state: {
      ...state,
      position,
      status: probe.kind === "end" ? "finished" : state.status,
      turns: [...state.turns, recorded],
    },
    turn: toInterviewTurn(recorded),
  };
}

/**
 * Plans a round and asks its first question: the chosen opening when there is one. When the bank
 * has nothing for the round and no question was chosen, the error says so.
 */
export function startInterview(
  input: StartInterviewInput,
): Result<{ state: InterviewState; turn: InterviewTurn }, PlanError> {
  const plan = planRound(input);
  if (!plan.ok) return plan;
  const state: InterviewState = {
    version: 1,
    round: input.round,
    seed: input.seed,
    status: "active",
    plan: plan.value,
    position: 0,
    turns: [],
    pushbacks: [],
    whyCompany: [],
    edges: [],
    ranOut: [],
    knownWorks: (input.knownWorks ?? DEFAULT_KNOWN_WORKS).map((work) => ({
      name: work.name,
      aliases: [...work.aliases],
    })),
  };
  return ok(askProbe(state, planNextProbe(state)));
}

/**
 * A reply that leaves the pressed gap open though the coach flags nothing: asked for the
 * candidate's own part, it tells no deed of theirs ("I was involved in the discussions. It was
 * really a group effort."); asked for a real example, it still tells no story.
 */
function dodges(
  target: FlagCode,
  question: PlannedQuestion,
  state: InterviewState,
  text: string,
): boolean {
  if (target === "off-topic") {
    return questionShape(question, state.round) === "story" && tellsNoStory(text);
  }
  return target === "we-not-i" && tellsNoOwnAction(text);
}

/**
 * Stores the answer to the open turn with its analysis, and what it settles: a pushback's outcome,
 * the "why this company" verdict, or the edge of a deep dive. Throws when no turn is open (a bug:
 * answerTurn checks first).
 */
export function recordAnswer(
  state: InterviewState,
  text: string,
  analysis: Analysis,
  readings?: FollowUpReadings,
): InterviewState {
  const index = state.turns.length - 1;
  const turn = state.turns[index];
  if (turn === undefined || turn.answer !== undefined || turn.probe.kind === "end") {
    throw new Error("recordAnswer needs an open interviewer turn.");
  }
  const answer: AnsweredText = {
    text,
    analysis,
    ...(readings?.checklist === undefined ? {} : { checklist: [...readings.checklist] }),
    ...(readings?.thread === undefined ? {} : { thread: readings.thread }),
  };
  const answered: RecordedTurn = { ...turn, answer };
  const next: InterviewState = { ...state, turns: [...state.turns.slice(0, index), answered] };
  const probe = turn.probe;
  const question = state.plan[state.position];
  if (probe.kind === "pushback") {
    // The verdict is the coach's stance, so the report and the practice page never disagree.
    const stance = analysis.stance ?? judgePushbackReply(probe.claim, turn.body, text);
    next.pushbacks = [
      ...state.pushbacks,
      {
        questionId: probe.questionId,
        turn: index,
        claim: probe.claim,
        challenge: turn.body,
        response: text,
        outcome: stance.verdict,
        quotes: stance.evidence.map((evidence) => evidence.quote),
      },
    ];
  }
  if (question?.whyCompany === true) {
    next.whyCompany = updatedVerdicts(state, question.id, text, probe.kind === "question");
  }
  const target = probe.kind === "gap" ? probe.targets[0] : undefined;
  const flags = checklistFlags(answer);
  const still = flags.find((flag) => flag.code === target);
  const dodged =
    target !== undefined && question !== undefined && dodges(target, question, state, text);
  if (probe.kind === "gap" && target !== undefined && (still !== undefined || dodged)) {
    // The follow-up pressed this gap and the reply left it open: the answer ran out there.
    next.ranOut = [
      ...(state.ranOut ?? []),
      {
        questionId: probe.questionId,
        target,
        probe: turn.body,
        quote: shortQuote(still?.evidence[0]?.quote ?? text),
      },
    ];
  }
  const vague = flags.find((flag) => flag.code === "vague");
  if (probe.kind === "deep-dive" && vague !== undefined) {
    const earlier = currentThread(state).filter((t) => t.probe.kind === "deep-dive").length - 1;
    next.edges = [
      ...state.edges,
      {
        questionId: probe.questionId,
        aspect: probe.aspect,
        probe: turn.body,
        quote: shortQuote(vague.evidence[0]?.quote ?? text),
        depth: Math.max(0, earlier),
      },
    ];
  }
  return next;
}

const VERDICT_RANK: Readonly<Record<WhyCompanyVerdict["verdict"], number>> = {
  generic: 0,
  "named-without-view": 1,
  "specific-with-view": 2,
};

/**
 * The "why this company" verdicts after an answer to that question's thread: the first answer sets
 * the verdict; a follow-up answer can only raise it, and the report says it took a follow-up.
 */
function updatedVerdicts(
  state: InterviewState,
  questionId: string,
  text: string,
  first: boolean,
): WhyCompanyVerdict[] {
  const verdict = judgeWhyCompany(questionId, text, state.knownWorks);
  if (first) return [...state.whyCompany, verdict];
  return state.whyCompany.map((earlier) => {
    if (earlier.questionId !== questionId) return earlier;
    if (VERDICT_RANK[verdict.verdict] <= VERDICT_RANK[earlier.verdict]) return earlier;
    return {
      ...verdict,
      afterFollowUp: true,
      summary: `${verdict.summary} Only after a follow-up.`,
    };
  });
}

/**
 * Every way a reply to the open turn is read. `judged` is what the analyzer is told and what the
 * candidate is shown: the kind of answer, the question asked and, for a reply to a follow-up,
 * what the follow-up asked. A reply to a follow-up is read twice more for the interviewer:
 * `checklist` against its question's whole checklist, which is what the interviewer's coverage
 * goes by (which pieces the thread still lacks, whether a pressed gap stayed open, where a deep
 * dive turned vague), where the judged reading is narrower; `thread` reads every answer of the
 * question so far as one answer to it, which is the question's score once follow-ups have filled
 * in what the first answer left out.
 */
export interface TurnInputs {
  readonly judged: AnalyzeInput;
  readonly checklist?: AnalyzeInput;
  readonly thread?: AnalyzeInput;
}

/**
 * The inputs of every reading of a reply to the open turn (TurnInputs), built once. Layers that
 * run the steps of answerTurn themselves (to let an LLM word the next probe) analyse with these,
 * so their analyses match the engine's.
 */
export function turnInputsFor(state: InterviewState, text: string): TurnInputs {
  const whole = checklistInputFor(state, text);
  const turn = state.turns.at(-1);
  if (turn === undefined || !followsUp(turn)) return { judged: whole };
  const told = [threadText(currentThread(state)), text].filter((part) => part.trim() !== "");
  const thread = { ...whole, question: mainPrompt(state, turn), text: told.join("\n\n") };
  const judged = judgedInput(state, turn, whole);
  return judged === whole ? { judged, thread } : { judged, checklist: whole, thread };
}

/**
 * What the analyzer is told about a reply to the open turn: TurnInputs' `judged`, without the
 * thread's text, which a transcript read for every turn does not need.
 */
export function analysisInputFor(state: InterviewState, text: string): AnalyzeInput {
  const whole = checklistInputFor(state, text);
  const turn = state.turns.at(-1);
  return turn === undefined ? whole : judgedInput(state, turn, whole);
}

/**
 * A reply judged on what its follow-up asked, or `whole` itself where it is judged as an answer
 * to the question (followUpAsked).
 */
function judgedInput(state: InterviewState, turn: RecordedTurn, whole: AnalyzeInput): AnalyzeInput {
  const followUp = followUpAsked(turn);
  if (followUp === undefined) return whole;
  // A follow-up that asks for a view ("When is it right to keep struggling alone?") is answered
  // with one, and judged as one.
  const kind = turn.probe.kind === "authored" && asksForView(turn.body) ? "opinion" : whole.kind;
  return { ...whole, kind, question: mainPrompt(state, turn), followUp };
}

/** A turn that follows up on a main answer, rather than asking, pushing back or probing a design. */
function followsUp(turn: RecordedTurn): boolean {
  const { kind } = turn.probe;
  return kind === "gap" || kind === "deep-dive" || kind === "authored";
}

/**
 * What a follow-up asked, for judging the reply to it: the gaps it pressed, and for a deep-dive
 * step or an authored follow-up how concrete the reply is; an authored follow-up ("What did it cost
 * the team?") presses no gap, so its reply is not held to the story checklist again. Undefined
 * where the reply is judged as an answer to the question itself: after a main question, a pushback
 * or a design step, and after "Let me bring us back to the question", which asks for the answer
 * the first one was not.
 */
function followUpAsked(turn: RecordedTurn): AnalyzeInput["followUp"] {
  const probe = turn.probe;
  if (probe.kind === "gap") {
    if (probe.targets.includes("off-topic")) return undefined;
    return { question: turn.body, targets: [...probe.targets] };
  }
  if (probe.kind === "deep-dive" || probe.kind === "authored") {
    const pressed = probe.kind === "deep-dive" ? probe.targets : [];
    const targets: FlagCode[] = pressed.includes("vague") ? [...pressed] : [...pressed, "vague"];
    return { question: turn.body, targets };
  }
  return undefined;
}

function plannedFor(state: InterviewState, turn: RecordedTurn | undefined) {
  return state.plan.find((item) => item.id === turn?.questionId) ?? state.plan[state.position];
}

/**
 * The question's prompt as the analyzer reads it. Design and coding prompts ask what the candidate
 * would do, not for a story with an outcome and a lesson; "how would you" is what tells it so.
 */
function mainPrompt(state: InterviewState, turn: RecordedTurn): string {
  const question = plannedFor(state, turn);
  if (question === undefined) return turn.body;
  return question.answerKind === undefined
    ? `How would you approach this? ${question.prompt}`
    : question.prompt;
}

/** The input that reads an answer to the open turn against its question's whole checklist. */
function checklistInputFor(state: InterviewState, text: string): AnalyzeInput {
  const turn = state.turns.at(-1);
  const question = plannedFor(state, turn);
  if (question === undefined || turn === undefined) {
    return { text, kind: "behavioral", ...(turn === undefined ? {} : { question: turn.body }) };
  }
  const prompt = mainPrompt(state, turn);
  if (turn.probe.kind === "pushback") {
    // A reply to pushback is read for its stance on the view that was challenged.
    return {
      text,
      kind: "pushback",
      question: prompt,
      view: turn.probe.claim,
      challenge: turn.body,
    };
  }
  return {
    text,
    kind: question.answerKind ?? "behavioral",
    question: turn.probe.kind === "question" ? prompt : `${prompt} ${turn.body}`,
  };
}

/** What the further readings of a reply to a follow-up give recordAnswer. */
export interface FollowUpReadings {
  /** The reply's flags against its question's whole checklist, where its judgement is narrower. */
  readonly checklist?: readonly Flag[];
  /** The question's overall with this reply read in; undefined when the thread could not be read. */
  readonly thread?: Score;
}

/** The readings recordAnswer takes from the analyses of TurnInputs' `checklist` and `thread`. */
export function followUpReadings(
  checklist: AnalyzeResult | undefined,
  thread: AnalyzeResult | undefined,
): FollowUpReadings {
  return {
    ...(checklist?.ok === true ? { checklist: checklist.value.flags } : {}),
    ...(thread?.ok === true ? { thread: thread.value.overall } : {}),
  };
}

/** The coach's stance on a pushback reply, for an analysis that was made without one. */
function judgePushbackReply(view: string, challenge: string, reply: string): Stance {
  const analysed = analyzeAnswer({ text: reply, kind: "pushback", view, challenge });
  if (analysed.ok && analysed.value.stance !== undefined) return analysed.value.stance;
  return { verdict: "caved", evidence: [] };
}

/**
 * Takes the candidate's answer to the open turn: analyses it, records it and asks the next turn.
 * An empty answer, an over-long one or a finished interview is an expected error and leaves the
 * state as it was.
 */
export function answerTurn(
  state: InterviewState,
  text: string,
): Result<AnswerOutcome, InterviewError> {
  if (state.status === "finished") {
    return err({ code: "finished", message: "The interview has finished." });
  }
  const open = state.turns.at(-1);
  if (open === undefined || open.answer !== undefined) {
    return err({ code: "no-open-turn", message: "There is no question waiting for an answer." });
  }
  if (text.trim() === "") return err({ code: "empty-answer", message: "The answer is empty." });
  const inputs = turnInputsFor(state, text);
  const analysed = analyzeAnswer(inputs.judged);
  if (!analysed.ok) return err(toInterviewError(analysed.error));
  const readings =
    inputs.thread === undefined
      ? undefined
      : followUpReadings(
          inputs.checklist === undefined ? undefined : analyzeAnswer(inputs.checklist),
          analyzeAnswer(inputs.thread),
        );
  const answered = recordAnswer(state, text, analysed.value, readings);
  const next = askProbe(answered, planNextProbe(answered));
  return ok({ state: next.state, turn: next.turn, analysis: analysed.value });
}

function toInterviewError(error: AnalysisError): InterviewError {
  return { code: error.code, message: error.message };
}
