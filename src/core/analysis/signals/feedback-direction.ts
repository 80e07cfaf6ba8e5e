import type { Clause } from "../clauses.ts";
import { type Evidence, tokenEvidence } from "../evidence.ts";
import { type ParsedText, sentenceTokens, type Token } from "../nlp.ts";
import { namesAnotherPerson } from "./people.ts";

/**
 * Which way the hard words in a story travel, read clause by clause from who speaks and who is
 * spoken to: "she told me my reviews were cruel" is feedback received, "the feedback I had to
 * deliver to Priya" and "I sat him down and showed him the two screens" are feedback given.
 */
export interface FeedbackDirection {
  readonly given: readonly Evidence[];
  readonly received: readonly Evidence[];
}

/** Verbs that carry words from one person to another. */
const TELLING = new Set(
  `tell say give deliver raise show point explain flag mention share write warn criticise criticize
  challenge confront call ask suggest`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs by which words arrive: "I got feedback", "I heard from my lead that". */
const RECEIVING = new Set(["receive", "get", "hear", "take"]);

/** What a review leaves behind: "the feedback", "her comments", "a harsh review". */
const FEEDBACK_NOUNS = new Set(
  "feedback criticism critique comment review note complaint".split(" "),
);

const TO_ME = new Set(["me", "my", "myself", "i"]);

function isFeedbackNoun(token: Token): boolean {
  return token.pos === "NOUN" && FEEDBACK_NOUNS.has(token.lemma);
}

/** The clause's tokens from its verb on, where the one spoken to and what was said stand. */
function after(parsed: ParsedText, clause: Clause, verb: Token): readonly Token[] {
  return parsed.tokens.slice(verb.index + 1, clause.last + 1);
}

/** The sentences that hold a word for feedback ("the feedback I had to deliver"), read once. */
function sentencesWithFeedback(parsed: ParsedText): ReadonlySet<number> {
  return new Set(parsed.tokens.filter(isFeedbackNoun).map((token) => token.sentence));
}

/** The verb that carries the action: "deliver" in "I had to deliver", else the clause's own. */
function actionVerb(parsed: ParsedText, clause: Clause): Token | undefined {
  const verb = clause.verb;
  if (verb === undefined) return undefined;
  const to = parsed.tokens[verb.index + 1];
  const next = parsed.tokens[verb.index + 2];
  const chained = ["have", "need", "get", "want", "try", "decide"].includes(verb.lemma);
  if (chained && to?.normal === "to" && next?.pos === "VERB" && next.index <= clause.last) {
    return next;
  }
  return verb;
}

/**
 * What follows the verb up to the end of the next clause in the sentence, where what was said
 * stands: "he pointed out | that my tests were flaky".
 */
function saidAfter(parsed: ParsedText, clauses: readonly Clause[], index: number, verb: Token) {
  const clause = clauses[index];
  const next = clauses[index + 1];
  const last =
    next !== undefined && clause !== undefined && next.sentence === clause.sentence
      ? next.last
      : (clause?.last ?? verb.index);
  return parsed.tokens.slice(verb.index + 1, last + 1);
}

/** "he asks me to come again": a request of the candidate, not words about them. */
function asksMeToAct(parsed: ParsedText, verb: Token): boolean {
  const [me, to, act] = parsed.tokens.slice(verb.index + 1, verb.index + 4);
  return verb.lemma === "ask" && me?.normal === "me" && to?.normal === "to" && act?.pos === "VERB";
}

/** Verbs by which the speaker hands words on: "how you deliver criticism", "give comments". */
const HANDING_ON = new Set(["deliver", "give", "offer", "provide", "share"]);
/** Who hands criticism on when it is not someone in the story: the speaker, or anyone. */
const HANDERS = new Set(["i", "we", "you", "to"]);

/**
 * Whether criticism is what the speaker, or anyone, hands on rather than what came to the
 * candidate: "how you deliver criticism matters", "I now give that kind of critique in person"
 * (a verb of handing on just before it, said by "I", "you" or as "to deliver"). "She gave harsh
 * criticism of my design" still came to the candidate.
 */
export function handedOn(parsed: ParsedText, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 4); i -= 1) {
    const token = parsed.tokens[i];
    if (token === undefined) return false;
    if (token.pos === "VERB") {
      if (!HANDING_ON.has(token.lemma)) return false;
      const before = parsed.tokens.slice(Math.max(0, i - 2), i);
      return before.some((t) => HANDERS.has(t.normal));
    }
    if (!["DET", "ADJ", "ADV", "NOUN"].includes(token.pos)) return false;
  }
  return false;
}

/** "I asked her for specific moments": asking for something, not telling anyone anything. */
function asksFor(verb: Token, rest: readonly Token[]): boolean {
  return verb.lemma === "ask" && rest.slice(0, 3).some((token) => token.normal === "for");
}

/** Verbs that open the candidate's own words, quoted: "I said, look, …". */
const QUOTING = new Set(["say", "tell"]);

/**
 * "I said, look, … I don't think you mean for that to happen": the candidate's words quoted after
 * the verb speak to someone ("you", "your") in the story.
 */
function speaksToYou(parsed: ParsedText, verb: Token): boolean {
  if (!QUOTING.has(verb.lemma)) return false;
  return sentenceTokens(parsed, verb.sentence).some(
    (token) => token.index > verb.index && (token.normal === "you" || token.normal === "your"),
  );
}

/** Words that make a clause in the present a habit of today: "how I give feedback now". */
const NOWADAYS = new Set(["now", "nowadays", "today", "always", "usually"]);

/**
 * A clause in the present whose sentence says it holds now or always: what the candidate does
 * since the story, not a time they did it ("it shaped how I give feedback myself now").
 */
function habitOfNow(parsed: ParsedText, clause: Clause): boolean {
  if (clause.past) return false;
  return sentenceTokens(parsed, clause.sentence).some((token) => NOWADAYS.has(token.normal));
}

/**
 * A clause whose subject is "you": in an answer, the listener or anyone at all ("how you deliver
 * criticism matters"), never someone in the story telling the candidate something.
 */
function saidByYou(parsed: ParsedText, clause: Clause): boolean {
  const subject = clause.subject;
  return subject !== undefined && parsed.tokens[subject.last]?.normal === "you";
}

/** Reads each clause where words pass between the candidate and someone else. */
export function readFeedbackDirection(
  parsed: ParsedText,
  clauses: readonly Clause[],
): FeedbackDirection {
  const given: Evidence[] = [];
  const received: Evidence[] = [];
  const withFeedback = sentencesWithFeedback(parsed);
  clauses.forEach((clause, index) => {
    const verb = actionVerb(parsed, clause);
    if (verb === undefined || clause.negated || clause.modal) return;
    const rest = after(parsed, clause, verb);
    const evidence = () => tokenEvidence(parsed, clause.first, clause.last);
    if (clause.agent === "self") {
      // "I was told", "I got feedback that", "I heard from her".
      const told = clause.passive && TELLING.has(verb.lemma);
      const came = (token: Token) => isFeedbackNoun(token) && !handedOn(parsed, token.index);
      const got = RECEIVING.has(verb.lemma) && (rest.some(came) || verb.lemma === "hear");
      if (told || got) {
        received.push(evidence());
        return;
      }
      // "I told her", "I gave him the feedback", "the feedback I had to deliver"; not a request
      // ("I asked her for specific moments") nor a habit of today ("how I give feedback now").
      const toSomeone = rest.some(namesAnotherPerson) || speaksToYou(parsed, verb);
      const aboutFeedback = rest.some(isFeedbackNoun) || withFeedback.has(clause.sentence);
      if (
        TELLING.has(verb.lemma) &&
        !clause.passive &&
        (toSomeone || aboutFeedback) &&
        !asksFor(verb, rest) &&
        !habitOfNow(parsed, clause)
      ) {
        given.push(evidence());
      }
    } else if (
      (clause.agent === "other" || clause.agent === "team") &&
      !saidByYou(parsed, clause)
    ) {
      // "she told me", "my lead said my design was", "he pointed out that my tests".
      const said = saidAfter(parsed, clauses, index, verb);
      if (
        TELLING.has(verb.lemma) &&
        !asksMeToAct(parsed, verb) &&
        said.some((token) => TO_ME.has(token.normal))
      ) {
        received.push(evidence());
      }
    }
  });
  return { given, received };
}
