import type { Flag, FlagCode } from "../analysis/index.ts";
import {
  asksHypothetical,
  parseText,
  readAgency,
  readNarrativeTense,
  type Clause,
  type ParsedText,
} from "./analysis-helpers.ts";
import { clausesOnce, parsedOnce } from "./quotes.ts";
import { reviewDesign } from "../design/review-design.ts";
import type { DesignStep } from "../design/steps.ts";
import type {
  AnsweredText,
  DesignArea,
  InterviewRound,
  PlannedQuestion,
  RecordedTurn,
} from "./types.ts";

/**
 * What a main question asks for. A story is told; a hypothetical is reasoned through and has no
 * feelings or outcome to ask about; an opinion or "why us" answer states a view; a design or coding
 * prompt is talked through and probed on the design, not on a story checklist.
 */
export type QuestionShape = "story" | "hypothetical" | "opinion" | "why" | "design" | "coding";

// Whether a prompt asks a hypothetical, by prompt: every turn asks it again of the same question.
const hypotheticalPrompts = new Map<string, boolean>();

function isHypothetical(prompt: string): boolean {
  let known = hypotheticalPrompts.get(prompt);
  if (known === undefined) {
    known = asksHypothetical(parseText(prompt));
    if (hypotheticalPrompts.size >= 512) hypotheticalPrompts.clear();
    hypotheticalPrompts.set(prompt, known);
  }
  return known;
}

/** The shape of a planned question in a round. */
export function questionShape(question: PlannedQuestion, round: InterviewRound): QuestionShape {
  if (question.answerKind === undefined) return round === "coding" ? "coding" : "design";
  if (question.answerKind === "why") return "why";
  if (question.answerKind === "opinion") return "opinion";
  return isHypothetical(question.prompt) ? "hypothetical" : "story";
}

/**
 * The pieces each shape of answer should cover, most important first, named by the flag that says
 * a piece is missing. A shape's list leaves out what does not belong to it: a hypothetical is never
 * asked what the candidate felt, how it turned out or what they learned.
 */
export const WANTED: Readonly<Record<"story" | "hypothetical" | "opinion" | "why", FlagCode[]>> = {
  story: [
    "off-topic",
    "framework-recital",
    "alignment-signaling",
    "hollow",
    "we-not-i",
    "no-outcome",
    "vague",
    "no-feelings",
    "no-reflection",
    "no-genuine-change",
  ],
  hypothetical: [
    "off-topic",
    "framework-recital",
    "alignment-signaling",
    "hollow",
    "we-not-i",
    "vague",
    "no-critique",
  ],
  opinion: [
    "off-topic",
    "alignment-signaling",
    "framework-recital",
    "hollow",
    "no-critique",
    "no-genuine-change",
    "vague",
  ],
  why: ["off-topic", "alignment-signaling", "no-critique", "vague", "hollow"],
};

/**
 * Flags about how the answer just given was told, not about what the thread has covered: they are
 * open when the latest answer has them. "The team decided together" is pressed whenever it is said.
 */
export const TELLING: ReadonlySet<FlagCode> = new Set([
  "we-not-i",
  "off-topic",
  "framework-recital",
  "alignment-signaling",
  "hollow",
]);

/** What a design or coding answer should cover, in the order an interviewer asks about it. */
export const DESIGN_AREAS: Readonly<Record<"design" | "coding", readonly DesignArea[]>> = {
  design: ["scale", "data", "failure", "trade-offs"],
  coding: ["complexity", "edge-cases", "testing"],
};

/** Words that show an area has been talked about; any one is enough. */
const AREA_CUES: Readonly<Record<DesignArea, RegExp>> = {
  requirements: /\b(must|requirements?|needs? to|latency|availability|p\d\d)\b/i,
  api: /\b(GET|POST|PUT|PATCH|DELETE)\s+\/|\bapi\b|\bendpoints?\b/i,
  degradation:
    /\b(fall ?back|degrad\w*|serve stale|fail (open|closed)|shed\w*|circuit breakers?|read-only)\b/i,
  scale:
    /\b\d[\d,.]*\s*(k|m|b|x|ms|s|gb|tb|mb|qps|rps|%)?\b|\b(thousands?|millions?|billions?|hundreds?)\b|\bper (second|minute|day|user|request)\b/i,
  data: /\b(schema|tables?|database|db|datastore|stor(e|age)|keys?|index(es)?|shard(s|ing)?|cache|redis|postgres(ql)?|mysql|dynamo(db)?|cassandra|s3|blob|queues?|kafka|log)\b/i,
  failure:
    /\b(fail(s|ed|ure|over|ing)?|fall ?back|down(time)?|outages?|crash(es)?|retr(y|ies)|time ?outs?|degrad\w*|replica\w*|redundan\w*|circuit breakers?|back ?pressure|idempoten\w*|dead letter)\b/i,
  "trade-offs":
    /\b(trade-?offs?|instead of|rather than|at the cost of|the cost is|versus|vs\.?|downsides?|the catch|we give up|i'd give up|in exchange)\b/i,
  complexity:
    /\bO\([^)]*\)|\b(linear|quadratic|logarithmic|constant) time\b|\b(time|space) complexity\b|\bbig[- ]o\b|\bn log n\b/i,
  "edge-cases":
    /\b(edge cases?|empty|null|none|nil|duplicates?|overflow|negative|boundar(y|ies)|off[- ]by[- ]one|zero|single element)\b/i,
  testing: /\b(tests?|testing|assert\w*|test cases?|unit tests?|check it with|try it on)\b/i,
};

function answersOf(thread: readonly RecordedTurn[]): RecordedTurn[] {
  // A reply to pushback defends a view; it is judged for its stance, not for coverage.
  return thread.filter((turn) => turn.answer !== undefined && turn.probe.kind !== "pushback");
}

/**
 * An answer's flags against its question's whole checklist (AnsweredText.checklist): a reply to a
 * follow-up is shown the flags of what the follow-up asked, but the thread is covered by these.
 */
export function checklistFlags(answer: AnsweredText | undefined): readonly Flag[] {
  return answer?.checklist ?? answer?.analysis.flags ?? [];
}

/** The codes of an answer's checklist flags, for asking which pieces it lacks. */
export function checklistCodes(answer: AnsweredText | undefined): Set<FlagCode> {
  return new Set(checklistFlags(answer).map((flag) => flag.code));
}

function flagsOf(turn: RecordedTurn | undefined): Set<FlagCode> {
  return checklistCodes(turn?.answer);
}

/**
 * The pieces a thread is still missing, most important first: a telling flag of the latest answer,
 * or a piece no answer of the thread has covered yet. Pieces already probed are not asked again.
 */
export function missingPieces(
  shape: "story" | "hypothetical" | "opinion" | "why",
  thread: readonly RecordedTurn[],
): FlagCode[] {
  const answers = answersOf(thread);
  const latest = answers.at(-1);
  if (latest === undefined) return [];
  const probed = new Set(thread.flatMap((turn) => turn.targets));
  const inLatest = flagsOf(latest);
  const everyAnswerLacks = (code: FlagCode) => answers.every((turn) => flagsOf(turn).has(code));
  return WANTED[shape].filter(
    (code) =>
      !probed.has(code) && (TELLING.has(code) ? inLatest.has(code) : everyAnswerLacks(code)),
  );
}

/** Words that open a clause of what might happen, not of what did: "If I did, I would…". */
const CONDITIONS: ReadonlySet<string> = new Set(["if", "unless", "whether"]);

/** A clause that tells something happening: a subject and a verb, not a plan or a condition. */
function narrates(clause: Clause, parsed: ParsedText): boolean {
  if (!clause.past || clause.modal || clause.agent === "none") return false;
  if (clause.verb === undefined && clause.auxiliaries.length === 0) return false;
  // The clause reader ends a clause before "if", so the condition is the word before it.
  const opener = [parsed.tokens[clause.first - 1], parsed.tokens[clause.first]];
  return !opener.some((token) => CONDITIONS.has(token?.normal ?? ""));
}

/**
 * Whether an answer to a story question tells no story: nothing in it happened, in the past or in
 * a story told in the present ("I don't think I've really over-built anything. If I did, I would
 * probably…", "I'd sit down with them first"). Such an answer is asked for a real example before
 * anything about how the story went.
 */
export function tellsNoStory(text: string): boolean {
  const parsed = parsedOnce(text);
  if (parsed.tokens.length === 0) return false;
  const clauses = readNarrativeTense(parsed, clausesOnce(parsed));
  return !clauses.some((clause) => narrates(clause, parsed));
}

/**
 * What an authored follow-up asks for, by its words, and the flag that says an answer lacks it:
 * "What would you do differently now?" asks for a reflection, "How did it feel?" for a feeling.
 */
const FOLLOW_UP_ASKS: readonly { readonly asks: RegExp; readonly lacking: FlagCode }[] = [
  // The candidate's own feeling, not another's: "How did the other owners feel?" asks on.
  { asks: /\b(you|it|that) (feel|felt)\b/i, lacking: "no-feelings" },
  {
    asks: /\bdifferently\b|\bdid you (learn|take)\b|\byou (learned|learnt|took)\b/i,
    lacking: "no-reflection",
  },
];

/** A follow-up that asks what would change the candidate's mind. */
const ASKS_MIND_CHANGER = /\b(change your mind|convince you|persuade you|what would it take)\b/i;

/** An answer that already says what would change the candidate's mind. */
const NAMES_MIND_CHANGER =
  /\b(change my mind|changes? my mind|convince me|persuade me|reconsider|make me think again)\b/i;

/**
 * Whether the thread has already answered what an authored follow-up asks, so asking it would
 * ask again: "What would it take to convince you?" after "I'd change my mind if…", or "What would
 * you do differently?" after an answer whose lesson the coach found.
 */
export function answeredAlready(
  followUp: string,
  shape: QuestionShape,
  thread: readonly RecordedTurn[],
): boolean {
  if (ASKS_MIND_CHANGER.test(followUp) && NAMES_MIND_CHANGER.test(threadText(thread))) return true;
  if (shape === "design" || shape === "coding") return false;
  const answers = answersOf(thread);
  if (answers.length === 0) return false;
  return FOLLOW_UP_ASKS.some(
    ({ asks, lacking }) =>
      asks.test(followUp) &&
      WANTED[shape].includes(lacking) &&
      answers.some((turn) => !flagsOf(turn).has(lacking)),
  );
}

/** Words of a follow-up that ask for an event: "Give me an example", "Has it happened since?". */
const EVENT_ASK =
  /\b(example|a time|an instance|last time|tell me|have you ever|has (anyone|anything|something|it)|when have you|you took)\b/i;

/**
 * Whether a follow-up asks for a view rather than for more of the story: nothing in it is past and
 * it asks for no event ("When is it right to keep struggling alone?", "How do you estimate
 * differently now?", "What if leadership decides to launch anyway?"), where "What did it cost the
 * team?" asks about what happened.
 */
export function asksForView(followUp: string): boolean {
  if (EVENT_ASK.test(followUp)) return false;
  const parsed = parsedOnce(followUp);
  return !clausesOnce(parsed).some((clause) => clause.past);
}

/**
 * Whether a reply tells no action of the candidate's own, read as the coach reads "I" against
 * "we" (signals/agency.ts): "I was involved in the discussions. It was really a group effort."
 */
export function tellsNoOwnAction(text: string): boolean {
  const parsed = parsedOnce(text);
  return readAgency(parsed, clausesOnce(parsed), false).selfActions.length === 0;
}

/** Everything the thread's answers have said, as one text. */
export function threadText(thread: readonly RecordedTurn[]): string {
  return answersOf(thread)
    .map((turn) => turn.answer?.text ?? "")
    .join("\n\n");
}

/**
 * The design areas no answer of the thread has covered and no probe has asked about yet, most
 * important first. A bank question with areas is read by the design review, step by step; any
 * other design or coding prompt by the words that show an area was talked about.
 */
export function missingAreas(
  shape: "design" | "coding",
  thread: readonly RecordedTurn[],
  areas?: readonly string[],
  numbers: readonly string[] = [],
): DesignArea[] {
  const said = threadText(thread);
  const asked = new Set(
    thread.flatMap((turn) => (turn.probe.kind === "design" ? [turn.probe.area] : [])),
  );
  const open =
    shape === "design" && areas !== undefined && areas.length > 0
      ? reviewGaps(said, areas, numbers)
      : DESIGN_AREAS[shape].filter((area) => !AREA_CUES[area].test(said));
  return open.filter((area) => !asked.has(area));
}

/**
 * What the design review finds missing, in the order an interviewer presses it: the numbers
 * first (a design with no load has nothing to size), then what fails, how each failure degrades,
 * the data, the calls, the alternative given up, and a requirement with a number on it.
 */
function reviewGaps(
  text: string,
  areas: readonly string[],
  numbers: readonly string[],
): DesignArea[] {
  const review = reviewDesign(text, { prompt: "", areas, numbers });
  const estimation = review.steps.find((step) => step.step === "estimation");
  const unsized = (estimation?.missing ?? []).some((gap) => gap.includes("figure"));
  const met = (step: DesignStep, point: string) =>
    review.steps.some((s) => s.step === step && s.found.some((f) => f.point.startsWith(point)));
  const gaps: [DesignArea, boolean][] = [
    [
      "scale",
      !met("estimation", "Works the numbers out") || !met("estimation", "Puts a unit") || unsized,
    ],
    ["failure", !met("failure-modes", "Names what fails")],
    [
      "degradation",
      met("failure-modes", "Names what fails") &&
        !met("failure-modes", "Gives a failure its degradation"),
    ],
    ["data", !met("data-model", "Gives keys") || !met("data-model", "Ties the model")],
    ["api", !met("api", "Names the calls")],
    ["trade-offs", !met("trade-offs", "Names the alternative")],
    ["requirements", !met("requirements", "Makes a quality measurable")],
  ];
  return gaps.filter(([, open]) => open).map(([area]) => area);
}
