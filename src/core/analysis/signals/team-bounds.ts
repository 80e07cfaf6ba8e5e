// Which side of a team boundary the other person in a story stands on. Asked for someone on
// another team, a story whose other person sits on the candidate's own team ("another engineer on
// my team, Tomasz") answers a different question: it never crosses a boundary.
import { type Evidence, sentenceEvidence } from "../evidence.ts";
import type { ParsedText } from "../nlp.ts";
import { compilePhrases, findPhrases } from "../phrases.ts";

/** The question asks about someone on another team: "a peer on a different team". */
const OTHER_TEAM_ASK = compilePhrases([
  "another|different|other|partner|adjacent team|teams|group|department|org|organization|function",
  "outside your team|group|department|org",
  "cross-team|cross-functional",
  "cross team|functional",
]);

/** Whether a question asks about someone on another team than the candidate's. */
export function asksAboutAnotherTeam(question: ParsedText): boolean {
  return findPhrases(question, OTHER_TEAM_ASK).length > 0;
}

/** The other person placed on the candidate's own team: "on my squad", "same lead as me". */
const SAME_TEAM = compilePhrases([
  "on|in my|our team|squad|crew|group",
  "my|our teammate|teammates",
  "same team|squad|group|lead|manager|boss",
  "both report|reported to",
  // The candidate's own superior: "the hardest relationship was with my own boss, Farid".
  "my own boss|manager|lead|supervisor|director",
]);

/** Words for a unit of an organisation, own or another's. */
const UNITS = new Set([
  "team",
  "teams",
  "squad",
  "group",
  "department",
  "org",
  "organization",
  "organisation",
  "division",
  "function",
]);

/** Words before a unit that make it the candidate's own: "my team", "the same group". */
const OWNING = new Set(["my", "our", "same", "whole", "entire", "own"]);

/** Functions named as where someone sits: "Priya from Legal", "a PM in finance". */
const FUNCTIONS = new Set([
  "legal",
  "finance",
  "sales",
  "marketing",
  "compliance",
  "security",
  "support",
  "ops",
  "operations",
  "product",
  "design",
  "hr",
  "research",
  "infra",
  "infrastructure",
  "platform",
  "procurement",
  "engineering",
  "qa",
  "data",
]);

/** How many words back a unit's owner may stand: "our mobile platform team". */
const OWNER_REACH = 3;

/** How far into the answer the other person is introduced: its first sentences. */
const SETUP_SENTENCES = 2;

/**
 * Whether the answer names a unit that is not the candidate's: "their team", "the identity team
 * wanted", "Priya from Legal". A unit the candidate says they were on ("I was on the manipulation
 * team", "On the mobile team at a food-delivery company, …") is their own.
 */
function namesAnotherUnit(parsed: ParsedText): boolean {
  const { tokens } = parsed;
  return tokens.some((token, i) => {
    if (
      (token.normal === "from" || token.normal === "in") &&
      FUNCTIONS.has(tokens[i + 1]?.normal ?? "")
    ) {
      return true;
    }
    if (!UNITS.has(token.normal) || token.pos !== "NOUN") return false;
    const before = tokens.slice(Math.max(0, i - OWNER_REACH), i);
    if (before.some((t) => OWNING.has(t.normal))) return false;
    // A bare "the team" is the story's own ("my boss, who ran the team"); another has a name.
    if (tokens[i - 1]?.normal === "the") return false;
    // "on the X team" where the candidate was: the sentence opens with it, or says "I was on".
    const on = before.findIndex(
      (t) => t.normal === "on" || t.normal === "in" || t.normal === "joined",
    );
    if (on !== -1) {
      const at = i - before.length + on;
      const opener = tokens[at - 1];
      const sentenceStart = opener === undefined || opener.sentence !== token.sentence;
      const candidateThere = tokens
        .slice(Math.max(0, at - 3), at)
        .some((t) => t.sentence === token.sentence && t.normal === "i");
      if (sentenceStart || candidateThere) return false;
    }
    return true;
  });
}

/**
 * Asked about someone on another team: the sentences of the answer's setup that place the other
 * person on the candidate's own team, when nothing in the answer names a unit that is not theirs.
 * Empty otherwise.
 */
export function readSameTeamOnly(parsed: ParsedText): Evidence[] {
  const setup = findPhrases(parsed, SAME_TEAM).filter(
    (match) => (parsed.tokens[match.first]?.sentence ?? SETUP_SENTENCES) < SETUP_SENTENCES,
  );
  if (setup.length === 0 || namesAnotherUnit(parsed)) return [];
  const sentences = new Set(setup.map((match) => parsed.tokens[match.first]?.sentence ?? 0));
  return [...sentences].map((sentence) => sentenceEvidence(parsed, sentence));
}
