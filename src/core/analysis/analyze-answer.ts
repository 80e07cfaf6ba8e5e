import { overallFeatures, flagFeatures } from "./features.ts";
import { explainFlag, type Finding, readFindings } from "./flags.ts";
import { blankGraderDirectives } from "./grader-directives.ts";
import { COACH_MODEL, type CoachModel, flagProbability, predictedOverall } from "./model.ts";
import { type ParsedText, parseText } from "./nlp.ts";
import {
  capOverall,
  judgeReadsAs,
  mapDimensions,
  scoreEachDimension,
  scoreOverall,
} from "./scoring.ts";
import { type AnswerContext, readContext, readSignals, type Signals } from "./signals/index.ts";
import { missingParts } from "./signals/belief-change.ts";
import { missesAskFirmly } from "./signals/relevance.ts";
import { asksForChangedMind } from "./signals/story-context.ts";
import { unattachedClaims } from "./signals/substance.ts";
import { judgeStance } from "./stance.ts";
import { suggest } from "./suggestions.ts";
import {
  type Analysis,
  type AnalysisError,
  type AnalyzeInput,
  type AnalyzeResult,
  type Flag,
  FLAG_CODES,
  type FlagCode,
  MAX_ANSWER_CHARS,
} from "./types.ts";

/** An answer read, before any learned weight: what training and the analyzer both start from. */
export interface Inspection {
  readonly parsed: ParsedText;
  readonly context: AnswerContext;
  readonly signals: Signals;
  /** Every flag that applies to the question, with its rule's finding (undefined: quiet). */
  readonly findings: ReadonlyMap<FlagCode, Finding | undefined>;
}

/** A question, follow-up, view or challenge read by the NLP pipeline; none when blank. */
function parseIfAny(text: string | undefined): ParsedText | undefined {
  return text === undefined || text.trim() === "" ? undefined : parseText(text);
}

/** Reads an answer: grader-directed text blanked, parsed, its context and signals, the rules. */
export function inspectAnswer(
  input: AnalyzeInput,
): { ok: true; value: Inspection } | { ok: false; error: AnalysisError } {
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
  const question = parseIfAny(input.question);
  const changedMind = input.changedMind ?? (question !== undefined && asksForChangedMind(question));
  // A pushback reply defends or revises a view: its flags are those of an opinion.
  const kind = input.kind === "pushback" ? "opinion" : input.kind;
  const context = readContext(
    parsed,
    kind,
    question,
    changedMind,
    input.followUp?.targets,
    parseIfAny(input.followUp?.question),
  );
  const signals = readSignals(parsed, context);
  return {
    ok: true,
    value: { parsed, context, signals, findings: readFindings(signals, parsed, context) },
  };
}

/** Claims of candor or figures that rest on nothing: hollow needs at least this many to quote. */
const HOLLOW_MINIMUM = 1;

/**
 * Whether the answer holds what a flag would quote. Weights may tip a close call, but "hollow"
 * is never raised without a loose claim or figure to point at: with every claim resting on
 * something told, a high density of them is a full short story, not a hollow one. Nor is
 * "no-genuine-change" raised on a change told in full (what was believed, what moved it, what is
 * believed now) that rests on something that happened: there is nothing missing to name.
 */
function hasGrounds(code: FlagCode, signals: Signals): boolean {
  if (code === "no-genuine-change") {
    const toldInFull = missingParts(signals.beliefChange).length === 0;
    return !toldInFull || signals.substance.eventSentences.length === 0;
  }
  if (code !== "hollow") return true;
  return unattachedClaims(signals.substance).length >= HOLLOW_MINIMUM;
}

/**
 * Decides which flags are raised: where a flag has learned weights, they combine its rule's
 * verdict with the signals the rule reads; where it has none, the rule decides alone.
 */
export function decideFlags(inspection: Inspection, model: CoachModel = COACH_MODEL): Flag[] {
  const { findings, signals, context, parsed } = inspection;
  const ruleFired = new Set(
    [...findings].filter(([, finding]) => finding !== undefined).map(([code]) => code),
  );
  const flags: Flag[] = [];
  for (const code of FLAG_CODES) {
    if (!findings.has(code)) continue;
    const finding = findings.get(code);
    const row = flagFeatures(code, { parsed, signals, context, ruleFired });
    const probability = flagProbability(model, code, row);
    const threshold = model.flags[code]?.threshold ?? 0.5;
    const raised =
      probability === undefined
        ? finding !== undefined
        : probability >= threshold && hasGrounds(code, signals);
    if (raised) flags.push(explainFlag(code, finding, signals, parsed));
  }
  return flags;
}

/** The flags raised on a close call: advice that caps no score (scoring.ts, capOverall). */
export function tentativeFlags(signals: Signals): ReadonlySet<FlagCode> {
  return new Set<FlagCode>(missesAskFirmly(signals.relevance) ? [] : ["off-topic"]);
}

/** The stance of a pushback reply, read from the clauses the signals already split it into. */
function readPushbackStance(
  input: AnalyzeInput,
  parsed: ParsedText,
  signals: Signals,
  model: CoachModel,
) {
  return judgeStance(
    parsed,
    signals.clauses,
    { challenge: parseIfAny(input.challenge), view: parseIfAny(input.view) },
    model,
  );
}

/**
 * Analyses an answer to a values, behavioral, "why us" or opinion question: scores, flags with
 * quoted evidence, suggestions and counts. Deterministic and offline.
 *
 * @example
 * const result = analyzeAnswer({ kind: "behavioral", text: "We shipped it." });
 * if (result.ok) console.log(result.value.flags.map((flag) => flag.code));
 */
export function analyzeAnswer(input: AnalyzeInput, model: CoachModel = COACH_MODEL): AnalyzeResult {
  const inspected = inspectAnswer(input);
  if (!inspected.ok) return inspected;
  return { ok: true, value: analyzeInspection(input, inspected.value, model) };
}

/**
 * The analysis of an answer already inspected: for a caller that reads the inspection's signals
 * too, so the answer is parsed once.
 */
export function analyzeInspection(
  input: AnalyzeInput,
  inspection: Inspection,
  model: CoachModel = COACH_MODEL,
): Analysis {
  const { signals, context, parsed } = inspection;
  const flags = decideFlags(inspection, model);
  const raised = new Set(flags.map((flag) => flag.code));
  const scored = scoreEachDimension(signals, context, raised);
  const dimensions = mapDimensions(scored, (s) => s.score);
  const reasons = mapDimensions(scored, (s) => s.reason);
  const relevance = inspection.findings.has("off-topic") ? signals.relevance : undefined;
  const tentative = tentativeFlags(signals);
  const learned = predictedOverall(
    model,
    overallFeatures(dimensions, raised, context, relevance, tentative),
  );
  const overall =
    learned === undefined
      ? scoreOverall(dimensions, flags, context, tentative)
      : capOverall(learned, flags, tentative);
  return {
    overall,
    readsAs: judgeReadsAs(signals, dimensions, flags, overall),
    dimensions,
    reasons,
    flags,
    suggestions: suggest(flags, signals, dimensions, context),
    stats: {
      words: signals.length.words,
      sentences: signals.length.sentences,
      firstPersonSingular: signals.agency.firstPersonSingular,
      firstPersonPlural: signals.agency.firstPersonPlural,
      minutesSpoken: signals.length.minutesSpoken,
    },
    ...(input.kind === "pushback"
      ? { stance: readPushbackStance(input, parsed, signals, model) }
      : {}),
  };
}
