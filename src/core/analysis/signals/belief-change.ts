import type { Clause } from "../clauses.ts";
import { type Evidence, sentenceEvidence, tokenEvidence } from "../evidence.ts";
import { type ParsedText, sentenceAtOffset } from "../nlp.ts";
import { compilePhrases, findPhrases } from "../phrases.ts";
import { habitsGivenUp } from "./reflection.ts";

/** The three parts of a real change of mind, each quoted where found. */
export interface BeliefChangeSignal {
  /** What the candidate believed before: "I used to think code review was a formality". */
  readonly prior: readonly Evidence[];
  /** What moved it: data, an event, an argument, something seen. */
  readonly mover: readonly Evidence[];
  /** What they believe now: "now I think", "I've come to", "I changed my mind". */
  readonly revised: readonly Evidence[];
}

const BELIEF_VERBS = new Set([
  "think",
  "believe",
  "assume",
  "expect",
  "figure",
  "argue",
  "insist",
  "suppose",
  "reckon",
  "feel",
  "consider",
  "dismiss",
]);

const HELD_POSITIONS = new Set([
  "convinced",
  "sure",
  "certain",
  "against",
  "skeptical",
  "sceptical",
  "dismissive",
  "opposed",
  "adamant",
  "confident",
  "firmly",
]);

const PRIOR_PHRASES = compilePhrases([
  "i use|used to",
  "my initial|original|old|first|earlier|previous? view|position|belief|assumption|stance|take|instinct|opinion be|was",
  "i start|started out * believing|thinking|convinced",
  "i be|was firmly|strongly|completely in favour|favor of",
  "i be|was the|a * who * argued|insisted",
]);

const MOVER_PHRASES = compilePhrases([
  "until",
  "what change|changed my mind",
  "what move|moved me",
  "convince|convinced|persuade|persuaded me",
  "point|pointed out",
  "show|showed|shown me",
  "the data|numbers|evidence|results|logs|metrics|incident|outage",
  "data|evidence|experiment|study|paper|benchmark|survey|postmortem|measurement",
  "when i see|saw|read|ran|measured|tried|watched|talked|heard|looked|dug|sat",
  "after i see|saw|read|ran|measured|tried|watched|talked|heard|looked|dug|sat",
  "then * happen|happened",
  "it turn|turned out",
  "i run|ran|tried|tested|measured|read|watched|interviewed|shadowed|looked|dug",
]);

const REVISED_PHRASES = compilePhrases([
  "now i",
  "i now",
  "i have|'ve come to",
  "i come|came to believe|think|see|accept",
  "i come|came around",
  "i change|changed my mind|view|position|thinking",
  "i update|updated",
  "i no longer",
  "i be|am now",
  "these days i",
  "today i",
  "i realize|realise|realized|realised",
  "i see|saw it differently",
  "my view now",
  "i would|'d now",
  "i be|was wrong",
  "i now think|believe|see",
  "i have|'ve since",
  "i accept|accepted that",
  "i concede|conceded",
  // A practice taken on in place of the old one: "… and now review for whether I could
  // maintain it".
  "and now #VERB",
]);

/** Things a person does that can change their mind: seeing, measuring, trying, hearing. */
const EXPERIENCE_VERBS = new Set(
  `see watch read hear measure test try run find discover notice pair interview shadow talk ask
  review analyse analyze dig look sit join spend visit meet experience compare benchmark`
    .split(/\s+/)
    .filter(Boolean),
);

/** "I watched her find three bugs", "we measured it": an experience that can move a belief. */
function isExperienceClause(clause: Clause): boolean {
  const verb = clause.verb;
  if (verb === undefined || clause.modal || !clause.past) return false;
  return (clause.agent === "self" || clause.agent === "we") && EXPERIENCE_VERBS.has(verb.lemma);
}

/** "I thought X", "I was convinced X": a past belief held by the candidate, with content after it. */
function isPriorClause(parsed: ParsedText, clause: Clause): boolean {
  if (clause.agent !== "self" || clause.modal) return false;
  const verb = clause.verb;
  const believes = verb !== undefined && BELIEF_VERBS.has(verb.lemma) && clause.past;
  const held =
    verb === undefined &&
    clause.past &&
    clause.complement.some((token) => HELD_POSITIONS.has(token.normal));
  if (!believes && !held) return false;
  const complementWords = clause.complement.filter((token) => token.isWord).length;
  return complementWords + wordsAfter(parsed, clause, 3 - complementWords) >= 3;
}

/** The words after a clause in its sentence, counted up to `enough`: a long sentence costs nothing. */
function wordsAfter(parsed: ParsedText, clause: Clause, enough: number): number {
  const last = parsed.sentences[clause.sentence]?.lastToken ?? clause.last;
  let count = 0;
  for (let i = clause.last + 1; i <= last && count < enough; i += 1) {
    if (parsed.tokens[i]?.isWord === true) count += 1;
  }
  return count;
}

/** Finds the prior belief, what moved it and the new belief in a changed-my-mind answer. */
export function readBeliefChange(
  parsed: ParsedText,
  clauses: readonly Clause[],
): BeliefChangeSignal {
  const prior = [
    ...findPhrases(parsed, PRIOR_PHRASES).map((m) =>
      sentenceEvidence(parsed, parsed.tokens[m.first]?.sentence ?? 0),
    ),
    ...clauses
      .filter((c) => isPriorClause(parsed, c))
      .map((c) => sentenceEvidence(parsed, c.sentence)),
  ];
  const mover = [
    ...findPhrases(parsed, MOVER_PHRASES).map((m) => tokenEvidence(parsed, m.first, m.last)),
    ...clauses
      .filter(isExperienceClause)
      .map((c) => tokenEvidence(parsed, c.subject?.first ?? c.first, c.last)),
  ];
  const revised = [
    ...findPhrases(parsed, REVISED_PHRASES).map((m) =>
      sentenceEvidence(parsed, parsed.tokens[m.first]?.sentence ?? 0),
    ),
    // A practice given up says the old belief went with it: "I stopped hunting bugs in review".
    ...habitsGivenUp(parsed).map((habit) =>
      sentenceEvidence(parsed, sentenceAtOffset(parsed, habit.start)),
    ),
  ];
  return { prior, mover, revised };
}

/** The parts of a change of mind the answer leaves out. */
export function missingParts(signal: BeliefChangeSignal): ("prior" | "mover" | "revised")[] {
  const missing: ("prior" | "mover" | "revised")[] = [];
  if (signal.prior.length === 0) missing.push("prior");
  if (signal.mover.length === 0) missing.push("mover");
  if (signal.revised.length === 0) missing.push("revised");
  return missing;
}
