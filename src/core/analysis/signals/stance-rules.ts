import { type Clause, isParticiple } from "../clauses.ts";
import { type ParsedText, sentenceRange } from "../nlp.ts";
import { compilePhrases, findPhrases } from "../phrases.ts";
import { LIGHT_VERBS } from "./stance-words.ts";

// Whether a clause or a sentence of a pushback reply lays down what should happen (a rule, a
// proposal, a policy) rather than describing, predicting or telling a story: a limit word or a
// changed figure changes the view only where a rule is laid down.

/** Verbs of thinking and saying: "I think", "I mean" frame a view rather than set a rule. */
const MENTAL_VERBS = new Set([
  "think",
  "believe",
  "mean",
  "guess",
  "agree",
  "feel",
  "hope",
  "like",
  "say",
  "understand",
  "see",
  "know",
  "want",
  "remember",
  "hear",
]);

/**
 * A rule said in the present simple by its owner, as many non-native speakers state a policy:
 * "Staff engineers I put only as backup", "we give juniors the small tickets". A sentence that
 * also tells something past ("we had three incidents") is a story, and "I think" frames a view.
 */
export function statesPolicy(clause: Clause, sentence: readonly Clause[]): boolean {
  const verb = clause.verb;
  if (verb === undefined || (clause.agent !== "self" && clause.agent !== "we")) return false;
  if (clause.auxiliaries.length > 0 || clause.negated || verb.normal !== verb.lemma) return false;
  if (LIGHT_VERBS.has(verb.lemma) || MENTAL_VERBS.has(verb.lemma)) return false;
  // "put" and "cut" look the same in the past: only the other clauses tell which it is.
  return !sentence.some((c) => c !== clause && c.past);
}

/**
 * A sentence that lays down what should happen rather than describing what is: a modal clause
 * ("I'd cap it", "we should"), an imperative ("Drop it"), or a fragment with no verb at all
 * ("Blue-green for the request-serving services only", "Big migration, maybe one week").
 */
export function isPrescriptive(
  parsed: ParsedText,
  sentence: number,
  clauses: readonly Clause[],
): boolean {
  // "Could" beside a past clause tells what someone was able to do: "after six months three
  // other people could restart it" is a story, not a proposal.
  const narrates = clauses.some((c) => c.past && !c.modal);
  // A thing that "would" or "will" do something is predicted, not proposed: "a canary would
  // show us a failure within minutes". A rule for things takes "should", "must", the
  // permission "can" ("That can go in a written handoff") or a copula ("would be secondary").
  const predicts = (c: Clause) =>
    c.agent === "other" &&
    c.verb !== undefined &&
    c.auxiliaries.some((a) => PREDICTIVE.has(a.normal));
  const proposes = (c: Clause) =>
    c.modal &&
    !c.negated &&
    !predicts(c) &&
    !(narrates && c.auxiliaries.some((a) => a.normal === "could"));
  if (clauses.some(proposes)) return true;
  if (clauses.some((c) => statesPolicy(c, clauses))) return true;
  if (findPhrases(parsed, OBLIGATION, ...sentenceRange(parsed, sentence)).length > 0) return true;
  const opener = clauses[0];
  const imperative =
    opener?.agent === "none" &&
    opener.verb?.index === opener.first &&
    opener.verb.normal === opener.verb.lemma;
  if (imperative) return true;
  // A policy that opens on a participle with no subject: "Collapsed by default, one click to
  // open". "Given that…" and "Based on…" open a reason, not a rule.
  if (
    opener !== undefined &&
    opener.verb !== undefined &&
    isFragment(opener) &&
    opener.verb.index === opener.first &&
    !REASON_PARTICIPLES.has(opener.verb.normal)
  ) {
    return true;
  }
  return clauses.every(isFragment);
}

/** Participles that open a reason or a frame rather than a policy. */
const REASON_PARTICIPLES = new Set([
  "given",
  "based",
  "considering",
  "assuming",
  "speaking",
  "looking",
  "having",
  "thinking",
  "being",
]);

/** Modals that, said of a thing, predict what it will do rather than lay down a rule. */
const PREDICTIVE = new Set(["would", "will", "might", "could", "'d", "'ll"]);

/**
 * A clause that itself sets what should happen: a modal, an imperative, an obligation, a policy
 * in the present simple, or a verbless fragment. A limit word inside a clause that only
 * describes ("the legacy systems stay something only they can fix") sets no limit.
 */
export function laysDownRule(
  parsed: ParsedText,
  clause: Clause,
  sentence: readonly Clause[],
): boolean {
  if (clause.modal || isFragment(clause) || statesPolicy(clause, sentence)) return true;
  const verb = clause.verb;
  if (clause.agent === "none" && verb?.index === clause.first && verb.normal === verb.lemma) {
    return true;
  }
  return findPhrases(parsed, OBLIGATION, clause.first, clause.last).length > 0;
}

/** "Nobody is exempt", "no exceptions", "not only": a limit denied states the whole again. */
export function deniesLimit(parsed: ParsedText, clause: Clause, cueAt: number): boolean {
  const before = parsed.tokens.slice(clause.first, cueAt).filter((t) => t.isWord);
  const last = before.at(-1);
  if (last?.normal === "not" || last?.normal === "no") return true;
  return before.some(
    (t, i) =>
      t.normal === "nobody" ||
      t.normal === "none" ||
      t.normal === "nothing" ||
      (t.normal === "no" && before[i + 1]?.normal === "one"),
  );
}

/** "Blue-green for the request-serving services only", "Collapsed by default": no finite verb. */
export function isFragment(clause: Clause): boolean {
  if (clause.auxiliaries.length > 0) return false;
  if (clause.verb === undefined) return true;
  // A participle with no subject and no auxiliary: "collapsed by default", "answered first".
  return clause.agent === "none" && isParticiple(clause.verb);
}

/** What must or may be done, said without a modal: "the manager has to write some", "X is fine". */
const OBLIGATION = compilePhrases([
  "have|has to",
  "need|needs to",
  "be fine|okay|allowed|exempt",
  "get|gets a|an|the",
]);

/** The sentence is a question: its text ends in "?". */
export function isQuestion(parsed: ParsedText, sentence: number): boolean {
  const s = parsed.sentences[sentence];
  return s !== undefined && parsed.text.slice(s.start, s.end).trimEnd().endsWith("?");
}
