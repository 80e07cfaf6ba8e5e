import { type Clause, clauseTokens } from "../clauses.ts";
import { type Evidence, sentenceEvidence, tokenEvidence } from "../evidence.ts";
import type { ParsedText } from "../nlp.ts";
import { compilePhrases, findPhrases } from "../phrases.ts";
import { figureMove } from "./figures.ts";
import { subjectIsAPerson } from "./people.ts";

/** Whether a story says what happened in the end. */
export interface OutcomeSignal {
  /** Words that close the story: "in the end", "as a result", "two weeks later". */
  readonly closers: readonly Evidence[];
  /** Results narrated in the second half: "we shipped", "they cancelled it", "it worked". */
  readonly results: readonly Evidence[];
  /** A measured change: "cut p99 from 800 ms to 120 ms". */
  readonly measured: readonly Evidence[];
}

const CLOSERS = compilePhrases([
  "in the end",
  "at the end",
  "by the end",
  "ultimately",
  "eventually",
  "as a result",
  "the|end result be|was",
  "the outcome be|was",
  "turn out",
  "end up",
  "to this day",
  "still use|run|hold|stand|exist",
  "#NUM|a|an * later",
  "later that|the day|week|month|quarter|year",
  "by the time",
  "the next day|week|month|quarter|year|morning",
  "result|results|outcome|impact :",
  // Things as they were again: "the flag rate went back to normal", "and it was back to normal".
  "back to normal|baseline|usual|zero",
]);

const RESULT_VERBS = new Set(
  `ship launch release fix resolve agree adopt approve reject cancel revert lose win save reduce
  improve cut drop grow double halve triple finish complete deliver stop leave promote fire merge
  pass fail miss recover land close sign accept decline prevent catch avoid slip stick become get
  remain hold kill shelve scrap end survive break restore hit beat achieve earn exceed reach hire
  reverse refund quit resign settle publish pilot rehire roll switch migrate return patch`
    .split(/\s+/)
    .filter(Boolean),
);

const CHANGE_VERBS = new Set(
  "reduce increase cut grow drop improve save fall rise double halve triple raise lower shrink speed".split(
    " ",
  ),
);

/** The last 40% of the sentences. */
function inClosingPart(parsed: ParsedText, sentence: number): boolean {
  const total = parsed.sentences.length;
  return total <= 3 || sentence >= Math.floor(total * 0.6);
}

// A past result counts in the second half of the story: before that it is the plot.
function pastTheOpening(parsed: ParsedText, sentence: number): boolean {
  const total = parsed.sentences.length;
  return total <= 3 || sentence >= Math.floor(total * 0.5);
}

// What others think, have, notice or say moves a story along without ending it.
const NOT_REACTIONS = new Set(
  `be have seem want need know think believe use find discover notice realize realise see look ask
  say tell call write come go start begin try teach`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A result: a verb of consequence ("we shipped", "I lost"), or, late in the story, how someone
 * else reacted ("he changed it", "she agreed") or how things stood ("my director was not happy").
 */
function isResult(parsed: ParsedText, clause: Clause): boolean {
  if (clause.modal || !clause.past || !pastTheOpening(parsed, clause.sentence)) return false;
  const verb = clause.verb;
  const subject = clause.subject === undefined ? undefined : parsed.tokens[clause.subject.last];
  // Reactions and states only end a story near its end; earlier they are the plot.
  const byOthers =
    (clause.agent === "other" || clause.agent === "team") &&
    subject?.normal !== "there" &&
    inClosingPart(parsed, clause.sentence);
  if (verb === undefined) {
    // "My director was not happy" tells how things stood; "it was nothing major" only judges.
    const copula = clause.auxiliaries.some((aux) => aux.lemma === "be");
    const named = subject?.pos === "NOUN" || subject?.pos === "PROPN";
    return byOthers && copula && named && clause.complement.some((token) => token.isWord);
  }
  // "Latency dropped" is a result; "I grew as an engineer" is not.
  if (RESULT_VERBS.has(verb.lemma) && !(clause.agent === "self" && CHANGE_VERBS.has(verb.lemma))) {
    return true;
  }
  // "He wasn't sleeping", "the form was sitting on the desk": a scene set, not a result.
  const scene = verb.normal.endsWith("ing") && clause.auxiliaries.some((aux) => aux.lemma === "be");
  if (byOthers && !scene && !NOT_REACTIONS.has(verb.lemma)) return true;
  // "It worked", "that worked": but "I worked late" is not a result.
  return verb.lemma === "work" && ["it", "this", "that"].includes(subject?.normal ?? "");
}

/**
 * How things stand now, told at the end of the story by someone else's present: "She sources
 * everything now", "he now runs the on-call rota". The candidate's own "I now…", and a process
 * that now runs another way, are a habit, a lesson's, not an ending.
 */
function standsNow(parsed: ParsedText, clause: Clause): boolean {
  if (clause.modal || clause.past || !inClosingPart(parsed, clause.sentence)) return false;
  if (clause.agent !== "other" && clause.agent !== "team") return false;
  // Someone's state, not a process's: "every order is now docketed twice" is the habit again,
  // and "this is how I disagree now" a lesson.
  if (!subjectIsAPerson(parsed, clause)) return false;
  return clauseTokens(parsed, clause).some((token) => token.normal === "now");
}

/**
 * A figure that changed: "we cut p99 to 120 ms", "escalations went from around twenty a month to
 * two".
 */
function isMeasuredChange(parsed: ParsedText, clause: Clause): boolean {
  if (clause.modal) return false;
  const tokens = clauseTokens(parsed, clause);
  const figure = tokens.some((token) => token.pos === "NUM" || token.entity === "PERCENT");
  const verb = clause.verb;
  if (figure && verb !== undefined && CHANGE_VERBS.has(verb.lemma)) return true;
  // A listed figure's move, with a number or without ("CSAT went up slightly"), counts past the
  // opening: before it, it is a headline, not an ending.
  return (
    clause.past &&
    pastTheOpening(parsed, clause.sentence) &&
    figureMove(parsed, clause) !== undefined
  );
}

/** Finds where the story says how it ended. */
export function readOutcome(parsed: ParsedText, clauses: readonly Clause[]): OutcomeSignal {
  const closers = findPhrases(parsed, CLOSERS).map((m) => tokenEvidence(parsed, m.first, m.last));
  const results: Evidence[] = [];
  const measured: Evidence[] = [];
  for (const clause of clauses) {
    const evidence = tokenEvidence(parsed, clause.subject?.first ?? clause.first, clause.last);
    if (isMeasuredChange(parsed, clause)) measured.push(evidence);
    else if (isResult(parsed, clause) || standsNow(parsed, clause)) results.push(evidence);
  }
  return { closers, results, measured };
}

/** The sentence in which an outcome is told, for quoting. */
export function outcomeSentence(parsed: ParsedText, signal: OutcomeSignal): Evidence | undefined {
  const first = signal.measured[0] ?? signal.closers[0] ?? signal.results[0];
  if (first === undefined) return undefined;
  const sentence = parsed.sentences.find((s) => s.start <= first.start && first.end <= s.end);
  return sentence === undefined ? first : sentenceEvidence(parsed, sentence.index);
}
