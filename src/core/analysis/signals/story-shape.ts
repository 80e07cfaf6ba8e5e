// How a story turned out, read from its shape rather than from verdict words: which clauses tell
// events, which of them close the story, who acts in them, whose thing they are about, and whether
// they are denied. signals/polarity.ts weighs what this finds against the question's ask.
import { type Clause, isParticiple } from "../clauses.ts";
import { type Evidence, tokenEvidence } from "../evidence.ts";
import type { ParsedText, Token } from "../nlp.ts";
import { figureMove } from "./figures.ts";
import { namesAnotherPerson } from "./people.ts";
import type { PolarityAsk } from "./polarity-cues.ts";

/**
 * What the shape of a clause says about the ending.
 * - `endorsed`: the candidate would make the same choice again ("I'd make the same call again").
 * - `prevailed`: the candidate's option, figure or work was the one kept ("my numbers were the
 *   ones on the slide", "they used my model", "mine held up").
 * - `delivered`: the committed thing was finished ("it went live the Sunday before payroll").
 * - `reconciled`: the people in it ended on good terms ("we became close friends").
 * - `covered`: the candidate finished or fixed another person's part ("I finished his scripts").
 * - `doubted`: someone else dismissed the candidate or their call ("my manager thought I was
 *   overreacting", "she called my model an academic exercise", "my lead says it is fine").
 * - `thrived`: a figure or a fortune grew, or someone bought in ("revenue from the roof went up",
 *   "the stock roughly doubled", "she renewed for two years", "the startup was acquired").
 */
export type ShapeReading =
  "endorsed" | "prevailed" | "delivered" | "reconciled" | "covered" | "doubted" | "thrived";

/** One clause whose shape tells how the story turned out. */
export interface ShapeHit {
  readonly reading: ShapeReading;
  /** Denied in its clause: "we never became friends", "it did not go live". */
  readonly negated: boolean;
  /** Among the story's closing events, where how it turned out is told. */
  readonly ending: boolean;
  /** In the second half of the story's events, where a long ending may start. */
  readonly late: boolean;
  /** Timed against a date: "went live before payroll", "shipped a week early". */
  readonly timed: boolean;
  readonly evidence: Evidence;
}

/** How many of the last event clauses make up the story's ending. */
const ENDING_EVENTS = 4;

const OWN = new Set(["my", "mine", "our", "ours"]);
/** Verbs of taking up someone's option: "they used my split", "she adopted our plan". */
const ADOPT = new Set(["use", "adopt", "accept", "approve", "follow", "choose", "pick", "keep"]);
/** Verbs that say a judgement lasted: "mine held up", "my bet paid off". */
const LASTED = new Map([
  ["hold", "up"],
  ["pay", "off"],
  ["stand", ""],
]);
const FINISH = new Set(["launch", "ship", "deliver", "release", "finish", "complete"]);
const TIMING = new Set(["before", "early", "ahead", "time"]);
const LATE = new Set(["late", "later", "after", "until", "behind"]);
const RELATION_NOUNS = new Set(["friend", "friends", "close", "allies"]);
const RESOLVE = new Set(["resolve", "settle"]);
const REPAIR = new Set(["finish", "fix", "complete", "rewrite", "cover", "redo"]);
const CHOICE_REGRET = new Set(["mistake", "error", "differently"]);
/** Verbs of winning an honour, and the honours: "won the regional design award". */
const HONOURED = new Set(["win", "receive", "get", "earn"]);
const AWARDS = new Set(["award", "prize", "medal", "recognition"]);
/** The candidate's own group, which an award to is theirs too: "the team won the award". */
const GROUPS = new Set(["team", "staff", "member"]);
/** The other side of a market: their fortune is not the candidate's. */
const RIVALS = new Set(["competitor", "rival", "incumbent"]);
const ELSEWHERE = new Set(["another", "other", ...RIVALS]);
const isHad = (aux: Token) => aux.lemma === "have" && aux.normal !== "has" && aux.normal !== "have";
/** Verbs by which someone bought in or bought out: "the customer signed", "we were acquired". */
const BOUGHT = new Set(["sign", "renew", "acquire"]);
/** Particles that make a buying verb something else: "she signed off on it". */
const NOT_BOUGHT = new Set(["off"]);
const NO_ONE = new Set(["nobody", "none", "no"]);
/** Verbs that carry a judgement of someone's call: "she thought I was overreacting". */
const JUDGING = new Set("think say tell call insist reckon argue feel believe".split(" "));
/** Verbs that are a dismissal themselves: "he waved it off", "she overruled me". */
const DISMISSING = new Set("overrule dismiss brush wave laugh scoff".split(" "));
/** What a dismissal calls the call it dismisses: "overreacting", "fine", "too early". */
const DISMISSIVE = new Set(
  `overreact overreacting paranoid crazy mad nuts dramatic alarmist suspicious noise fine overkill
  premature early unnecessary waste academic uninvestable silly ridiculous`.split(/\s+/),
);
/**
 * Judgements that may as well be a go-ahead: "my lead said it was fine" dismisses a doubt only
 * when the candidate holds to it after ("but I put it on hold"); taken at its word ("so I shipped
 * it"), it is the start of the candidate's own mistake.
 */
const MILD = new Set(["fine"]);
/** Words by which the candidate holds to a call against someone: "but I", "I still", "anyway". */
const HOLDING = new Set(["but", "still", "anyway", "regardless", "nevertheless"]);
/** What a dismissal is aimed at, right after its verb: "dismissed it", "overruled me". */
const DISMISSED = new Set(["me", "my", "it", "this", "that", "the"]);
/** How far past its verb a dismissal's judgement is read, within the sentence. */
const JUDGEMENT_REACH = 10;

function words(parsed: ParsedText, first: number, last: number): Token[] {
  return parsed.tokens.slice(first, last + 1);
}

/** "he'd changed his mind": a contracted "had" the tokenizer spells out as "would". */
export function isPastPerfect(clause: Clause): boolean {
  const verb = clause.verb;
  return (
    verb !== undefined &&
    isParticiple(verb) &&
    clause.auxiliaries.some((aux) => aux.value.toLowerCase() === "'d")
  );
}

/** A clause told as something that happened: past, and no plan, wish or condition. */
export function isEvent(parsed: ParsedText, clause: Clause): boolean {
  if (isPastPerfect(clause)) return true;
  if (clause.modal) return false;
  // A "was" or "were" of its own makes a clause past even where the tagger took a noun for its
  // verb: "by the quarterly review/VERB my numbers were the ones on the slide".
  const pastBe = words(parsed, clause.first, clause.last).some(
    (t) => t.pos === "AUX" && (t.normal === "was" || t.normal === "were"),
  );
  if (!clause.past && !pastBe) return false;
  // "What I took from it is ...": a free relative that frames a lesson, not an event.
  const opener = parsed.tokens[clause.first];
  if (opener?.normal === "what") return false;
  return !["if", "unless"].includes(parsed.tokens[clause.first - 1]?.normal ?? "");
}

/** The last few of the story's event clauses: what happened in the end. */
function endingOf(events: readonly Clause[]): Set<Clause> {
  return new Set(events.slice(Math.max(0, events.length - ENDING_EVENTS)));
}

/** The second half of the story's event clauses, where a long ending may start. */
function laterHalfOf(events: readonly Clause[]): Set<Clause> {
  return new Set(events.slice(Math.floor(events.length / 2)));
}

/** The last few event clauses of the story: what happened in the end. */
export function storyEnding(parsed: ParsedText, clauses: readonly Clause[]): Set<Clause> {
  return endingOf(clauses.filter((clause) => isEvent(parsed, clause)));
}

function subjectWords(parsed: ParsedText, clause: Clause): Token[] {
  return clause.subject === undefined
    ? []
    : words(parsed, clause.subject.first, clause.subject.last);
}

/** The candidate's own thing is the subject: "my numbers", "mine", "our plan". */
function ownSubject(parsed: ParsedText, clause: Clause): boolean {
  return subjectWords(parsed, clause).some((t) => OWN.has(t.normal));
}

/**
 * "my numbers were the ones on the slide", "mine was the one that held up": the candidate's own
 * thing, a form of "be", and "the one(s)". Read on the words, since a tagger that takes "review"
 * in "by the quarterly review" for a verb leaves the clause's own subject unread.
 */
function isChosen(parsed: ParsedText, clause: Clause): boolean {
  const tokens = words(parsed, clause.first, clause.last);
  return tokens.some((token, i) => {
    if (!OWN.has(token.normal)) return false;
    let at = i + 1;
    while (tokens[at]?.pos === "NOUN" || tokens[at]?.pos === "PROPN") at += 1;
    const [be, the, one] = [tokens[at], tokens[at + 1], tokens[at + 2]];
    return (
      (be?.normal === "was" || be?.normal === "were") &&
      the?.normal === "the" &&
      (one?.normal === "one" || one?.normal === "ones")
    );
  });
}

/** Another party took the candidate's option: "they used my model's split". */
function isAdopted(parsed: ParsedText, clause: Clause): boolean {
  const verb = clause.verb;
  if (verb === undefined || !ADOPT.has(verb.lemma) || clause.passive) return false;
  const subject = subjectWords(parsed, clause);
  const other =
    clause.agent === "team" || (clause.agent === "other" && subject.some(namesAnotherPerson));
  return other && clause.complement.slice(0, 3).some((t) => OWN.has(t.normal));
}

/** The candidate's judgement lasted: "mine held up", "my bet paid off". */
function hasLasted(parsed: ParsedText, clause: Clause): boolean {
  const tokens = words(parsed, clause.first, clause.last);
  const owned = ownSubject(parsed, clause) || tokens.some((t) => OWN.has(t.normal));
  if (!owned) return false;
  return tokens.some((token, i) => {
    const particle = LASTED.get(token.lemma);
    if (particle === undefined || token.pos !== "VERB") return false;
    return particle === "" || tokens[i + 1]?.normal === particle;
  });
}

/** "I'd make the same call again", "that's the approach I'd take again". */
function isEndorsed(parsed: ParsedText, clause: Clause): boolean {
  if (clause.agent !== "self" || isPastPerfect(clause)) return false;
  if (!clause.auxiliaries.some((aux) => aux.normal === "would")) return false;
  const tokens = words(parsed, clause.first, clause.last);
  if (tokens.some((t) => CHOICE_REGRET.has(t.lemma))) return false;
  const again = tokens.some((t) => t.normal === "again");
  const same = tokens.some((t) => t.normal === "same");
  return again || same;
}

function isDelivered(clause: Clause, tokens: readonly Token[]): boolean {
  const verb = clause.verb;
  // "we launched two weeks late" is a date missed, told with the same verb.
  if (verb === undefined || tokens.some((t) => LATE.has(t.normal))) return false;
  if (FINISH.has(verb.lemma)) return true;
  // "it went live", "we went live on the 21st".
  const next = tokens[tokens.indexOf(verb) + 1];
  return verb.lemma === "go" && next?.normal === "live";
}

/**
 * "revenue from the roof went up by about 35%", "the stock roughly doubled", "latency dropped
 * from 800 milliseconds to 120", "she renewed for two years", "the startup was acquired", "I was
 * promoted", "the team won the regional award": the venture did well, or someone bought in. A
 * figure counts the way it is good to move (costs falling, sales rising); a rival's fortune, a
 * person growing ("she grew into the role") and a backstory told with "had" do not count.
 */
function isThriving(parsed: ParsedText, clause: Clause, tokens: readonly Token[]): boolean {
  // "two competitors had already signed most of the clinics": told as "had", it came before the
  // ending; and a rival's fortune is not the candidate's.
  if (isPastPerfect(clause) || clause.auxiliaries.some(isHad)) return false;
  const subject = subjectWords(parsed, clause);
  if (subject.some((t) => RIVALS.has(t.lemma))) return false;
  // "Nobody from the clubs signed up" is no one buying in; the tagger may read "the clubs" for
  // the subject, so the clause's opening word is read too.
  if (NO_ONE.has(tokens[0]?.normal ?? "") || subject.some((t) => NO_ONE.has(t.normal))) {
    return false;
  }
  const bought = tokens.find((t) => t.pos === "VERB" && BOUGHT.has(t.lemma));
  if (bought !== undefined) {
    // "Before I sign for a lot", "I signed the vendor's contract": the candidate signing is no
    // one buying in. "We signed three new clinics" still is.
    if (clause.agent === "self") return false;
    // "they signed with another firm" is a customer lost; "she signed off on it" is no deal.
    const elsewhere = clause.complement.some((t) => ELSEWHERE.has(t.lemma));
    const next = tokens[tokens.indexOf(bought) + 1];
    return !NOT_BOUGHT.has(next?.normal ?? "") && !elsewhere;
  }
  return isHonoured(parsed, clause, tokens) || figureMove(parsed, clause) === "better";
}

/** The candidate or their team honoured: "I was promoted", "our team won the regional award". */
function isHonoured(parsed: ParsedText, clause: Clause, tokens: readonly Token[]): boolean {
  // "I got promoted", "it got me promoted", not "I promoted her".
  if (tokens.some((t) => t.lemma === "promote" && t.pos === "VERB")) {
    const got =
      clause.verb?.lemma === "get" || clause.auxiliaries.some((aux) => aux.lemma === "get");
    const own = clause.agent === "self" && (clause.passive || got);
    return own || clause.complement.some((t) => t.normal === "me");
  }
  // An award goes to the candidate's work, team or place, not to another person.
  const another = (t: Token) => namesAnotherPerson(t) && !GROUPS.has(t.lemma);
  if (subjectWords(parsed, clause).some(another)) return false;
  const verb = tokens.find((t) => t.pos === "VERB" && HONOURED.has(t.lemma));
  return verb !== undefined && clause.complement.some((t) => AWARDS.has(t.lemma));
}

/** "we became close friends", "we resolved it": the relation ended well. */
function isReconciled(parsed: ParsedText, clause: Clause): boolean {
  const verb = clause.verb;
  if (verb === undefined || clause.agent !== "we") return false;
  const rest = clause.complement.map((t) => t.normal);
  if (["become", "stay", "remain"].includes(verb.lemma)) {
    return rest.some((w) => RELATION_NOUNS.has(w));
  }
  if (RESOLVE.has(verb.lemma)) return true;
  // "we worked it out", "we sorted things out".
  const out = words(parsed, clause.first, clause.last).some((t) => t.normal === "out");
  return ["work", "sort"].includes(verb.lemma) && out;
}

/** "I finished his migration scripts": the candidate did another person's part. */
function isCovering(clause: Clause): boolean {
  const verb = clause.verb;
  if (verb === undefined || clause.agent !== "self" || !REPAIR.has(verb.lemma)) return false;
  return clause.complement.slice(0, 2).some((t) => ["his", "her", "their"].includes(t.normal));
}

/**
 * Where someone else dismisses the candidate or their call, the last word of the dismissal:
 * "my manager thought I was overreacting", "a couple of the senior people told me it was too
 * early", "my team leader says it is fine", "he waved it off". A person or a group says it, and
 * says it as a judgement, not a plan ("she'd think it was fine"); a crowd in general ("people
 * say it's fine") and a thing ("the dashboard said it was fine") doubt no one.
 */
function dismissalEnd(
  parsed: ParsedText,
  clauses: readonly Clause[],
  at: number,
  near: Neighbours,
): number | undefined {
  const clause = clauses[at];
  if (clause === undefined) return undefined;
  const verb = clause.verb;
  if (verb === undefined || clause.modal) return undefined;
  const subject = subjectWords(parsed, clause);
  // "Nobody took it seriously": everyone at once, said as no one.
  const nobody = subject.some(
    (t, i) => t.normal === "nobody" || (t.normal === "no" && subject[i + 1]?.normal === "one"),
  );
  if (!nobody && clause.agent !== "other" && clause.agent !== "team") return undefined;
  // The one who judges is named in the clause: a clause that carries on another ("…and said it
  // was fine") is left unread, since the tagger's reading of who spoke is least sure there.
  if (!nobody && clause.agent === "other" && !subject.some(namesAnotherPerson)) return undefined;
  const sentence = parsed.sentences[verb.sentence];
  if (sentence === undefined) return undefined;
  const reach = parsed.tokens.slice(
    verb.index + 1,
    Math.min(verb.index + 1 + JUDGEMENT_REACH, sentence.lastToken + 1),
  );
  if (nobody || clause.negated) {
    const end = deniedHearing(verb, reach, nobody);
    // "She didn't think it was a problem" dismisses a call only where the candidate made one.
    const judged = verb.lemma === "think" || (verb.lemma === "believe" && !nobody);
    return end !== undefined && judged && !raisedBefore(clauses, at, near) ? undefined : end;
  }
  if (DISMISSING.has(verb.lemma)) {
    return reach.slice(0, 3).some((t) => DISMISSED.has(t.normal)) ? verb.index + 1 : undefined;
  }
  // "he rolled his eyes".
  if (verb.lemma === "roll") return reach.slice(0, 2).find((t) => t.normal === "eyes")?.index;
  if (!JUDGING.has(verb.lemma)) return undefined;
  // "She told me to drop it": the call dismissed as a thing to let go.
  const to = reach.findIndex((t) => t.normal === "to");
  const letGo = to === -1 ? undefined : reach[to + 1];
  if (verb.lemma === "tell" && letGo !== undefined && LET_GO.has(letGo.lemma)) {
    const object = reach[to + 2];
    return object !== undefined && DISMISSED.has(object.normal) ? object.index : letGo.index;
  }
  // "thought I had lost my mind": the one idiom of the kind written with a verb.
  const judgement = reach.find(
    (t, i) =>
      DISMISSIVE.has(t.normal) ||
      DISMISSIVE.has(t.lemma) ||
      (t.lemma === "lose" && reach[i + 1]?.normal === "my" && reach[i + 2]?.normal === "mind"),
  );
  if (judgement === undefined) return undefined;
  if (MILD.has(judgement.normal) && !heldTo(clauses, at, near)) return undefined;
  if (judgement.lemma === "lose") return judgement.index + 2;
  // To the end of its phrase: "an academic exercise", "\"a waste of time\"".
  let end = judgement.index;
  const next = (at: number) => parsed.tokens[at + 1];
  while (next(end)?.pos === "NOUN" && next(end)?.sentence === verb.sentence) end += 1;
  if (QUOTE_MARKS.has(next(end)?.value ?? "")) end += 1;
  return end;
}

/** What a call is told to be let go as: "told me to drop it", "to forget about it". */
const LET_GO = new Set(["drop", "forget", "ignore", "leave", "stop"]);

/** What a denied judgement says a call is not: "didn't think it was worth fixing". */
const UNWORTHY = new Set(
  "worth necessary needed important serious real urgent priority problem issue".split(" "),
);

/**
 * A dismissal said as a denial: "nobody took it seriously", "my supervisor didn't think it was
 * worth fixing", "he didn't believe me", "no one listened". Any other denied clause ("she never
 * thought I was overreacting") dismisses nothing.
 */
function deniedHearing(verb: Token, reach: readonly Token[], nobody: boolean): number | undefined {
  if (verb.lemma === "take") return reach.find((t) => t.normal === "seriously")?.index;
  if (verb.lemma === "listen") return verb.index;
  if (verb.lemma === "believe" && (nobody || reach[0]?.normal === "me")) return verb.index;
  if (verb.lemma === "think" || verb.lemma === "believe") {
    return reach.find((t) => UNWORTHY.has(t.normal))?.index;
  }
  return undefined;
}

/** Verbs by which the candidate puts a call forward: "I flagged it", "I noticed the form was…". */
const RAISING = new Set(
  "raise flag notice propose suggest warn mention point report spot insist argue".split(" "),
);

/**
 * For each clause, the nearest clause of the candidate's before it that puts a call forward, and
 * the nearest after it that holds to one: found in one pass each way, so reading every clause's
 * neighbourhood stays linear however many dismissals an answer holds.
 */
interface Neighbours {
  readonly raisedBefore: readonly (number | undefined)[];
  readonly heldAfter: readonly (number | undefined)[];
}

function readNeighbours(parsed: ParsedText, clauses: readonly Clause[]): Neighbours {
  const raisedBefore: (number | undefined)[] = [];
  let raised: number | undefined;
  clauses.forEach((clause, at) => {
    raisedBefore.push(raised);
    if (clause.agent === "self" && clause.verb !== undefined && RAISING.has(clause.verb.lemma)) {
      raised = at;
    }
  });
  const heldAfter: (number | undefined)[] = new Array<number | undefined>(clauses.length);
  let held: number | undefined;
  for (let at = clauses.length - 1; at >= 0; at -= 1) {
    heldAfter[at] = held;
    const clause = clauses[at];
    if (clause !== undefined && holds(parsed, clause)) held = at;
  }
  return { raisedBefore, heldAfter };
}

/** A clause of the candidate's that opens with, or holds, "but", "still" or "anyway". */
function holds(parsed: ParsedText, clause: Clause): boolean {
  if (clause.agent !== "self" || clause.negated) return false;
  const opener = parsed.tokens[clause.first - 1];
  const own = parsed.tokens.slice(clause.first, clause.last + 1);
  return HOLDING.has(opener?.normal ?? "") || own.some((t) => HOLDING.has(t.normal));
}

/** The candidate put a call forward in this sentence or the two before, before the clause. */
function raisedBefore(clauses: readonly Clause[], at: number, near: Neighbours): boolean {
  const earlier = clauses[near.raisedBefore[at] ?? -1];
  const clause = clauses[at];
  return earlier !== undefined && clause !== undefined && earlier.sentence >= clause.sentence - 2;
}

/**
 * The candidate holds to their call after someone's judgement: a clause of theirs in this
 * sentence or the next two opens with, or holds, "but", "still" or "anyway".
 */
function heldTo(clauses: readonly Clause[], at: number, near: Neighbours): boolean {
  const later = clauses[near.heldAfter[at] ?? -1];
  const clause = clauses[at];
  return later !== undefined && clause !== undefined && later.sentence <= clause.sentence + 2;
}

const QUOTE_MARKS = new Set(['"', "\u201d", "'", "\u2019"]);

function readingOf(
  parsed: ParsedText,
  clause: Clause,
  dismissed: boolean,
): ShapeReading | undefined {
  const tokens = words(parsed, clause.first, clause.last);
  if (isEndorsed(parsed, clause)) return "endorsed";
  // Told in the present too: "my team leader says it is fine" in a story told as it happens.
  if (dismissed) return "doubted";
  if (!isEvent(parsed, clause)) return undefined;
  if (isChosen(parsed, clause) || isAdopted(parsed, clause) || hasLasted(parsed, clause)) {
    return "prevailed";
  }
  if (isCovering(clause)) return "covered";
  if (isDelivered(clause, tokens)) return "delivered";
  if (isReconciled(parsed, clause)) return "reconciled";
  if (isThriving(parsed, clause, tokens)) return "thrived";
  return undefined;
}

/** Every clause whose shape tells how the story turned out, with whether it closes the story. */
export function readStoryShape(parsed: ParsedText, clauses: readonly Clause[]): ShapeHit[] {
  // Which clauses are events is read once, for the ending and the later half alike.
  const events = clauses.filter((clause) => isEvent(parsed, clause));
  const ending = endingOf(events);
  const late = laterHalfOf(events);
  const hits: ShapeHit[] = [];
  const near = readNeighbours(parsed, clauses);
  clauses.forEach((clause, at) => {
    const dismissal = dismissalEnd(parsed, clauses, at, near);
    const reading = readingOf(parsed, clause, dismissal !== undefined);
    if (reading === undefined) return;
    const tokens = words(parsed, clause.first, clause.last);
    const first = Math.min(clause.subject?.first ?? clause.first, clause.first);
    // A dismissal is quoted to its judgement, which often stands in the next clause.
    const last =
      reading === "doubted" ? Math.max(clause.last, dismissal ?? clause.last) : clause.last;
    hits.push({
      reading,
      negated: clause.negated,
      ending: reading === "endorsed" || ending.has(clause),
      late: late.has(clause) || ending.has(clause),
      timed: tokens.some((t) => TIMING.has(t.normal)),
      evidence: tokenEvidence(parsed, first, last),
    });
  });
  return hits;
}

/** A weight toward the ask (positive) or against it (negative), and what an opposite says. */
export interface ShapeWeight {
  readonly weight: number;
  readonly told?: string;
}

/**
 * How a shape reading weighs against each ask. An ending counts in full and an event earlier in
 * the story by half: a story may pass through a win on its way to the loss it was asked for.
 */
export function weighShape(ask: PolarityAsk, hit: ShapeHit): ShapeWeight | undefined {
  const share = hit.ending ? 1 : 0.5;
  switch (hit.reading) {
    case "endorsed":
      // Only a mistake is undone by choosing it again: "I lost, but I'd push back again" is fine.
      // Half a weight: "I'd raise the alarm again" may keep a judgement while owning its cost.
      return ask === "error" && !hit.negated
        ? { weight: -0.5, told: "you would make the same call again" }
        : undefined;
    case "prevailed":
      if (hit.negated) return ask === "error" || ask === "loss" ? { weight: 0.5 } : undefined;
      if (ask === "error") return { weight: -share, told: "your own call held up" };
      if (ask === "loss" || ask === "unresolved")
        return { weight: -share, told: "your view carried" };
      return ask === "mind-change" ? { weight: -share, told: "your view carried" } : undefined;
    case "delivered":
      if (ask !== "miss" || !hit.ending) return undefined;
      if (hit.negated) return { weight: 0.5 };
      return { weight: hit.timed ? -1 : -0.5, told: "the work was delivered" };
    case "reconciled":
      if (ask !== "unresolved") return undefined;
      return hit.negated ? { weight: 1 } : { weight: -share, told: "it ended the way you wanted" };
    case "covered":
      return ask === "error" && !hit.negated
        ? { weight: -0.5, told: "you covered for someone else" }
        : undefined;
    case "thrived":
      // Asked for a failure, a story that closes on its venture thriving tells a success; a
      // story that passes through growth on its way to the failure is read by its ending.
      if (ask !== "error" || !hit.late) return undefined;
      return hit.negated ? { weight: 0.5 } : { weight: -1, told: "it turned out well" };
    case "doubted":
      // Asked when the candidate was wrong, a story built on someone doubting their call tells
      // the doubt answered; where the doubter was right, the story says so ("she was right", "I
      // should have listened") and that weighs toward the ask.
      return ask === "error"
        ? { weight: -1, told: "someone doubted your call, and nothing in it shows you wrong" }
        : undefined;
  }
}
