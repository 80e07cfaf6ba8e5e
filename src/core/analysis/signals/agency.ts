import type { Agent, Clause } from "../clauses.ts";
import { type Evidence, evidenceAt } from "../evidence.ts";
import type { ParsedText } from "../nlp.ts";
import { isFeelingWord } from "./emotion.ts";

/** Who did what: the candidate's own actions against actions hidden behind a group or the passive. */
export interface AgencySignal {
  /** Actions with "I" as the subject. */
  readonly selfActions: readonly Evidence[];
  /** Actions by "we", "our team", "the team", "everyone". */
  readonly groupActions: readonly Evidence[];
  /** Passive actions with no one named as doing them: "the decision was made". */
  readonly hiddenPassives: readonly Evidence[];
  /** Actions by other named people or things ("my manager", "Priya"). */
  readonly otherActions: number;
  readonly firstPersonSingular: number;
  readonly firstPersonPlural: number;
}

const FIRST_SINGULAR = new Set(["i", "me", "my", "mine", "myself"]);
const FIRST_PLURAL = new Set(["we", "us", "our", "ours", "ourselves"]);

// States of mind and possession: "I felt", "we had", "I wanted" say nothing about who acted.
const STATIVE_VERBS = new Set([
  "be",
  "have",
  "feel",
  "think",
  "know",
  "want",
  "hope",
  "believe",
  "seem",
  "like",
  "love",
  "need",
  "remember",
  "guess",
  "mean",
  "care",
  "wish",
  "look",
  "sound",
  "understand",
  "see",
  "hear",
]);

// Participles that name a state, not an action someone hid: "I was convinced", "we were stuck".
const STATE_PARTICIPLES = new Set([
  "convinced",
  "surprised",
  "involved",
  "interested",
  "supposed",
  "used",
  "tired",
  "stuck",
  "based",
  "done",
  "gone",
  "concerned",
  "burned",
  "burnt",
  "aligned",
  "known",
  "located",
  "focused",
  "motivated",
  "committed",
  "married",
  "born",
]);

/** The clause from its subject to its end: "we decided to roll back the release". */
function clauseEvidence(parsed: ParsedText, clause: Clause): Evidence {
  const from = clause.subject?.first ?? clause.first;
  const start = parsed.tokens[from]?.start ?? 0;
  let last = clause.last;
  while (last > from && parsed.tokens[last]?.isWord !== true) last -= 1;
  return evidenceAt(parsed.text, start, parsed.tokens[last]?.end ?? start);
}

const LINKING_VERBS = new Set(["get", "become", "grow", "turn", "go"]);

function isAction(clause: Clause, pastOnly: boolean): boolean {
  const verb = clause.verb;
  if (verb === undefined || STATIVE_VERBS.has(verb.lemma)) return false;
  if (clause.modal) return false;
  const afterBe = clause.auxiliaries.some((aux) => aux.lemma === "be" || aux.lemma === "get");
  const state = STATE_PARTICIPLES.has(verb.normal) || isFeelingWord(verb.normal);
  if (afterBe && state) return false;
  // "I got defensive", "we went quiet": a change of state, not an action.
  const firstWord = clause.complement.find((token) => token.isWord);
  if (LINKING_VERBS.has(verb.lemma) && firstWord?.pos === "ADJ") return false;
  return !pastOnly || clause.past;
}

function byAgent(clause: Clause): Agent {
  if (!clause.passive) return clause.agent;
  const by = clause.complement.findIndex((token) => token.normal === "by");
  if (by === -1) return "none";
  const doer = clause.complement[by + 1];
  if (doer === undefined) return "none";
  if (["us", "our"].includes(doer.normal)) return "we";
  if (["me", "my", "myself"].includes(doer.normal)) return "self";
  return "other";
}

/**
 * Reads who did what. With `pastOnly` (answers that are not stories), only narrated past actions
 * count, so "we need to get this right" about the world is not mistaken for hiding.
 */
export function readAgency(
  parsed: ParsedText,
  clauses: readonly Clause[],
  pastOnly: boolean,
): AgencySignal {
  const selfActions: Evidence[] = [];
  const groupActions: Evidence[] = [];
  const hiddenPassives: Evidence[] = [];
  let otherActions = 0;
  for (const clause of clauses) {
    if (!isAction(clause, pastOnly)) continue;
    // "I was told to wait" is done to the candidate: neither their action nor one they hide.
    if (clause.passive && clause.agent === "self") continue;
    const agent = byAgent(clause);
    if (agent === "self") selfActions.push(clauseEvidence(parsed, clause));
    else if (agent === "we" || agent === "team") groupActions.push(clauseEvidence(parsed, clause));
    else if (clause.passive && agent === "none")
      hiddenPassives.push(clauseEvidence(parsed, clause));
    else if (agent === "other") otherActions += 1;
  }
  let firstPersonSingular = 0;
  let firstPersonPlural = 0;
  for (const token of parsed.tokens) {
    if (token.pos !== "PRON") continue;
    if (FIRST_SINGULAR.has(token.normal)) firstPersonSingular += 1;
    if (FIRST_PLURAL.has(token.normal)) firstPersonPlural += 1;
  }
  return {
    selfActions,
    groupActions,
    hiddenPassives,
    otherActions,
    firstPersonSingular,
    firstPersonPlural,
  };
}
