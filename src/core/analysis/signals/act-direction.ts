import { type Clause, clauseTokens } from "../clauses.ts";
import { type Evidence, tokenEvidence } from "../evidence.ts";
import type { ParsedText, Token } from "../nlp.ts";
import { compilePhrases, findPhrases } from "../phrases.ts";
import { namesAnotherPerson } from "./people.ts";

/**
 * Who does two acts a question can ask the candidate for, read clause by clause: an apology and
 * a request for help. Asked when they had to apologise, "Andre came and found me and apologised"
 * tells the apology the other way round; asked when they needed help, "a nurse called me close to
 * tears" tells someone else's. The candidate's own act counts in any form, made, owed, put off or
 * never made ("I still owe him one", "I should have asked on day two"): those answer the question.
 */
export interface ActDirection {
  /** The candidate apologising, owing an apology or not making one. */
  readonly ownApologies: readonly Evidence[];
  /** Someone else apologising. */
  readonly othersApologies: readonly Evidence[];
  /** The candidate asking for, needing or putting off asking for help. */
  readonly helpSought: readonly Evidence[];
  /** Someone else asking the candidate for help: "she asked me to", "a nurse called me". */
  readonly helpGiven: readonly Evidence[];
}

const APOLOGY_WORDS = new Set(["apologise", "apologize", "apology", "apologies", "sorry"]);

/** Verbs by which someone turns to another for help: "she asked me", "he called me". */
const TURNING = new Set(
  "ask call phone ring page message text email ping beg need want".split(" "),
);

/** What help sought is called: "I needed help", "I asked for advice". */
const HELP_NOUNS = new Set(["help", "advice", "support", "hand", "input", "guidance"]);

/** Turning to someone, written as a phrase: "reach out to", "went to my lead for". */
const OWN_HELP = compilePhrases([
  "i reach|reached out",
  "i go|went to * for",
  "i go|went to * * for",
  "i turn|turned to",
  "i ask|asked for",
  "i be|was|were stuck",
  "i admit|admitted i",
]);

const ME = new Set(["me", "my"]);

/** Verbs by which the candidate reaches someone: "I messaged Dana", "I called my lead". */
const REACHING = new Set("call phone ring message text email ping page".split(" "));

/** Someone reached: a person by pronoun, role or name, a known word used as a name included. */
function isSomeone(token: Token): boolean {
  return (
    namesAnotherPerson(token) || (token.pos === "PROPN" && /^\p{Lu}\p{Ll}+$/u.test(token.value))
  );
}

/** Words that open a question put to the candidate: "she asked me what I had tried". */
const QUESTION_WORDS = new Set(["what", "why", "how", "when", "where", "which", "who"]);

/** Verbs of the candidate helping someone: "I helped her", "I walked him through it". */
const HELPING = new Set(["help", "walk", "talk", "coach", "guide", "show"]);

/**
 * "she asked me to", "a nurse called me", "he needed my help": a verb of turning to someone with
 * the candidate right after it. Any such verb in the clause counts, since the tagger sometimes
 * takes the clause's verb for a noun ("the ward called me").
 */
function turnsToMe(parsed: ParsedText, tokens: readonly Token[]): boolean {
  return tokens.some((token) => {
    if (!TURNING.has(token.lemma) || token.pos !== "VERB") return false;
    const [first, second] = parsed.tokens.slice(token.index + 1, token.index + 3);
    // "She asked me what I had tried" puts a question to the candidate; it asks no help of them.
    if (
      token.lemma === "ask" &&
      first?.normal === "me" &&
      QUESTION_WORDS.has(second?.normal ?? "")
    ) {
      return false;
    }
    return [first, second].some((next) => next !== undefined && ME.has(next.normal));
  });
}

function isApology(token: Token): boolean {
  return APOLOGY_WORDS.has(token.lemma) || APOLOGY_WORDS.has(token.normal);
}

/** "made me apologise", "my apology": the candidate's, whoever the clause's subject is. */
function mineBefore(parsed: ParsedText, token: Token): boolean {
  const before = parsed.tokens[token.index - 1];
  const twoBefore = parsed.tokens[token.index - 2];
  return (
    before?.normal === "my" ||
    (before?.normal === "to" && twoBefore?.normal === "me") ||
    before?.normal === "me"
  );
}

/** Verbs of the candidate putting themselves forward: "I offered to pair with him". */
const OFFERING = new Set(["offer", "volunteer"]);

/** Words that open a question put to someone, asked or reported: "I asked him if he'd been stuck". */
const ASKED_WORDS = new Set([...QUESTION_WORDS, "whether", "if"]);

/** Subjects of a question about the other person's own doing, not the candidate's need. */
const THEIR = new Set(["he", "she", "they", "it", "his", "her", "their"]);

/**
 * "I ask new hires what they've been stuck on", "I asked him why he'd gone quiet": a question
 * about the other person, which asks no help of them; "I asked Dana how to fix it" or "what I
 * should do" still does.
 */
function asksAfterThem(parsed: ParsedText, verb: Token): boolean {
  // The question runs past the clause, which ends at its "what": read on in the sentence.
  const after = parsed.tokens
    .slice(verb.index + 1, verb.index + 9)
    .filter((token) => token.sentence === verb.sentence);
  const wh = after.findIndex((token) => ASKED_WORDS.has(token.normal));
  if (wh === -1) return false;
  const next = after.slice(wh + 1, wh + 3);
  return next.some((token) => THEIR.has(token.normal)) && !next.some((t) => t.normal === "to");
}

/** Reads who apologises and who asks whom for help in the answer. */
export function readActDirection(parsed: ParsedText, clauses: readonly Clause[]): ActDirection {
  const ownApologies: Evidence[] = [];
  const othersApologies: Evidence[] = [];
  const helpSought: Evidence[] = [];
  const helpGiven: Evidence[] = [];
  clauses.forEach((clause, index) => {
    const tokens = clauseTokens(parsed, clause);
    // A clause whose subject is the one before it ("she came over | and apologized") is quoted
    // with that clause, so the quote says who acted.
    const previous = clauses[index - 1];
    const from =
      clause.subject === undefined && previous?.sentence === clause.sentence
        ? previous.first
        : clause.first;
    const evidence = () => tokenEvidence(parsed, from, clause.last);
    const apology = tokens.find(isApology);
    // "The apology I remember best was one I received": an apology named before the clause's
    // subject is what the clause is about, not an act of that subject's.
    const named =
      apology !== undefined &&
      apology.pos === "NOUN" &&
      clause.subject !== undefined &&
      apology.index < clause.subject.first &&
      !mineBefore(parsed, apology);
    if (apology !== undefined && !named) {
      if (clause.agent === "self" || mineBefore(parsed, apology)) ownApologies.push(evidence());
      else if (clause.agent === "other") othersApologies.push(evidence());
    }
    const verb = clause.verb;
    if (clause.agent === "self" && verb !== undefined) {
      const afterVerb = parsed.tokens.slice(verb.index + 1, clause.last + 1);
      // "I asked Dana", "I needed help", "I didn't want to ask": the candidate turning to someone,
      // done or not.
      const asks =
        (verb.lemma === "ask" && !asksAfterThem(parsed, verb)) ||
        verb.lemma === "request" ||
        verb.lemma === "seek" ||
        // "I finally messaged Dana", "I called my lead": turning to someone.
        (REACHING.has(verb.lemma) && afterVerb.slice(0, 3).some(isSomeone));
      const needs = afterVerb.some((token) => HELP_NOUNS.has(token.lemma) && token.pos === "NOUN");
      const toAsk = afterVerb.some((token) => token.lemma === "ask");
      if (asks || toAsk || (needs && TURNING.has(verb.lemma))) helpSought.push(evidence());
      // "I helped her", "I walked him through it", "I offered to pair with him": the candidate
      // giving help.
      else if (
        (HELPING.has(verb.lemma) && afterVerb.slice(0, 2).some(namesAnotherPerson)) ||
        (OFFERING.has(verb.lemma) && afterVerb[0]?.normal === "to")
      ) {
        helpGiven.push(evidence());
      }
    } else if (clause.agent === "other" && turnsToMe(parsed, tokens)) {
      helpGiven.push(evidence());
    }
  });
  for (const match of findPhrases(parsed, OWN_HELP)) {
    helpSought.push(tokenEvidence(parsed, match.first, match.last));
  }
  return { ownApologies, othersApologies, helpSought, helpGiven };
}
