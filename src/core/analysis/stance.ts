import { type Evidence } from "./evidence.ts";
import type { Clause } from "./clauses.ts";
import type { FeatureRow } from "./features.ts";
import { COACH_MODEL, type CoachModel, stanceProbabilities } from "./model.ts";
import type { ParsedText } from "./nlp.ts";
import { isContent, sentenceWords } from "./signals/stance-words.ts";
import {
  readStance,
  type StanceContext,
  stanceEvidence,
  type StanceSignal,
} from "./signals/stance.ts";

/** What a reply to pushback did with the view it defended (DESIGN.md, "stance"). */
export type StanceVerdict = "held" | "updated" | "caved";

/** The verdict on a pushback reply, with the reply's words that decided it. */
export interface Stance {
  readonly verdict: StanceVerdict;
  readonly evidence: readonly Evidence[];
}

/** The features the stance weights read, named so the committed model stays readable. */
export const STANCE_FEATURES = [
  "reasons",
  "reasonShare",
  "hold",
  "update",
  "avowedLast",
  "concede",
  "hedge",
  "logWords",
  "engaged",
  "proposal",
  "contrastAfterConcede",
  "deference",
  "revision",
  "reaffirm",
  "praise",
  "narrowsUniversal",
  "mitigation",
  "newPosition",
  "withdraw",
  "clarify",
  "answersThenArgues",
  "concedesLast",
  "turnsAway",
  "adoptsUnreasoned",
  "echoes",
  "avowedFirst",
] as const;

/** The signal as numbers: counts are capped so one long reply cannot outweigh everything else. */
export function stanceFeatures(signal: StanceSignal, parsed: ParsedText): FeatureRow {
  const sentences = Math.max(1, parsed.sentences.length);
  const firstConcession = signal.concede[0];
  // A reason that is only talk about the conversation ("because it's a big question") is none.
  const hollow = new Set(signal.hollowReason);
  const reasons = signal.reason.filter((s) => !hollow.has(s)).length;
  return {
    reasons: Math.min(3, reasons),
    reasonShare: reasons / sentences,
    hold: signal.hold.length > 0 ? 1 : 0,
    update: signal.update.length > 0 ? 1 : 0,
    avowedLast: avowedLast(signal) ? 1 : 0,
    concede: signal.concede.length > 0 ? 1 : 0,
    hedge: Math.min(2, signal.hedge.length),
    logWords: Math.log1p(signal.contentWords),
    engaged: Math.min(5, signal.engaged) / 5,
    proposal: signal.proposal.length > 0 ? 1 : 0,
    contrastAfterConcede:
      firstConcession !== undefined && signal.contrast.some((c) => c >= firstConcession) ? 1 : 0,
    deference: Math.min(2, signal.deference.length),
    revision: Math.min(2, signal.revision.length),
    reaffirm: signal.reaffirm.length > 0 ? 1 : 0,
    // Thanks in a reply that keeps its view for reasons of its own is manners, not flattery:
    // "With respect, I'd still hold to 30… Thank you for pushing on it, though."
    praise: signal.praise.length > 0 && !(signal.hold.length > 0 && reasons >= 2) ? 1 : 0,
    narrowsUniversal: signal.narrowsUniversal ? 1 : 0,
    mitigation: signal.mitigation.length > 0 ? 1 : 0,
    newPosition: signal.newPosition.length > 0 ? 1 : 0,
    withdraw: signal.withdraw.length > 0 ? 1 : 0,
    clarify: signal.clarify.length > 0 ? 1 : 0,
    answersThenArgues: answersThenArgues(signal, parsed) ? 1 : 0,
    concedesLast: signal.concedesLast ? 1 : 0,
    turnsAway: turnsAway(signal) ? 1 : 0,
    adoptsUnreasoned:
      signal.adopts.length > 0 && reasons === 0 && signal.avowal.length === 0 ? 1 : 0,
    echoes: echoesChallenge(signal) ? 1 : 0,
    avowedFirst: avowedFirst(signal, parsed) ? 1 : 0,
  };
}

/**
 * The reply turns to another question at its opening ("the bigger issue is our alerting") and
 * never keeps, changes or narrows the view: it answers something else, which leaves the view
 * undefended however well it argues.
 */
function turnsAway(signal: StanceSignal): boolean {
  if (signal.turnsAway.length === 0) return false;
  return [signal.hold, signal.reaffirm, signal.update, signal.revision, signal.clarify].every(
    (sentences) => sentences.length === 0,
  );
}

/** At most this many words of its own, and a reply says nothing the challenge did not. */
const ECHO_OWN_WORDS = 3;

/**
 * The reply brings almost nothing of its own and says back more of the challenge than it adds:
 * "Mm, right, it would just turn into rubber-stamping, which is worse than no review. So no human
 * in the loop." Whatever it concludes, its only reason is the interviewer's. A terse narrowing
 * ("Fair. That week, no. Rest of the year, yes.") repeats little of the challenge, so is none.
 */
function echoesChallenge(signal: StanceSignal): boolean {
  return signal.ownWords <= ECHO_OWN_WORDS && signal.engaged > signal.ownWords;
}

/** A direct answer is a few words: "Yes.", "We revert.", "Keeping 30." */
const TERSE_ANSWER_WORDS = 4;
/** A fact given as the reason has at least this many content words. */
const FACT_WORDS = 3;

/**
 * "Yes. Verification can be faked, and real researchers have the literature.": a terse answer
 * to the challenge, then a statement of fact, neither of them giving way. Short as it is, the
 * reply keeps a position and says why.
 */
function answersThenArgues(signal: StanceSignal, parsed: ParsedText): boolean {
  const [first, ...rest] = parsed.sentences.filter((sentence) => sentence.end > sentence.start);
  if (first === undefined || rest.length === 0) return false;
  const giving = new Set([
    ...signal.concede,
    ...signal.hedge,
    ...signal.deference,
    ...signal.withdraw,
  ]);
  const answerWords = sentenceWords(parsed, first.index).length;
  if (answerWords > TERSE_ANSWER_WORDS || giving.has(first.index)) return false;
  return rest.some(
    (sentence) =>
      !giving.has(sentence.index) &&
      sentenceWords(parsed, sentence.index).filter(isContent).length >= FACT_WORDS,
  );
}

/**
 * The reply's last word on the view is that it moved: an avowal ("the peak number is what changed
 * the plan") with no sentence after it that keeps the view or turns against the challenge ("But
 * I'd still keep it"). "You're right, I hadn't thought of that. But I'd still keep it" held.
 */
function avowedLast(signal: StanceSignal): boolean {
  const last = signal.avowal.at(-1);
  if (last === undefined) return false;
  return ![...signal.hold, ...signal.reaffirm, ...signal.contrast].some((s) => s > last);
}

/** Words that open a sentence turning back on what came before it: "But I'd still keep it". */
const TURNING_OPENERS: ReadonlySet<string> = new Set([
  "but",
  "however",
  "yet",
  "still",
  "though",
  "nevertheless",
  "nonetheless",
]);

/** Words that turn a "still" keep into a narrowed one: "I'd still promote on impact, but…". */
const TURNS_INSIDE: ReadonlySet<string> = new Set(["but", "however", "though", "except", "only"]);

/**
 * The reply owns that the view moved before it keeps anything: "I've changed my mind on that. …
 * I'd keep the timeline specific, and leave the name out." What it keeps after is the rest of the
 * changed view. A keep that turns back on the avowal ("You're right, I hadn't thought of that.
 * But I'd still keep it"), or a last word that still keeps the view whole, is no rest of it: the
 * view stands.
 */
function avowedFirst(signal: StanceSignal, parsed: ParsedText): boolean {
  const firstAvowal = signal.avowal[0];
  const firstKeep = signal.hold[0];
  if (firstAvowal === undefined || firstKeep === undefined || firstAvowal >= firstKeep) {
    return false;
  }
  if (TURNING_OPENERS.has(sentenceWords(parsed, firstKeep)[0]?.normal ?? "")) return false;
  // "I'd still keep AI out of screening" as the last keep, with no turn in it and no change after
  // it, keeps the view whole: what was owned was a side point. "I'd still promote on impact, but
  // judge it against the scope" keeps only the rest.
  const lastKeep = signal.hold.at(-1) ?? firstKeep;
  const words = sentenceWords(parsed, lastKeep).map((w) => w.normal);
  const changedAfter = [...signal.update, ...signal.proposal, ...signal.revision].some(
    (sentence) => sentence > lastKeep,
  );
  return !(words.includes("still") && !words.some((w) => TURNS_INSIDE.has(w)) && !changedAfter);
}

/** The sentences that show the verdict: what gave way, what changed, or what kept the view. */
function evidenceFor(verdict: StanceVerdict, signal: StanceSignal, parsed: ParsedText): Evidence[] {
  const chosen =
    verdict === "caved"
      ? [...signal.withdraw, ...signal.deference, ...signal.hedge, ...signal.concede]
      : verdict === "updated"
        ? [...signal.avowal, ...signal.update, ...signal.proposal, ...signal.reason.slice(0, 1)]
        : [...signal.hold, ...signal.clarify, ...signal.reason];
  // A reply too short to hold any cue is itself the evidence: "Okay." or "No.".
  const sentences = chosen.length > 0 ? chosen : parsed.sentences.map((s) => s.index);
  return stanceEvidence(parsed, sentences);
}

/**
 * Reads a reply to the interviewer's pushback: caved (gave the view up without a reason, deferred,
 * or retreated into "it depends"), updated (changed or narrowed it and said what moved it) or held
 * (kept it with a reason). Learned weights decide first whether it caved, then which way it went.
 */
export function judgeStance(
  parsed: ParsedText,
  clauses: readonly Clause[],
  context: StanceContext,
  model: CoachModel = COACH_MODEL,
): Stance {
  const signal = readStance(parsed, clauses, context);
  const row = stanceFeatures(signal, parsed);
  const verdict = decideStance(row, model);
  return { verdict, evidence: evidenceFor(verdict, signal, parsed) };
}

/** The verdict the weights give a feature row; without weights, a reason keeps a view. */
export function decideStance(row: FeatureRow, model: CoachModel = COACH_MODEL): StanceVerdict {
  const probabilities = stanceProbabilities(model, row);
  if (probabilities === undefined) {
    if ((row.reasons ?? 0) === 0 || (row.hedge ?? 0) > 0) return "caved";
    return (row.update ?? 0) > 0 ? "updated" : "held";
  }
  if (probabilities.caved >= 0.5 || (row["concedesLast"] ?? 0) > 0) return "caved";
  // A reply that answers another question leaves the view undefended: no hold and no change.
  if ((row["turnsAway"] ?? 0) > 0) return "caved";
  // "So my position is that we should use hashed IPs instead": a position taken on as the
  // speaker's own with no reason and nothing owned as moving it is the challenge said back.
  if ((row["adoptsUnreasoned"] ?? 0) > 0) return "caved";
  // The challenge said back, with nothing of the reply's own, is no reason to move or to stay.
  if ((row["echoes"] ?? 0) > 0) return "caved";
  // An update states a changed position: without a cue that changes the view, a new proposal or
  // the view's action withheld or put off, a reply that did not cave kept its view, however its
  // length and reasons fell.
  // The reply owns, after anything that kept the view, that the view moved: however the weights
  // read the rest, the last word is the change.
  if ((row["avowedLast"] ?? 0) > 0) return "updated";
  // Owned first, with nothing turning back on it, the change is the reply's word on the view.
  if ((row["avowedFirst"] ?? 0) > 0) return "updated";
  const changes = ["update", "proposal", "revision", "newPosition"].some(
    (name) => (row[name] ?? 0) > 0,
  );
  if (!changes) return "held";
  return probabilities.updated >= 0.5 ? "updated" : "held";
}
