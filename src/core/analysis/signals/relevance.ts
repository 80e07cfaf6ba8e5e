import type { AnswerKind } from "../../content/schema.ts";
import { type Clause, clauseIndex } from "../clauses.ts";
import { type Evidence, sentenceEvidence, tokenEvidence } from "../evidence.ts";
import { type ParsedText, sentenceTokens, type Token } from "../nlp.ts";
import {
  compilePhrases,
  findPhrases,
  type PhraseMatch,
  type PhraseSet,
  sentencesWith,
} from "../phrases.ts";
import { type ActDirection, readActDirection } from "./act-direction.ts";
import { readBrokenForecasts, readUndoings } from "./broken-forecasts.ts";
import { handedOn, readFeedbackDirection } from "./feedback-direction.ts";
import { figureMove } from "./figures.ts";
import {
  namesAnotherPerson,
  PEOPLE_PRONOUNS,
  ROLE_WORDS,
  SUPERIOR_WORDS,
  subjectHas,
  subjectIsAPerson,
} from "./people.ts";
import { type PolarityVerdict, readPolarity, untoldTokens } from "./polarity.ts";
import {
  askedFor,
  LOSS_ASK,
  type PolarityAsk,
  POLARITY_ASK_NAMES,
  readPolarityAsks,
} from "./polarity-cues.ts";
import { asksAboutAnotherTeam, readSameTeamOnly } from "./team-bounds.ts";
import { isConcrete } from "./substance.ts";

/** What kind of story the question asks for, where that can be read from its words. */
export interface QuestionAsk {
  /** Another person is at the heart of it: "a colleague whose style grated on you". */
  readonly person: boolean;
  /** The candidate's own mistake, failure or being wrong. */
  readonly mistake: boolean;
  /** A time the candidate pushed back, disagreed or said no. */
  readonly pushback: boolean;
  /** The candidate's own manager is the other party: "a conflict you had with your manager". */
  readonly superior: boolean;
  /** A clash the candidate was a party to: "a conflict you had", "a disagreement with your lead". */
  readonly clash: boolean;
  /** A time the candidate lost: "pushed back and lost". */
  readonly loss: boolean;
  /** Feedback or criticism the candidate received: "the hardest feedback you've received". */
  readonly feedbackReceived: boolean;
  /** Hard words the candidate had to say to someone: "tell a colleague their work fell short". */
  readonly feedbackGiven: boolean;
  /** An apology the candidate made or owed: "a time you had to apologise". */
  readonly apology: boolean;
  /** Help the candidate needed and asked for: "a time you asked for help". */
  readonly helpSought: boolean;
  /** A call made on little to go on: "a decision with very little data", "incomplete information". */
  readonly scarceData: boolean;
  /** A decision the candidate reversed: "a decision you made and later reversed". */
  readonly ownReversal: boolean;
  /** Someone on another team than the candidate's: "a peer on a different team". */
  readonly otherTeam: boolean;
  /** Why this company or this role. */
  readonly company: boolean;
  /** The question names the place asked about: "why this role", "why Anthropic", "days here". */
  readonly place: boolean;
  /**
   * Asked for a view of something of the company's own ("what do you think of our responsible
   * scaling policy?"), the words that name it apart from a bare "policy": scaling, responsible.
   */
  readonly ours: OurThing | undefined;
  /** Which way the story must turn out: the candidate wrong, a date missed, an argument lost. */
  readonly polarity: readonly PolarityAsk[];
  /** The question's own concrete words, as lemmas: what it is about. */
  readonly topic: ReadonlySet<string>;
  /** Every word of the question, as written and as lemma: what an answer's opening may echo. */
  readonly words: ReadonlySet<string>;
  /** The part of the question that says what it asks, for the flag's message. */
  readonly text: string;
  /** The ask is a follow-up's: it asks for no kind of story, only a reply to itself. */
  readonly followUp: boolean;
  /** The question invites another story: "tell me about a different project". */
  readonly invitesAnother: boolean;
  /**
   * The question asks how the candidate would respond once something has happened: "What would
   * you do if, on launch day, you found that…". Making sure it never happens answers another.
   */
  readonly response: boolean;
  /** The question asks for a story (not a view, a hypothetical or a follow-up's reply). */
  readonly story: boolean;
}

/** Something of the company's own that a question asks about: "our responsible scaling policy". */
export interface OurThing {
  /** The question's words for it, as written. */
  readonly text: string;
  /** The lemmas that name it apart from a bare noun any answer would use. */
  readonly words: ReadonlySet<string>;
}

/** Whether the answer answers what was asked. */
export interface RelevanceSignal {
  readonly ask: QuestionAsk | undefined;
  /** References to other people, one at a time: pronouns, roles, first names (not "people"). */
  readonly people: number;
  /** Exchanges between people: "I told her", "he pushed back", "we argued". */
  readonly exchanges: number;
  /** Admissions, failures and things gone wrong. */
  readonly setbacks: number;
  /**
   * The candidate's own distress (OwnedFault.distress). A shaken teller is no proof the asked
   * mistake is there (a near miss caught in time shakes too), but it makes "nothing in it went
   * wrong" a close call rather than a certainty.
   */
  readonly distress: number;
  /**
   * Slips told as someone else's and none as the candidate's: "he forgot the transfer", "she had
   * skipped the checks". Zero when any slip in the story is the candidate's own or shared.
   */
  readonly othersSlipsOnly: number;
  /** Disagreement, objection, refusal. */
  readonly disagreements: number;
  /**
   * Asked for a clash the candidate had, the story's disagreements are all between others and the
   * candidate says they watched it: "Marco and Li could not agree… I mostly just sat there".
   */
  readonly onlooking: readonly Evidence[];
  /**
   * Asked what the candidate would do, the answer tells only what someone else did or ought to
   * do: "Our manager noticed… She took him for a coffee… She had him rerun it", "managers should
   * be open to pushback". The clauses where they act.
   */
  readonly othersActInstead: readonly Evidence[];
  /**
   * Asked for a call made on little data, the sentences that say the data was plentiful or clear
   * ("I had eighteen months of order lines", "the data was really clear"), when nothing in the
   * answer says what was not known. Empty otherwise.
   */
  readonly plentyOfData: readonly Evidence[];
  /**
   * Asked for a decision the candidate reversed, the clauses where someone else reverses it
   * ("the plant director reversed it"), when the candidate reverses nothing and tells no change
   * of mind of their own. Empty otherwise.
   */
  readonly reversedByOthers: readonly Evidence[];
  /**
   * Asked about someone on another team, the sentences that place the other person on the
   * candidate's own ("another engineer on my team, Tomasz"), when the answer names no other unit
   * (signals/team-bounds.ts). Empty otherwise.
   */
  readonly sameTeamOnly: readonly Evidence[];
  /** Those above the candidate named by role (SUPERIOR_WORDS), not someone else's. */
  readonly superiors: number;
  /** Mentions of the company, its work, or "you"/"your" addressed to it. */
  readonly companyMentions: number;
  /**
   * Asked about this company or this role, an answer long enough to have said something of them
   * names neither, nor "you", "your team" or "here": why the candidate is leaving, or why AI.
   */
  readonly placeUnnamed: boolean;
  /**
   * Asked about something of the company's own, an answer long enough to have said something of
   * it names neither it nor "you" or "your": a neighbouring policy, or the field's.
   */
  readonly oursUnnamed: boolean;
  /** Losing, being overruled, a decision going the other way. */
  readonly losses: number;
  /** Telling someone something hard: "I had to tell her", "I pulled him aside". */
  readonly feedbackGiven: number;
  /** Being told it: "she told me", "I got feedback", "one comment said", "I was told". */
  readonly feedbackReceived: number;
  /**
   * Which way the feedback travels, read clause by clause (signals/feedback-direction.ts): surer
   * than the words above, which also catch "she'd told me she was leaving".
   */
  readonly feedbackTravels: { readonly given: number; readonly received: number };
  /** Who apologises, and who asks whom for help. */
  readonly acts: ActDirection;
  /** Share of the question's topic words the answer uses (0 when the question has none). */
  readonly topicOverlap: number;
  /** How the story turned out against each polarity the question asks for. */
  readonly polarity: readonly PolarityVerdict[];
  /** The opening of the answer, quoted when it answers something else. */
  readonly opening: Evidence | undefined;
  /**
   * The answer's opening saying it answers something else: "I would like to tell about a
   * different project", "I'd rather talk about", "the bigger question is regulation".
   */
  readonly swaps: readonly Evidence[];
  /**
   * Asked how the candidate would respond to something that has happened, the answer's opening
   * turns to making sure it never happens: "by making sure it never reaches launch day".
   */
  readonly preventions: readonly Evidence[];
  /**
   * Asked about a conflict with a person, the answer's opening names a thing as the other side:
   * "the biggest conflict I dealt with was honestly with our build system".
   */
  readonly thingConflicts: readonly Evidence[];
  /**
   * What in the answer tells the asked story however its wording leans: the candidate owning a
   * fault or wishing they had acted otherwise (for a mistake or a missed date), or a change of
   * mind with its before, its cause and its after (for a changed mind).
   */
  readonly fits: Readonly<Partial<Record<PolarityAsk, readonly Evidence[]>>>;
}

/** What the candidate owns as theirs, whatever the rest of the story says: not an outcome. */
export interface OwnedFault {
  /** "My mistake was", "I got it wrong", "that was on me". */
  readonly admissions: readonly Evidence[];
  /**
   * The candidate's own distress, named or shown: "I went cold", "I didn't sleep that night". A
   * story that shakes its teller usually has something in it that went wrong (RelevanceSignal).
   */
  readonly distress: readonly Evidence[];
  /** The candidate's change of mind, complete: before, what moved it, after. */
  readonly changedMind: readonly Evidence[];
}

/** The candidate wishing they had acted otherwise: "I should have asked", "I'd do it differently". */
const COUNTERFACTUALS = compilePhrases([
  "i should not? have",
  "i wish i have|had",
  "i would do it|that|this|things * differently",
  "i would do it|that|this|things differently",
  "if i do|did|had * again * would",
]);

// Only a person named in the question makes one the heart of the story: "affected other people"
// asks about a mistake, and "conflicted with your values" about a choice.
const PERSON_ASK = compilePhrases([
  "someone|somebody|person|colleague|coworker|co-worker|teammate|peer|manager|boss|mentee|mentor",
  "whose",
  "with whom",
]);

const MISTAKE_ASK = compilePhrases([
  "mistake|mistakes",
  // "An error of yours that reached production".
  "error|errors of yours",
  "error|errors you make|made",
  "wrong",
  "fail|failed|failure|failing",
  "mess|messed up",
  "regret|regrets",
  "fell|fall short",
  "go|went badly|wrong",
  "not go|went well",
  "miss|missed",
  "not pay|paid off",
]);

// Only the candidate's own: "someone senior to you" may be anyone above them.
const SUPERIOR_ASK = compilePhrases(["your line? manager|boss|supervisor"]);

/** The candidate placed under someone: "I reported to her", "I was his sous chef". */
const UNDER_SOMEONE = compilePhrases([
  "report|reported|reporting to",
  "work|worked|working for|under",
  "i be his|her|their #NOUN",
  "i be his|her|their * #NOUN",
]);

function superiorsNamed(parsed: ParsedText): number {
  return (
    count(parsed, UNDER_SOMEONE) +
    parsed.tokens.filter(
      (token) =>
        (token.pos === "NOUN" || token.pos === "PROPN") &&
        (SUPERIOR_WORDS.has(token.normal) || SUPERIOR_WORDS.has(token.lemma)) &&
        !someoneElses(parsed, token.index),
    ).length
  );
}

/** How many words of a compound may stand between a role and its owner: "program director". */
const COMPOUND_REACH = 2;

/**
 * Whether a role belongs to someone else: "his manager", "the department's program director",
 * "the client's manager"; not "my company's CEO", whose owner is the candidate's.
 */
function someoneElses(parsed: ParsedText, at: number): boolean {
  let before = at - 1;
  for (let step = 0; step < COMPOUND_REACH && parsed.tokens[before]?.pos === "NOUN"; step += 1) {
    before -= 1;
  }
  const owner = parsed.tokens[before];
  if (owner === undefined) return false;
  if (OTHERS_POSSESSIVES.has(owner.normal)) return true;
  if (owner.normal !== "'s") return false;
  // "My company's CEO", "our client's manager": whose the possessor is decides.
  const possessor = parsed.tokens.slice(Math.max(0, before - 3), before - 1);
  return !possessor.some((token) => token.normal === "my" || token.normal === "our");
}

const PUSHBACK_ASK = compilePhrases([
  "push|pushed back",
  "pushback",
  "say|said no",
  "object|objected",
]);

const FEEDBACK_RECEIVED_ASK = compilePhrases([
  "feedback|criticism you * * received|got|get|receive",
  "feedback|criticism you * received|got|get|receive",
  "feedback|criticism you received|got|get|receive",
  "receive|received|get|got * feedback|criticism",
  "receive|received|get|got feedback|criticism",
  "feedback|criticism someone|somebody|anyone gave|give|given you",
  "feedback|criticism someone|somebody|anyone * gave|give|given you",
  "give|gave you * feedback|criticism",
  "give|gave you feedback|criticism",
]);

// The candidate as the one who says it. "Deliver" alone is not enough: "a time you had to deliver
// with ambiguous requirements" asks about shipping, not about words.
const FEEDBACK_GIVEN_ASK = compilePhrases([
  "you have|had to tell",
  "you have|had to give|deliver * feedback|criticism|news",
  "you have|had to give|deliver * * feedback|criticism|news",
  "you have|had to give|deliver * * * feedback|criticism|news",
  "you have|had to give|deliver feedback|criticism|news",
  "you tell|told someone|somebody|your|colleague|teammate|peer|report|manager",
  "you give|gave|deliver|delivered * feedback|criticism|news",
  "you give|gave|deliver|delivered * * feedback|criticism|news",
  // The feedback named first: "a piece of difficult feedback you had to deliver to someone".
  "feedback|criticism|news you have|had to give|deliver|share",
  "feedback|criticism|news you give|gave|deliver|delivered|share|shared",
]);

/** The candidate telling someone else something hard. */
const FEEDBACK_GIVEN = compilePhrases([
  "i tell|told him|her|them",
  "i have|had to tell",
  "i give|gave him|her|them",
  "i pull|pulled him|her|them aside|up",
  "i sit|sat him|her|them down",
  "i ask|asked him|her|them to",
  "give|gave|giving feedback to",
  "i raise|raised it with",
  "i ring|rang|call|called|phone|phoned|email|emailed * to say|tell",
  "i ring|rang|call|called|phone|phoned|email|emailed * * to say|tell",
]);

/** Someone telling the candidate: the feedback comes to them. */
const FEEDBACK_RECEIVED = compilePhrases([
  "tell|told|telling me",
  "say|said to me",
  "give|gave me",
  "i be|was|were told",
  "i get|got|receive|received",
  "pull|pulled me aside",
  "sit|sat me down",
  "call|called me out",
  "criticise|criticised|criticize|criticized me",
  "about me",
  "comment|comments|criticism|critique",
  // Told to the candidate's team, or sent in as a complaint: "they told us", "sent us a complaint".
  "tell|told|telling us",
  "give|gave us",
  "say|said to us",
  "complaint|complaints|complain|complained",
  // News that came to the candidate: "the worst news I ever got", "the client rang us to say".
  "news i * get|got|receive|received|hear|heard",
  "get|got|receive|received|hear|heard the|bad|that news",
  "ring|rang|call|called|phone|phoned|email|emailed me|us to say|tell",
]);

const APOLOGY_ASK = compilePhrases([
  "you apologise|apologize|apologised|apologized",
  "you * to apologise|apologize",
  "you have|had to apologise|apologize",
  "apology you owe|owed|make|made|give|gave|offer|offered",
  "you owe|owed|make|made * apology",
  "you say|said sorry",
]);

const HELP_ASK = compilePhrases([
  "you ask|asked for help|advice|support",
  "you * ask|asked for help|advice|support",
  "you need|needed help",
  "you need|needed * help",
  // Whom they asked named between: "when did you last ask someone for help".
  "you ask|asked * for help|advice|support",
  "you * ask|asked * for help|advice|support",
]);

const LOSS_WORDS = compilePhrases([
  "lose|lost",
  "overrule|overruled",
  "go|went ahead anyway",
  "go|went ahead with",
  "decide|decided against",
  "not change|changed",
  "not listen|listened",
  "shot down",
  "reject|rejected",
  "say|said no",
  "not win",
  "not get my way",
]);

const EXCHANGE_VERBS = new Set(
  `tell say ask argue disagree talk speak meet email message call reply answer explain apologize
  apologise confront interrupt push object refuse insist complain thank challenge propose suggest
  warn admit promise accuse blame criticize criticise ignore listen agree convince persuade
  escalate shout yell`
    .split(/\s+/)
    .filter(Boolean),
);

const SETBACK_WORDS = compilePhrases([
  "mistake|mistakes|error|fault|blunder|oversight",
  "wrong",
  "fail|failed|failure|failing",
  "mess|messed up",
  "screw|screwed up",
  "miss|missed",
  "regret|regretted",
  "my fault",
  "should not have",
  "should have",
  "lost|lose",
  "outage|incident|bug|rollback|postmortem",
  "go|went wrong",
  "backfire|backfired",
  "overlook|overlooked|underestimate|underestimated|misjudge|misjudged|misread",
  "slip|slipped|late|delay|delayed|behind|overran|overrun",
  "fall|fell over|apart|through|short",
  "roll|rolled * back",
  "crash|crashed|outage|downtime|failing|fallout|backlash|complaint|complaints",
  "break|broke|broken prod|production|it|something|checkout|everything",
  "break|broke|broken the build|site|app|page|deploy",
  "go|went down",
  "cost|costs us|me|them|the",
  "wrong call|bad call",
  "over budget",
  "apologize|apologise|apologized|apologised|sorry",
  "embarrass|embarrassed|ashamed|guilty",
  // A bet that came good for no one: "the onboarding came to nothing", "we wasted a quarter".
  "come|came to nothing",
  "for nothing",
  "in vain",
  "waste|wasted",
  "wipe|wiped out",
  // A bad stretch said as one: "that was a bad week", "a rough quarter".
  "a bad|terrible|awful|rough|horrible|brutal week|day|month|quarter|year|night|stretch",
  // A shortfall: "fewer than half of doses were being scanned".
  "fewer|less than half",
  "under half",
  // The money or the product gone: "we ran out of runway", "we pulled it from stores".
  "run|ran out of money|cash|runway|funding",
  // Damage the story's product or work did: "housings cracking", "we published a correction".
  "crack|cracked|cracking",
  "send|sent * back",
  "recall|recalled",
  "rework",
  "correction|retraction|retract|retracted",
  "pull|pulled * from|off the? stores|shelves|market|sale",
  "pull|pulled * * from|off the? stores|shelves|market|sale",
  // Customers harmed: "300 customers were billed twice", "we double-charged them".
  "bill|billed|charge|charged|paid|emailed|notified twice",
  "double -? charge|charged|bill|billed",
  "overcharge|overcharged|overbill|overbilled",
  // A step skipped on the way: "I shipped it without testing the annual plans".
  "without testing|checking|reviewing|review|tests|a test|a review|telling|asking|warning",
  // A date that did not hold: "testing took longer than was planned", "we pushed go-live".
  "take|took longer than be? plan|planned|expected|estimated|promised|hoped",
  "push|pushed|pushing the? go-live|launch|release|date|deadline|cutover|ship|delivery",
  "push|pushed|pushing go - live",
]);

/** Words that deny the setback named after them: "with no incidents", "zero downtime". */
const DENIERS = new Set(["no", "zero", "without", "never"]);

/** Verbs that only fear or imagine what follows them: "would double-charge", "might miss". */
const FEARING = new Set(["would", "could", "might", "may", "will", "can"]);

/** Nouns that make a setback word a precaution: "a rollback plan", "an outage drill". */
const PRECAUTIONS = new Set([
  "plan",
  "plans",
  "script",
  "procedure",
  "drill",
  "runbook",
  "strategy",
]);

/**
 * Setback words told as having happened: not denied ("it went out with no incidents", "zero
 * downtime"), not a precaution ("I wrote a rollback plan") and not only feared or imagined ("a bad
 * cut-over would double-charge 40,000 customers", "we might miss the date").
 */
function toldSetbacks(parsed: ParsedText): number {
  return findPhrases(parsed, SETBACK_WORDS).filter((match) => {
    const before = parsed.tokens.slice(Math.max(0, match.first - 2), match.first);
    const denied = before.some(
      (token, i) =>
        DENIERS.has(token.normal) && (i === before.length - 1 || before[i + 1]?.pos === "ADJ"),
    );
    if (denied) return false;
    if (PRECAUTIONS.has(parsed.tokens[match.last + 1]?.normal ?? "")) return false;
    return !fearedOnly(parsed, match, before);
  }).length;
}

const CONTRACTED_MODAL = /^['’]d$/;

/**
 * A setback word that a modal puts in the future or the imagined: "would double-charge", "we
 * might miss". Only a verb can be feared ("my wrong call" stays told in "I'd love to say my wrong
 * call was caring too much"), though right after a modal a word is one however the tagger read it;
 * and "I'd failed them" is "I had", not "I would".
 */
function fearedOnly(parsed: ParsedText, match: PhraseMatch, before: readonly Token[]): boolean {
  const modal = before.find((t) => FEARING.has(t.normal) || CONTRACTED_MODAL.test(t.value));
  if (modal === undefined) return false;
  const words = parsed.tokens.slice(match.first, match.last + 1);
  const verb =
    words.find((t) => t.pos === "VERB") ?? (before.at(-1) === modal ? words.at(-1) : undefined);
  if (verb === undefined) return false;
  return !CONTRACTED_MODAL.test(modal.value) || verb.normal === verb.lemma;
}

/** What was hoped for and did not come: "we didn't get the grant", "it didn't work". */
const NOT_COME = compilePhrases([
  "not get|got it|them|funded|approved|selected|picked|funding|through|the|a|an|that|our|any",
  "not win|won it|the|a|an|that|our|any",
  "not hit|make|meet|reach|pass it|the|our|its|their|any",
  "not work|worked",
  "never get|got|hit|made|make|reach|reached|caught|take|took|found|find",
  // Work given up, said the way a business says it: "the committee shelved the project".
  "shelve|shelved|scrap|scrapped|cancel|cancelled|canceled|abandon|abandoned|mothball|mothballed",
  "pull|pulled the plug",
  "wind|wound|shut it|down",
  "close|closed it|down|shop",
]);

/** Words that make a sentence a generality, not an event: "things didn't always work out". */
const GENERAL = new Set(["always", "every", "ever", "sometimes", "often", "usually"]);

/** Words that mark a miss as the first try of a story that went on to succeed. */
const FIRST_TRY = new Set(["first", "initially", "originally", "early"]);

/**
 * Hopes that did not come and work given up, as setbacks of the story: not in a generality
 * ("things didn't always work out"), not one told as a first try ("the first
 * version didn't get approved", "it didn't work at first"), which a success story passes on its
 * way, and not another party's ("our competitor didn't get the contract").
 */
function hopesUnmet(parsed: ParsedText, clauseOf: readonly (Clause | undefined)[]): number {
  return findPhrases(parsed, NOT_COME).filter((match) => {
    const clause = clauseOf[match.first] ?? clauseOf[match.last];
    if (clause === undefined) return true;
    const sentence = parsed.sentences[clause.sentence];
    const words = parsed.tokens.slice(
      sentence?.firstToken ?? clause.first,
      (sentence?.lastToken ?? clause.last) + 1,
    );
    if (words.some((t) => FIRST_TRY.has(t.normal) || GENERAL.has(t.normal))) return false;
    return !(clause.agent === "other" && subjectIsAPartyApart(parsed, clause));
  }).length;
}

/** A subject that is someone outside the candidate's side: a person, a rival, a competitor. */
function subjectIsAPartyApart(parsed: ParsedText, clause: Clause): boolean {
  return subjectHas(parsed, clause, (t) => namesAnotherPerson(t) || RIVALS.has(t.lemma));
}

const RIVALS = new Set([
  "competitor",
  "rival",
  "bidder",
  "incumbent",
  "vendor",
  "supplier",
  "contractor",
]);

/** Verbs that are a slip when someone does them: "he forgot", "they skipped the review". */
const SLIP_VERBS = new Set(
  `forget skip ignore miss break drop fail mess screw overlook underestimate misjudge overwrite
  delete wipe`
    .split(/\s+/)
    .filter(Boolean),
);

const OTHERS_POSSESSIVES = new Set(["his", "her", "their"]);
/** Words between a slip and whose it is: "my first big mistake". */
const DESCRIBING: ReadonlySet<string> = new Set(["ADJ", "NUM", "ADV"]);
/** Setback words that name the putting right of a slip, not the slip. */
const REPAIRS: ReadonlySet<string> = new Set([
  "correction",
  "retraction",
  "rework",
  "rollback",
  "postmortem",
  "post-mortem",
  "retro",
  "retrospective",
]);

/** Subjects that make a slip verb the speaker's or their team's: "I dropped", "we missed". */
const OWN_SUBJECTS: ReadonlySet<string> = new Set(["i", "we"]);

/**
 * Whether a slip verb is done by someone at all: not in a clause that describes a thing ("a
 * change that broke validation", "a rule that fails any retry above five"), and, where the
 * subject is written, not by a thing the speaker has ("my stomach dropped").
 */
function slipHasADoer(parsed: ParsedText, clause: Clause): boolean {
  if (THING_RELATIVES.has(parsed.tokens[clause.first - 1]?.normal ?? "")) return false;
  if (clause.subject === undefined || (clause.agent !== "self" && clause.agent !== "we")) {
    return true;
  }
  return subjectHas(parsed, clause, (t) => OWN_SUBJECTS.has(t.normal));
}

/** Relative pronouns that describe a thing; "who" describes a person, who may slip. */
const THING_RELATIVES: ReadonlySet<string> = new Set(["that", "which"]);

/**
 * Whose the story's slips are: each setback cue and each slip verb is read in its clause. The
 * count is of the slips told as another person's, and zero as soon as one is the candidate's own
 * or the team's, or the candidate owns a fault in so many words.
 */
function readOthersSlips(
  parsed: ParsedText,
  clauses: readonly Clause[],
  clauseOf: readonly (Clause | undefined)[],
  admissions: number,
): number {
  if (admissions > 0) return 0;
  const thoughts = imaginedClauses(clauses);
  let others = 0;
  let own = 0;
  const read = (first: number) => {
    // An imagined slip is not a told one: "they'd figure out I'd made a mistake", "I thought
    // they would decide they had made a mistake hiring me".
    const clause = clauseOf[first];
    if (clause !== undefined && thoughts.has(clause)) return;
    // A slip verb with no one doing it: "my stomach dropped", "a rule that fails the build".
    const token = parsed.tokens[first];
    if (token?.pos === "VERB" && clause !== undefined && !slipHasADoer(parsed, clause)) return;
    // Whose it is stands before its describing words: "my first big mistake", "someone's worst
    // error"; a repair the candidate made ("I filed the correction") is no slip of theirs.
    if (REPAIRS.has(token?.lemma ?? "")) return;
    let at = first - 1;
    while (at > 0 && DESCRIBING.has(parsed.tokens[at]?.pos ?? "")) at -= 1;
    const before = parsed.tokens[at];
    if (before?.normal === "'s" || before?.normal === "’s") {
      others += 1;
      return;
    }
    if (before?.normal === "my" || before?.normal === "our") own += 1;
    else if (before !== undefined && OTHERS_POSSESSIVES.has(before.normal)) others += 1;
    else {
      const agent = clause?.agent;
      if (agent === "self" || agent === "we") own += 1;
      // Another person, not a thing: "the nightly job failed" is nobody's slip.
      else if (agent === "other" && clause !== undefined && subjectIsAPerson(parsed, clause)) {
        others += 1;
      }
    }
  };
  for (const match of findPhrases(parsed, SETBACK_WORDS)) read(match.first);
  for (const token of parsed.tokens) {
    if (token.pos === "VERB" && SLIP_VERBS.has(token.lemma)) read(token.index);
  }
  own += findPhrases(parsed, OWN_SLIPS).length + omissions(parsed, clauses);
  others += othersOmissions(parsed, clauses);
  return own > 0 ? 0 : others;
}

/** Verbs whose clause that follows is a thought, not an event: "I thought they would". */
const THINKING = new Set("think fear worry imagine assume decide figure".split(" "));

/**
 * The clauses that tell a thought or a possibility rather than an event: a modal clause, and
 * every clause after a modal or a thinking verb in the same sentence. One pass, in order.
 */
function imaginedClauses(clauses: readonly Clause[]): ReadonlySet<Clause> {
  const found = new Set<Clause>();
  let sentence = -1;
  let thinking = false;
  for (const clause of clauses) {
    if (clause.sentence !== sentence) {
      sentence = clause.sentence;
      thinking = false;
    }
    if (clause.modal || thinking) found.add(clause);
    if (clause.modal || (clause.verb !== undefined && THINKING.has(clause.verb.lemma))) {
      thinking = true;
    }
  }
  return found;
}

/**
 * A fault owned in plain words: "that one was on me", "I sent it without checking", "I owned that
 * I'd rushed it", "I owned up to it".
 */
const OWN_SLIPS = compilePhrases([
  "be|was on me",
  "not only|just his|hers|theirs",
  "own|owned up",
  "own|owned that i|we",
]);

/** Checks the candidate left undone: "I didn't check the attachment", "I never asked". */
const CHECKS = new Set(
  `check test ask read verify review tell mention escalate raise look confirm flag warn inform
  notify consult`
    .split(/\s+/)
    .filter(Boolean),
);

/** The same checks as "-ing" forms: "without checking", "without reading". */
const CHECK_GERUNDS = new Set(
  [...CHECKS].map((verb) =>
    verb === "flag" ? "flagging" : verb.endsWith("e") ? `${verb.slice(0, -1)}ing` : `${verb}ing`,
  ),
);

/**
 * Checks another party left out: "our supplier had changed the resin without informing us", "he
 * didn't test it". The party is a person or one outside the candidate's side (a vendor).
 */
function othersOmissions(parsed: ParsedText, clauses: readonly Clause[]): number {
  return clauses.filter(
    (clause) =>
      clause.agent === "other" &&
      (subjectIsAPerson(parsed, clause) || subjectIsAPartyApart(parsed, clause)) &&
      leavesOutACheck(parsed, clause),
  ).length;
}

/** Checks the candidate left out: "I didn't test it", "I sent it without checking". */
function omissions(parsed: ParsedText, clauses: readonly Clause[]): number {
  return clauses.filter((clause) => clause.agent === "self" && leavesOutACheck(parsed, clause))
    .length;
}

/** A clause that tells a check not done, or an act done without one; not a possibility. */
function leavesOutACheck(parsed: ParsedText, clause: Clause): boolean {
  const verb = clause.verb;
  if (clause.modal || verb === undefined) return false;
  return (clause.negated && CHECKS.has(verb.lemma)) || actedWithoutCheck(parsed, clause);
}

/**
 * "I pushed the new config to production without checking the staging logs": the candidate did
 * something and left the check out, however many words stand between the act and "without".
 */
function actedWithoutCheck(parsed: ParsedText, clause: Clause): boolean {
  for (let i = clause.first; i < clause.last; i += 1) {
    const next = parsed.tokens[i + 1];
    if (parsed.tokens[i]?.normal !== "without" || next === undefined) continue;
    // The tagger reads some gerunds as nouns ("reading" → "reading"), so the form is looked up too.
    if (CHECKS.has(next.lemma) || CHECK_GERUNDS.has(next.normal)) return true;
  }
  return false;
}

const DISAGREEMENT_WORDS = compilePhrases([
  "disagree|disagreed|disagreement",
  "push|pushed back",
  "pushback",
  "object|objected|objection",
  "refuse|refused",
  "argue|argued|argument",
  "say|said no",
  "challenge|challenged",
  "oppose|opposed",
  "not agree",
  "overrule|overruled",
  "escalate|escalated",
  "raise|raised * concern|concerns|objection|objections|issue|risk",
  "flag|flagged",
  "argue|argued|insist|insisted|warn|warned",
  "concern|concerns",
  "against",
  // The decision undone, which is what the push was for: "she pulled it from the sprint".
  "pull|pulled it|them from",
  "walk|walked it|that back",
  "back|backed down|off",
  "reverse|reversed the|their|his|her|that decision|call",
  "change|changed course",
  "drop|dropped|scrap|scrapped the idea|plan|feature|requirement",
]);

/** Words by which a "why us" question names the place it asks about. */
const PLACE_ASK = compilePhrases([
  "this|our company|role|team|lab|job|position|group|org|organisation|organization",
  // "Your position on age verification" asks for a view, not about a job here.
  "your company|role|team|lab|job|group|org|organisation|organization",
  "here",
  "us",
  // "Plenty of labs are hiring. What makes this one the right place for you?"
  "this one|place",
  "the right place",
  "anthropic",
  "join|joining",
]);
/**
 * Nouns too plain to tell what of the company's is asked about: "our policy on X" names it by X.
 * The rest of the question's words after "our" name it: "our responsible scaling policy".
 */
const PLAIN_NOUNS = new Set(
  `policy policies approach work culture mission team company product products process stance
  view strategy values value thing things way plan plans decision decisions lab org`
    .split(/\s+/)
    .filter(Boolean),
);

/** The words after the interviewer's "our" that name something of the company's own. */
function ourThing(question: ParsedText): OurThing | undefined {
  const at = question.tokens.findIndex((token) => token.normal === "our");
  if (at === -1) return undefined;
  const named: Token[] = [];
  for (const token of question.tokens.slice(at + 1)) {
    const naming =
      token.pos === "NOUN" ||
      token.pos === "ADJ" ||
      token.pos === "PROPN" ||
      (token.pos === "VERB" && token.normal.endsWith("ing"));
    if (!naming) break;
    named.push(token);
  }
  const last = named.at(-1);
  const words = new Set(named.filter((t) => !PLAIN_NOUNS.has(t.lemma)).map((t) => t.lemma));
  if (last === undefined || words.size === 0) return undefined;
  const text = question.text.slice(question.tokens[at]?.start ?? 0, last.end);
  return { text, words };
}

/**
 * Whether the answer names the company's thing asked about, speaks to the company at all, or
 * opens on it as "it" before any other noun could be what "it" stands for ("I use it every day").
 */
function namesOurs(parsed: ParsedText, ours: OurThing): boolean {
  const words = sentenceTokens(parsed, 0);
  const it = words.findIndex((token) => token.normal === "it");
  const noun = words.findIndex((token) => token.pos === "NOUN" || token.pos === "PROPN");
  const openingIt = it !== -1 && (noun === -1 || it < noun);
  return (
    openingIt ||
    parsed.tokens.some(
      (token) =>
        ours.words.has(token.lemma) ||
        ours.words.has(token.normal) ||
        token.normal === "you" ||
        token.normal === "your",
    )
  );
}

/** Below this many words an answer may be too short to name the place and still answer. */
const PLACE_WORDS = 60;

const COMPANY_WORDS = compilePhrases([
  "anthropic|claude|constitutional|rsp|interpretability",
  "your|you",
  "company|lab|labs|role|team|job|position|policy|mission|product|products|research",
  "here",
  // The people met while interviewing there are the place's own: "the interviewers I met".
  "interviewer|interviewers|loop|onsite",
]);

/** Words that make a company word the candidate's own employer: "my current company". */
const OWN_EMPLOYER = new Set([
  "my",
  "our",
  "their",
  "current",
  "previous",
  "last",
  "former",
  "old",
  "present",
]);

/**
 * Mentions of the company or role asked about. "My current company", "our team", "my last
 * role" are the place the candidate would leave, so a "why us" answer all about them names none.
 */
function companyMentions(parsed: ParsedText): number {
  // "…and I believe that is what happens there.": the place pointed at, closing the sentence
  // ("the months I've been there, …" is more often the job being left).
  const pointedAt = parsed.tokens.filter(
    (token) =>
      token.normal === "there" && FULL_STOPS.has(parsed.tokens[token.index + 1]?.value ?? ""),
  ).length;
  return (
    pointedAt +
    findPhrases(parsed, COMPANY_WORDS).filter((match) => {
      const before = parsed.tokens.slice(Math.max(0, match.first - 2), match.first);
      if (before.some((token) => OWN_EMPLOYER.has(token.normal))) return false;
      if (toldAsOwn(parsed, match.last)) return false;
      if (speaksToInterviewer(parsed, match.first)) return false;
      // "The product manager", "a research scientist": a colleague's title, not the company.
      if (TITLE_HEADS.has(parsed.tokens[match.last + 1]?.lemma ?? "")) return false;
      return !(PLACE_NOUNS.has(parsed.tokens[match.last]?.lemma ?? "") && elsewhere(parsed, match));
    }).length
  );
}

/** The plain nouns for a workplace, which name this one only when nothing says it is another. */
const PLACE_NOUNS = new Set(
  "company lab role team job position policy mission product research".split(" "),
);

/** Words before a workplace noun that make it some other one: "a lab", "another team". */
const SOME_OTHER = new Set(["a", "an", "another", "other", "any"]);

/** How far before a workplace noun its article may stand: "a tech lead role". */
const ARTICLE_REACH = 3;

/**
 * A workplace noun that is not the place asked about: some other one ("I was in a lab that used
 * AlphaFold", "what a small team can do", though "it's a big company" is said of the place), any
 * of them ("companies", "labs", though "the products" are the place's), or a word modifying the
 * noun after it ("job displacement", "research papers").
 */
function elsewhere(parsed: ParsedText, match: PhraseMatch): boolean {
  const before = parsed.tokens.slice(Math.max(0, match.first - ARTICLE_REACH), match.first);
  const article = before.find((token) => SOME_OTHER.has(token.normal));
  // "It's a big company": said of the place, not of another.
  const predicated = article !== undefined && parsed.tokens[article.index - 1]?.lemma === "be";
  if (article !== undefined && !predicated) return true;
  // "Voluntary commitments from companies": any of them; "the products" are still the place's.
  const noun = parsed.tokens[match.last];
  const plural = noun !== undefined && noun.normal !== noun.lemma && noun.normal.endsWith("s");
  if (plural && !before.some((token) => token.normal === "the")) return true;
  return parsed.tokens[match.last + 1]?.pos === "NOUN";
}

/** Verbs whose "you" is the person listening: "let me tell you", "I'll be honest with you". */
const SPEECH_VERBS = new Set("tell ask show remind assure promise warn thank".split(" "));

/**
 * "To be straight with you", "I can tell you": a "you" the candidate speaks to is the interviewer
 * in the room, not the company asked about.
 */
function speaksToInterviewer(parsed: ParsedText, at: number): boolean {
  const token = parsed.tokens[at];
  if (token?.normal !== "you") return false;
  const before = parsed.tokens[at - 1];
  if (before !== undefined && SPEECH_VERBS.has(before.lemma)) return true;
  return before?.normal === "with" && parsed.tokens[at - 2]?.pos === "ADJ";
}

/** Verbs by which a candidate meets a place without working there: "the team I met". */
const MET_VERBS = new Set(["meet", "talk", "speak", "interview", "see", "visit", "read", "hear"]);

/**
 * "The team I joined", "the company we built": a company word the candidate then says they did
 * something in, in the past or now, is their own place. "The team I'd join" and "the team I met"
 * in the loop are the place asked about.
 */
function toldAsOwn(parsed: ParsedText, last: number): boolean {
  const subject = parsed.tokens[last + 1];
  const verb = parsed.tokens[last + 2];
  if (subject === undefined || verb === undefined) return false;
  return (
    (subject.normal === "i" || subject.normal === "we") &&
    verb.pos === "VERB" &&
    !MET_VERBS.has(verb.lemma)
  );
}

/** The marks that close a sentence. */
const FULL_STOPS = new Set([".", "!", "?"]);

/** Nouns that make a company word before them a job title: "product manager", "team lead". */
const TITLE_HEADS = new Set(
  "manager owner lead designer engineer scientist analyst director marketer writer".split(" "),
);

// The words every question uses to ask for a story; they say nothing of its topic.
const BOILERPLATE = new Set(
  `tell describe walk give share talk time example situation moment story experience describe
  explain happen happened`.split(/\s+/),
);

/**
 * The clause's written subject is a thing, not a person: "the totals disagreed by a cent", "crash
 * reports said out-of-memory". Its verb of talking or disagreeing is no exchange between people.
 */
function thingSpeaks(parsed: ParsedText, clause: Clause | undefined, at: number): boolean {
  if (clause === undefined || clause.agent !== "other") return false;
  // Where the reader wrote down no subject ("the old and new systems disagreed" splits at "and"),
  // the words before the verb stand for it.
  const { subject } = clause;
  const words =
    subject !== undefined
      ? parsed.tokens.slice(subject.first, subject.last + 1)
      : parsed.tokens.slice(clause.first, at);
  if (!words.some((token) => token.pos === "NOUN")) return false;
  return !words.some(
    (token) => namesAnotherPerson(token) || CROWDS.has(token.lemma) || token.pos === "PRON",
  );
}

const COMPLAINT = new Set(["complaint", "complaints", "complain", "complained"]);
/** How far after a complaint the one it is about is looked for. */
const COMPLAINT_REACH = 5;

/**
 * A complaint about someone else is not feedback to the candidate: "parents had complained that
 * his marks came back late", "complaints about her tone". The first person named after it, within
 * a few words of its sentence, says whose it is; "complained about my estimates" stays the
 * candidate's.
 */
function complaintAboutAnother(parsed: ParsedText, at: number): boolean {
  const cue = parsed.tokens[at];
  if (cue === undefined || !COMPLAINT.has(cue.normal)) return false;
  for (let t = at + 1; t <= at + COMPLAINT_REACH; t += 1) {
    const token = parsed.tokens[t];
    if (token === undefined || token.sentence !== cue.sentence) return false;
    if (THIRD_PARTY.has(token.normal)) return true;
    if (FIRST_PARTY.has(token.normal)) return false;
  }
  return false;
}

const THIRD_PARTY = new Set(["his", "her", "their", "him", "them", "he", "she", "they"]);
const FIRST_PARTY = new Set(["my", "our", "me", "us", "i", "we"]);

function count(parsed: ParsedText, set: PhraseSet): number {
  return findPhrases(parsed, set).length;
}

/** Words for people in general, which put no one person in the story. */
const CROWDS = new Set(["people", "team", "staff", "everyone", "everybody", "nobody"]);

const BEFORE_A_PERSON = new Set(["with", "told", "asked", "and"]);

/**
 * A capitalised name that acts or is spoken to ("Priya said", "I told Sam"): products and places
 * ("Kafka-based events", "in Lisbon") are named too, but they do not talk back.
 */
function isFirstName(parsed: ParsedText, token: Token): boolean {
  if (token.pos !== "PROPN" || token.common || !/^\p{Lu}\p{Ll}+$/u.test(token.value)) return false;
  const previous = parsed.tokens[token.index - 1];
  const next = parsed.tokens[token.index + 1];
  if (next?.value === "-") return false;
  const subject = next?.pos === "VERB" || next?.pos === "AUX" || next?.value === "'s";
  const addressed =
    previous !== undefined &&
    (BEFORE_A_PERSON.has(previous.normal) ||
      (previous.pos === "VERB" && EXCHANGE_VERBS.has(previous.lemma)));
  return subject || addressed;
}

/** Verbs that carry what the candidate told someone: "I told him I wouldn't merge it". */
const TELLING = new Set(
  "tell say write explain reply answer warn insist email message text".split(" "),
);
const WILL = new Set(["will", "would"]);

/**
 * Refusals the candidate told someone: a clause of theirs that will not do something, right
 * after a clause of theirs that tells it ("I told him I wouldn't merge it until legal signed off",
 * "I wrote back that I won't approve it"). Without the telling, "I wouldn't do it again" is a
 * look back, not a refusal.
 */
function toldRefusals(parsed: ParsedText, clauses: readonly Clause[]): number {
  let found = 0;
  clauses.forEach((clause, index) => {
    const previous = clauses[index - 1];
    if (clause.agent !== "self" || !clause.negated) return;
    if (!clause.auxiliaries.some((aux) => WILL.has(aux.normal))) return;
    if (previous?.sentence !== clause.sentence || previous.agent !== "self") return;
    const verb = previous.verb ?? parsed.tokens[previous.last];
    if (verb !== undefined && TELLING.has(verb.lemma)) found += 1;
  });
  return found;
}

/**
 * A candidate announcing that they tell another story than the one asked: "I would like to tell
 * about a different project", "I'd rather talk about the values I keep", "instead, let me tell
 * you". A second example offered after the asked one is not a swap, so only the answer's first
 * two sentences are read.
 */
const SWAP_CUES = compilePhrases([
  "tell|talk|share|describe|speak about|of? a different project|story|example|situation|case|one",
  "tell|talk|share|describe|speak you about|of? a different project|story|example|situation|case|one",
  "i would rather talk|tell|speak|focus|share",
  "i would prefer to talk|tell|speak|focus",
  "instead , ? let me|i will",
]);

/** "The bigger question is…": a swap only when that sentence shares no word with the question. */
const BIGGER_QUESTION = compilePhrases([
  "the bigger|broader|larger|wider question|issue|point|fight|debate|problem is|here",
  "the more important|pressing|urgent question|issue|fight|debate|problem right? now|here? is|here",
  "what i care about most|more here|now? is",
]);

/**
 * Asked for a view, more ways to turn to a neighbouring one: "the more important lever is actually
 * on the deployment side", "the retention piece is the more interesting question", "the real
 * issue isn't the labs". In a story the same words are a beat of it ("the real problem was a slow
 * index"), so these are read only where a view was asked.
 */
const NEIGHBOURING_VIEW = compilePhrases([
  "the more|most important|interesting|pressing|urgent|useful lever|piece|question|issue|problem here? be",
  "the real lever|question|issue|problem|fight here? be",
  "be the more|most important|interesting|pressing|urgent question|issue|lever|piece",
]);

/**
 * Asked for a view, an opening that turns to the candidate's own path: "for me the next five years
 * are about moving from data engineering into research", "where I really want to go next is
 * evaluations". A "why us" answer may open so; a view may not.
 */
const CAREER_TURN = compilePhrases([
  "where i really? want to go next|now",
  "the|my next * years be about",
  "the|my next * * years be about",
  "move|moving from * into|to",
  "move|moving from * * into|to",
]);

/**
 * Asked about this company, an opening that turns to everyone: "I think the field as a whole leans
 * far too hard on benchmarks", "the industry in general". Read only where the place was asked for.
 */
const WHOLE_FIELD = compilePhrases([
  "the field|industry|sector|labs as a whole",
  "the field|industry|sector in general",
]);

/**
 * Asked what the candidate would do, an opening that turns to a story it reminds them of: "that
 * actually reminds me of something I did early in my career". A story question may be answered so.
 */
const REMINDED = compilePhrases(["remind|reminds|reminded me of"]);

const SWAP_SENTENCES = 2;
/** "I could also tell you about a different project": an offer beside the story, not a swap. */
const OFFERS = new Set(["could", "can", "might", "also"]);

/** A question that asks for another story than the one told so far: no answer swaps it. */
const ANOTHER_ASK = compilePhrases([
  "a|an different|another|other|second project|story|example|situation|case|time|one",
  "another one|project|story|example|situation|case|time",
  "other projects|stories|examples|situations|cases|times",
]);

/** A question that asks for a view: not a story, a follow-up or a "why us". */
function asksAView(ask: QuestionAsk): boolean {
  return !ask.story && !ask.followUp && !ask.company && !ask.response;
}

function readSwaps(parsed: ParsedText, ask: QuestionAsk): Evidence[] {
  if (ask.invitesAnother) return [];
  const opening = (match: PhraseMatch) =>
    (parsed.tokens[match.first]?.sentence ?? SWAP_SENTENCES) < SWAP_SENTENCES &&
    !parsed.tokens
      .slice(Math.max(0, match.first - 3), match.first)
      .some((token) => OFFERS.has(token.normal));
  const sharesTopic = (sentence: number) =>
    sentenceTokens(parsed, sentence).some((token) => token.isWord && ask.topic.has(token.lemma));
  // Another question named in the opening, in a sentence that shares no word of the asked topic.
  const turnsAway = (match: PhraseMatch) =>
    opening(match) && !sharesTopic(parsed.tokens[match.first]?.sentence ?? -1);
  const swaps = [
    ...findPhrases(parsed, SWAP_CUES).filter(opening),
    ...(ask.response ? findPhrases(parsed, REMINDED).filter(opening) : []),
    ...findPhrases(parsed, BIGGER_QUESTION).filter(turnsAway),
    ...(ask.story || ask.followUp ? [] : findPhrases(parsed, NEIGHBOURING_VIEW)).filter(turnsAway),
    ...(ask.place ? findPhrases(parsed, WHOLE_FIELD).filter(opening) : []),
    ...(asksAView(ask) ? findPhrases(parsed, CAREER_TURN).filter(opening) : []),
  ];
  return swaps.map((match) => tokenEvidence(parsed, match.first, match.last));
}

/**
 * A hypothetical that asks for a response to something that has happened: "what would you do
 * if… you found|discovered|noticed", "how would you handle|respond if", "suppose you found out…".
 * A question that asks how to design or prevent ("how would you make sure it never happens")
 * asks for no response.
 */
const RESPONSE_ASK = compilePhrases([
  "what would you do|say if|when",
  "what would you do , ? if|when",
  "how would you handle|respond|react|deal if|when|to",
  "what would your first step|move|call be",
  // "Suppose you found out a colleague had been… What would you do?"
  "suppose|imagine you find|found|discover|discovered|notice|noticed|learn|learned|realize|realized|realise|realised|catch|caught|see|saw|hear|heard",
]);

/**
 * The answer's opening turned to prevention: "making sure it never reaches launch day", "it
 * shouldn't get that far in the first place". After a response ("…and make sure it never happens
 * again") prevention is part of the answer, so a sentence that says "again" is not read.
 */
const PREVENTION_CUES = compilePhrases([
  "make sure it|this|that|they never|not",
  "make sure it|this|that|they do|does|would|will not",
  "never reach|reaches|happen|happens",
  "never|not get|gets|come|comes that|this far",
  "never|not get|gets|come|comes to that|there",
  "in the first place",
  "prevent|preventing it|this|that|them",
  // The case turned into the process that let it happen: "the real fix here is structural".
  "real|actual fix|answer|solution|problem|issue be structural|systemic|cultural",
  "real|actual fix|answer|solution|problem|issue * be structural|systemic|cultural",
]);

/** Words that say the opening sentence answers after the fact: "it never happens again". */
const AFTERWARDS = new Set(["again", "next", "future"]);

function readPreventions(parsed: ParsedText, ask: QuestionAsk): Evidence[] {
  if (!ask.response) return [];
  return findPhrases(parsed, PREVENTION_CUES)
    .filter((match) => {
      const sentence = parsed.tokens[match.first]?.sentence ?? SWAP_SENTENCES;
      if (sentence >= SWAP_SENTENCES) return false;
      return !sentenceTokens(parsed, sentence).some((token) => AFTERWARDS.has(token.normal));
    })
    .map((match) => tokenEvidence(parsed, match.first, match.last));
}

/**
 * Nouns for a clash, or a working relationship, whose other side follows "with": "a conflict
 * with", "my fight was with", "the hardest working relationship I've had was with".
 */
const CLASH_NOUNS = new Set(
  "conflict fight clash battle friction tension disagreement argument struggle feud relationship".split(
    " ",
  ),
);
/** How far before "with" its clash noun may stand: "the conflict I dealt with most was with". */
const CLASH_REACH = 8;
/**
 * Who else can be the other side of a clash: groups of people ("the design team", "the vendor")
 * and roles the role list leaves out ("my team leader", "their maintainer").
 */
const PARTIES = new Set(
  `team group department vendor supplier agency company family neighbour neighbor landlord
  committee board union council crew squad org organisation organization office leader developer
  dev maintainer tester writer scientist consultant executive exec coordinator counterpart
  predecessor successor junior senior tenant`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that own the noun after them; "his" and "her" stay the party: "a clash with her". */
const POSSESSIVES = new Set(["our", "my", "their", "your", "its"]);

/** The head noun of the phrase that starts at `at`: "our build system" → "system". */
function headNounFrom(parsed: ParsedText, at: number): Token | undefined {
  let head: Token | undefined;
  for (let i = at; i < parsed.tokens.length; i += 1) {
    const token = parsed.tokens[i];
    if (token === undefined || token.pos === "SPACE") continue;
    // "the", "legacy", "two": words before the noun.
    if (["DET", "ADJ", "NUM"].includes(token.pos)) continue;
    if (token.pos === "PRON" && head === undefined) {
      // "our build system" goes on to its noun; a pronoun alone is the party ("with him").
      if (POSSESSIVES.has(token.normal)) continue;
      return token;
    }
    if (token.pos === "NOUN" || token.pos === "PROPN") {
      head = token;
      continue;
    }
    // A modifier the tagger reads as a verb: "our build system", "the test suite".
    if (token.pos === "VERB" && parsed.tokens[i + 1]?.pos === "NOUN") continue;
    break;
  }
  return head;
}

function isSomeone(parsed: ParsedText, token: Token): boolean {
  if (token.pos === "PRON" || token.pos === "PROPN") return true;
  return (
    ROLE_WORDS.has(token.lemma) ||
    PARTIES.has(token.lemma) ||
    PEOPLE_PRONOUNS.has(token.normal) ||
    isFirstName(parsed, token)
  );
}

/** Verbs that name a clash in a question: "a time you disagreed with", "when you clashed". */
const CLASH_VERBS = new Set(["disagree", "clash", "argue", "fight", "conflict"]);

/** The candidate told as only looking on: "I mostly just sat there", "watching it taught me". */
const ONLOOKING = compilePhrases([
  "i * sit|sat there|through",
  "i * * sit|sat there|through",
  "i sit|sat there|through",
  "to sit through",
  "watch|watched|watching them|it|the|him|her|from",
  "in the middle",
  "on|from the sidelines|side",
  "stay|stayed|kept out of it",
  "a bystander|an observer|a spectator",
]);

/** A call asked for on little to go on: "with very little data", "without all the information". */
const SCARCE_DATA_ASK = compilePhrases([
  "little|limited|incomplete|imperfect|partial|insufficient|scarce|sparse|missing data|information|info|evidence",
  "very|so|too little data|information|info|evidence|to go on",
  "not enough data|information|info|evidence",
  "without enough|complete|full|much|good data|information|info|evidence",
  "without all the|of the? data|information|info|evidence|facts",
]);

/** Data told as plentiful or clear: "the data was really clear", "eighteen months of orders". */
const PLENTY_OF_DATA = compilePhrases([
  "the data|numbers|evidence|results be|was|were really|very|pretty|quite|so|completely? clear|unambiguous|conclusive|overwhelming",
  "plenty|lots|loads|tons|a lot|years|months of data|history|logs|records",
  "have|had * months|years|weeks of",
  "have|had #NUM months|years|weeks of",
  "i could see exactly",
]);

/** What was not known, said in any of the ways a call on little data is told. */
const UNKNOWNS = compilePhrases([
  "do|did not know",
  "no way to know|tell|check|verify",
  "could|can not tell|know|confirm|verify|check|say|predict",
  "no data|information|evidence|numbers|history",
  "not sure|certain",
  "unknown|unknowns|unclear|uncertain|uncertainty",
  "guess|guessed|guessing|hunch|gut|assume|assumed|assumption|assumptions|bet",
  "best guess|estimate",
  "missing|incomplete|limited|partial|blind",
  "only have|had",
  "do|did not have",
  "without",
]);

/**
 * Asked for a call made on little data: the sentences that tell the data as plentiful or clear,
 * when no word in the answer says what was not known ("what I didn't know", "a guess", "we had no
 * data on it"). A story with both tells a call on little data that later data settled.
 */
function readPlentyOfData(parsed: ParsedText): Evidence[] {
  if (findPhrases(parsed, UNKNOWNS).length > 0) return [];
  return [...sentencesWith(parsed, PLENTY_OF_DATA)]
    .sort((a, b) => a - b)
    .map((sentence) => sentenceEvidence(parsed, sentence));
}

/** Verbs of thinking and perceiving: "I thought she handled it well" does nothing. */
const NOT_ACTING = new Set(
  `think feel know believe remember realize realise learn see watch notice wonder guess want like
  love hope find mean admire appreciate`
    .split(/\s+/)
    .filter(Boolean),
);

/** Another person's acts that take the candidate's place: at least this many, and none of theirs. */
const OTHERS_ACTS = 2;

/**
 * Asked what the candidate would do, the clauses where another person acts ("She took him for a
 * coffee"), when the candidate does or would do nothing in the whole answer: no clause of theirs
 * or their team's with a verb of doing ("I'd ask him", "we reran it"). A telling addressed to the
 * interviewer ("so I can tell you how it went") or a thought ("I thought she handled it well")
 * is no act. What others ought to do ("leadership should make it clear") stands in for the
 * candidate's act as much as what they did. Empty when the candidate acts at all.
 */
function readOthersActInstead(parsed: ParsedText, clauses: readonly Clause[]): Evidence[] {
  const acts = (clause: Clause) => {
    const verb = clause.verb;
    if (verb === undefined || NOT_ACTING.has(verb.lemma)) return false;
    const addressed = clause.complement.find((t) => t.isWord)?.normal === "you";
    // Telling (TELLING) is an act unless told to the interviewer: "I can tell you how it went".
    return !(TELLING.has(verb.lemma) && addressed);
  };
  const candidate = clauses.some((c) => (c.agent === "self" || c.agent === "we") && acts(c));
  if (candidate) return [];
  const others = clauses.filter(
    (c) =>
      c.agent === "other" &&
      !c.negated &&
      ((acts(c) && subjectIsAPerson(parsed, c)) || prescribes(parsed, c)),
  );
  if (others.length < OTHERS_ACTS) return [];
  // What others ought to do, where the answer says so, shows it best; otherwise the last of their
  // acts, since what was done about it comes after what happened.
  const duties = others.filter((c) => prescribes(parsed, c));
  const shown = duties.length >= OTHERS_ACTS ? duties : others;
  return shown.slice(-OTHERS_ACTS).map((c) => tokenEvidence(parsed, c.first, c.last));
}

/** Modals that lay a duty on someone: "managers should be open to pushback". */
const DUTY_MODALS = new Set(["should", "must", "ought"]);

/**
 * What someone else ought to do, in place of what the candidate would: "managers should be open
 * to pushback", "companies need to build cultures where…". Anyone may be told what to do here,
 * a company or "leadership" as much as a person.
 */
function prescribes(parsed: ParsedText, clause: Clause): boolean {
  if (clause.auxiliaries.some((aux) => DUTY_MODALS.has(aux.normal))) return true;
  return clause.verb?.lemma === "need" && parsed.tokens[clause.verb.index + 1]?.normal === "to";
}

/** A decision undone: "reversed it", "overturned the call", "scrapped my plan". */
const REVERSING = new Set([
  "reverse",
  "overturn",
  "overrule",
  "undo",
  "rescind",
  "revoke",
  "veto",
  "scrap",
]);

/** The question asks for a decision reversed: "a decision you made and later reversed". */
const REVERSAL_ASK = compilePhrases([
  "reverse|reversed|undo|undid|overturn|overturned|rescind|rescinded",
]);

/**
 * Asked for a decision the candidate reversed: the clauses where someone else reverses it ("In the
 * morning the plant director reversed it"), when no clause has the candidate or their team
 * reversing anything and the candidate tells no change of mind of their own. A decision undone by
 * a boss over the candidate's objection is a decision they lost, not one they reversed.
 */
function readReversedByOthers(
  parsed: ParsedText,
  clauses: readonly Clause[],
  owned: OwnedFault,
): Evidence[] {
  if (owned.changedMind.length > 0) return [];
  const reversing = clauses.filter(
    (c) => c.verb !== undefined && REVERSING.has(c.verb.lemma) && !c.negated && !c.modal,
  );
  if (reversing.some((c) => c.agent === "self" || c.agent === "we")) return [];
  return reversing
    .filter((c) => c.agent === "other" && reversedBySomeone(parsed, c))
    .map((c) => sentenceEvidence(parsed, c.sentence));
}

/**
 * Whether a person does the reversing: a subject set off by an apposition ("the director, Mr.
 * Salas, reversed it") is inherited, and a role before the verb counts wherever the subject's head
 * was read ("our head of data overturned it"); "the rollback undid it" is a thing's doing.
 */
function reversedBySomeone(parsed: ParsedText, clause: Clause): boolean {
  if (clause.subject === undefined || subjectIsAPerson(parsed, clause)) return true;
  const verb = clause.verb?.index ?? clause.first;
  return parsed.tokens.slice(clause.first, verb).some(namesAnotherPerson);
}

/** Who is named as the other side of a clash inside its clause: "disagreed with me", "my plan". */
const THE_CANDIDATE = new Set(["me", "my", "us", "mine", "myself"]);

/**
 * Asked for a clash the candidate had: the sentences where they say they only looked on, when
 * every disagreement in the story is between others ("Tom and Elena disagreed sharply", "they
 * could not agree"), none is the candidate's ("I pushed back", "she overruled me") and the
 * candidate never speaks up in it ("I told him he was wrong"). Empty otherwise, and for a story
 * with no disagreement word at all, which may still tell its clash.
 */
function readOnlooking(parsed: ParsedText, clauseOf: readonly (Clause | undefined)[]): Evidence[] {
  let others = 0;
  for (const match of findPhrases(parsed, DISAGREEMENT_WORDS)) {
    const clause = clauseOf[match.first];
    if (clause === undefined) continue;
    // A habit since is no clash of the story's: "whenever I've had to argue for something since".
    if (parsed.tokens[clause.first - 1]?.normal === "whenever") continue;
    if (clause.agent === "self" || clause.agent === "we") return [];
    // "My manager and our head of product disagreed" names the sides, not the candidate as one.
    const after = parsed.tokens.slice(match.first, clause.last + 1);
    if (after.some((token) => THE_CANDIDATE.has(token.normal))) return [];
    if (clause.agent !== "none") others += 1;
  }
  if (others === 0) return [];
  // Once the candidate speaks up in it ("Finally I told him he was wrong"), the clash is theirs.
  const spoke = parsed.tokens.some((token) => {
    const clause = clauseOf[token.index];
    return (
      token.pos === "VERB" &&
      EXCHANGE_VERBS.has(token.lemma) &&
      clause?.verb === token &&
      (clause.agent === "self" || clause.agent === "we")
    );
  });
  if (spoke) return [];
  const watched = findPhrases(parsed, ONLOOKING).map((m) => parsed.tokens[m.first]?.sentence ?? 0);
  return [...new Set(watched)].map((sentence) => sentenceEvidence(parsed, sentence));
}

/**
 * The clashes the answer's opening has with a thing, asked for one with a person: a clash noun
 * ("conflict", "fight", "battle") and, a few words on in its sentence, "with" and a thing.
 */
function readThingConflicts(parsed: ParsedText, ask: QuestionAsk): Evidence[] {
  if (!ask.person) return [];
  const found: Evidence[] = [];
  // Only the opening is read: the tokens of its first sentences.
  const openingEnd = parsed.sentences[Math.min(SWAP_SENTENCES, parsed.sentences.length) - 1];
  for (let at = 0; at <= (openingEnd?.lastToken ?? -1); at += 1) {
    const token = parsed.tokens[at];
    if (token?.normal !== "with") continue;
    const from = Math.max(0, at - CLASH_REACH);
    const clash = parsed.tokens
      .slice(from, at)
      // A clash noun, not the verb: "a new engineer was struggling with our checkout service"
      // tells someone's difficulty, not a conflict.
      .findIndex(
        (t) => t.sentence === token.sentence && CLASH_NOUNS.has(t.lemma) && t.pos !== "VERB",
      );
    if (clash === -1) continue;
    const head = headNounFrom(parsed, at + 1);
    if (head === undefined || isSomeone(parsed, head)) continue;
    found.push(tokenEvidence(parsed, from + clash, head.index));
  }
  return found;
}

/** Words that set what follows them aside: "a colleague, not your manager", "other than your lead". */
const SET_ASIDE = new Set(["not", "except", "besides", "than"]);

/** The matches of an ask in a question that it does not set aside: "…, not your manager". */
function countAsked(question: ParsedText, set: PhraseSet): number {
  return findPhrases(question, set).filter((match) => {
    const before = question.tokens.slice(Math.max(0, match.first - 2), match.first);
    return !before.some((token) => SET_ASIDE.has(token.normal));
  }).length;
}

/** Reads what the question asks for; undefined without a question. */
export function readAsk(
  question: ParsedText | undefined,
  kind: AnswerKind,
  story: boolean,
): QuestionAsk | undefined {
  if (question === undefined) return undefined;
  const topic = new Set(
    question.tokens
      .filter((token) => isConcrete(token) && !BOILERPLATE.has(token.lemma))
      .map((token) => token.lemma),
  );
  const first = question.sentences.find((sentence) => sentence.end > sentence.start);
  const feedbackReceived = story && count(question, FEEDBACK_RECEIVED_ASK) > 0;
  return {
    // The kind of story only matters for a story; a view is judged on its view.
    person: story && count(question, PERSON_ASK) > 0,
    mistake: story && askedFor(question, MISTAKE_ASK).length > 0,
    pushback: story && count(question, PUSHBACK_ASK) > 0,
    superior: story && countAsked(question, SUPERIOR_ASK) > 0,
    clash:
      story &&
      question.tokens.some((token) => CLASH_NOUNS.has(token.lemma) || CLASH_VERBS.has(token.lemma)),
    loss: story && count(question, LOSS_ASK) > 0,
    feedbackReceived,
    feedbackGiven: story && !feedbackReceived && count(question, FEEDBACK_GIVEN_ASK) > 0,
    apology: story && count(question, APOLOGY_ASK) > 0,
    helpSought: story && count(question, HELP_ASK) > 0,
    scarceData: story && count(question, SCARCE_DATA_ASK) > 0,
    ownReversal: story && count(question, REVERSAL_ASK) > 0,
    otherTeam: story && asksAboutAnotherTeam(question),
    company: kind === "why",
    place: (kind === "why" || kind === "opinion") && count(question, PLACE_ASK) > 0,
    ours: kind === "why" || kind === "opinion" ? ourThing(question) : undefined,
    polarity: story ? readPolarityAsks(question) : [],
    topic,
    words: new Set(
      question.tokens.filter((token) => token.isWord).flatMap((t) => [t.normal, t.lemma]),
    ),
    text: first === undefined ? question.text : question.text.slice(first.start, first.end),
    followUp: false,
    invitesAnother: count(question, ANOTHER_ASK) > 0,
    response: !story && count(question, RESPONSE_ASK) > 0,
    story,
  };
}

/**
 * What a follow-up asks, read from its own question: no kind of story and no company, since the
 * story was asked for by the question before it, so only a swap the reply announces misses it.
 */
export function readFollowUpAsk(question: ParsedText | undefined): QuestionAsk | undefined {
  const ask = readAsk(question, "behavioral", false);
  return ask === undefined
    ? undefined
    : { ...ask, company: false, place: false, ours: undefined, response: false, followUp: true };
}

/**
 * The relevance of an answer given without its question: nothing was asked, so nothing is missed
 * (`off-topic` applies only where there is an ask), and none of the readers below is run.
 */
const NOTHING_ASKED: RelevanceSignal = {
  ask: undefined,
  people: 0,
  exchanges: 0,
  setbacks: 0,
  distress: 0,
  othersSlipsOnly: 0,
  disagreements: 0,
  onlooking: [],
  othersActInstead: [],
  plentyOfData: [],
  reversedByOthers: [],
  sameTeamOnly: [],
  superiors: 0,
  companyMentions: 0,
  placeUnnamed: false,
  oursUnnamed: false,
  losses: 0,
  feedbackGiven: 0,
  feedbackReceived: 0,
  feedbackTravels: { given: 0, received: 0 },
  acts: { ownApologies: [], othersApologies: [], helpSought: [], helpGiven: [] },
  topicOverlap: 0,
  polarity: [],
  opening: undefined,
  swaps: [],
  preventions: [],
  thingConflicts: [],
  fits: {},
};

/** Reads how the answer meets what the question asks; without a question, nothing was asked. */
export function readRelevance(
  parsed: ParsedText,
  clauses: readonly Clause[],
  ask: QuestionAsk | undefined,
  owned: OwnedFault,
): RelevanceSignal {
  if (ask === undefined) return NOTHING_ASKED;
  let people = 0;
  let exchanges = 0;
  let words = 0;
  const lemmas = new Set<string>();
  // Each token's clause, built once for the readers below that look clauses up by token.
  const clauseOf = clauseIndex(parsed.tokens.length, clauses);
  for (const token of parsed.tokens) {
    if (!token.isWord) continue;
    words += 1;
    lemmas.add(token.lemma);
    // A crowd is nobody in particular: "people just re-ran it", "our team dashboard".
    if (CROWDS.has(token.lemma) || CROWDS.has(token.normal)) continue;
    if (PEOPLE_PRONOUNS.has(token.normal)) people += 1;
    else if (token.pos === "NOUN" && ROLE_WORDS.has(token.lemma)) people += 1;
    // A role written as initials is tagged as a name: "our VP wanted to ship".
    else if (token.pos === "PROPN" && ROLE_WORDS.has(token.normal)) people += 1;
    else if (isFirstName(parsed, token)) people += 1;
    if (
      token.pos === "VERB" &&
      EXCHANGE_VERBS.has(token.lemma) &&
      !thingSpeaks(parsed, clauseOf[token.index], token.index)
    ) {
      exchanges += 1;
    }
  }
  const topic = ask.topic;
  const shared = [...topic].filter((word) => lemmas.has(word)).length;
  const opening = parsed.sentences.find((sentence) => sentence.end > sentence.start);
  const direction = readFeedbackDirection(parsed, clauses);
  const mentions = companyMentions(parsed);
  return {
    ask,
    people,
    exchanges,
    // An owned mistake ("that was my mistake", "I misjudged it") is a setback too, and so are a
    // forecast the events contradict ("it would take two weeks. It took seven.") and damage undone.
    setbacks:
      toldSetbacks(parsed) +
      hopesUnmet(parsed, clauseOf) +
      owned.admissions.length +
      readBrokenForecasts(parsed, clauses).length +
      slumps(parsed, clauses) +
      readUndoings(clauses).length,
    distress: owned.distress.length,
    othersSlipsOnly: readOthersSlips(parsed, clauses, clauseOf, owned.admissions.length),
    disagreements:
      findPhrases(parsed, DISAGREEMENT_WORDS).filter(
        (match) => !thingSpeaks(parsed, clauseOf[match.first], match.first),
      ).length + toldRefusals(parsed, clauses),
    superiors: superiorsNamed(parsed),
    onlooking: ask.clash ? readOnlooking(parsed, clauseOf) : [],
    othersActInstead: ask.response ? readOthersActInstead(parsed, clauses) : [],
    plentyOfData: ask.scarceData ? readPlentyOfData(parsed) : [],
    sameTeamOnly: ask.otherTeam ? readSameTeamOnly(parsed) : [],
    reversedByOthers: ask.ownReversal ? readReversedByOthers(parsed, clauses, owned) : [],
    companyMentions: mentions,
    placeUnnamed: ask.place && mentions === 0 && words >= PLACE_WORDS,
    oursUnnamed: ask.ours !== undefined && words >= PLACE_WORDS && !namesOurs(parsed, ask.ours),
    losses: count(parsed, LOSS_WORDS),
    feedbackGiven: count(parsed, FEEDBACK_GIVEN) + direction.given.length,
    feedbackReceived:
      findPhrases(parsed, FEEDBACK_RECEIVED).filter(
        (match) => !complaintAboutAnother(parsed, match.first) && !handedOn(parsed, match.first),
      ).length + direction.received.length,
    feedbackTravels: { given: direction.given.length, received: direction.received.length },
    acts: readActDirection(parsed, clauses),
    topicOverlap: topic.size === 0 ? 0 : shared / topic.size,
    polarity: readPolarity(parsed, clauses, ask.polarity, ask.words),
    opening: opening === undefined ? undefined : sentenceEvidence(parsed, opening.index),
    swaps: readSwaps(parsed, ask),
    preventions: readPreventions(parsed, ask),
    thingConflicts: readThingConflicts(parsed, ask),
    fits: readFits(parsed, owned, untoldTokens(parsed, ask.words)),
  };
}

/**
 * Figures of the venture's that moved the wrong way, as setbacks: "food and beverage revenue fell
 * around 22%", "detention charges went up 18%", "sales were down about 12%". A plan or a fear
 * ("sales would drop") is not one.
 */
function slumps(parsed: ParsedText, clauses: readonly Clause[]): number {
  return clauses.filter((clause) => !clause.modal && figureMove(parsed, clause) === "worse").length;
}

/** Verbs that report someone's words: "told me", "said", "called". */
const REPORTING = new Set(["tell", "say", "call", "warn", "claim"]);

/** The evidence, per ask, that the story is the one asked for (RelevanceSignal.fits). */
function readFits(
  parsed: ParsedText,
  owned: OwnedFault,
  untold: ReadonlySet<number>,
): RelevanceSignal["fits"] {
  const wishes = findPhrases(parsed, COUNTERFACTUALS).map((match) =>
    tokenEvidence(parsed, match.first, match.last),
  );
  const owns = (item: Evidence) => {
    const at = parsed.tokens.findIndex((t) => t.start >= item.start);
    if (at === -1) return true;
    // A restated question or a virtue named as a flaw owns nothing.
    if (untold.has(at)) return false;
    // "She told me I am too suspicious": someone else's words about the candidate own nothing.
    const before = parsed.tokens.slice(Math.max(0, at - 3), at);
    return !before.some(
      (t, i) =>
        (t.normal === "me" && REPORTING.has(before[i - 1]?.lemma ?? "")) ||
        (REPORTING.has(t.lemma) && t.pos === "VERB" && t.lemma !== "tell"),
    );
  };
  const faults = [...owned.admissions, ...wishes].filter(owns);
  return { error: faults, miss: faults, "mind-change": owned.changedMind };
}

/**
 * The ways the answer misses the ask, each a short reason: no other person in a story about a
 * person, no setback in a story about a mistake, no disagreement in a story about pushing back,
 * or a story that turns out the opposite way from the one asked for.
 */
export function missedAsks(signal: RelevanceSignal): string[] {
  const { ask } = signal;
  if (ask === undefined) return [];
  const missed: string[] = [];
  if (signal.swaps.length > 0) missed.push("it says it turns to something else");
  if (signal.placeUnnamed) missed.push("it says nothing of this company or this role");
  if (signal.oursUnnamed && ask.ours !== undefined) {
    missed.push(`it never speaks of "${ask.ours.text}", nor says "you" or "your"`);
  }
  if (signal.thingConflicts.length > 0) missed.push("its conflict is with a thing, not a person");
  if (signal.preventions.length > 0) {
    missed.push("it turns to keeping it from happening, not to what you would do once it had");
  }
  if (ask.person && signal.people === 0 && signal.exchanges === 0) {
    missed.push("no other person appears in it");
  }
  if (ask.mistake && signal.setbacks === 0) missed.push("nothing in it went wrong");
  if (ask.pushback && signal.disagreements === 0) missed.push("no one pushes back in it");
  if (ask.superior && signal.superiors === 0) missed.push("no manager of yours appears in it");
  if (signal.onlooking.length > 0) {
    missed.push("the disagreement in it is between others, and you only watched it");
  }
  if (signal.othersActInstead.length > 0) {
    missed.push("it tells what someone else did or should do, and nothing you would do");
  }
  if (signal.plentyOfData.length > 0) {
    missed.push("it tells how much data there was, and nothing that was not known");
  }
  if (signal.sameTeamOnly.length > 0) {
    missed.push("the other person in it is on your own team, not on another");
  }
  if (signal.reversedByOthers.length > 0) {
    missed.push("the decision in it is reversed by someone else, not by you");
  }
  if (slipIsSomeoneElses(signal)) {
    missed.push("the slip in it is someone else's, and none of it is yours");
  }
  if (noFeedbackAtAll(signal)) missed.push("no one gives you feedback in it");
  if (givesInsteadOfReceiving(signal)) {
    missed.push("the hard words in it are yours to someone else, not someone's to you");
  }
  if (receivesInsteadOfGiving(signal)) {
    missed.push("the hard words in it are someone's to you, not yours to someone else");
  }
  if (apologyReversed(signal)) {
    missed.push("the apology in it is someone's to you, and none of it is yours");
  }
  if (helpReversed(signal)) {
    missed.push("the help in it is asked of you, and you ask no one for any");
  }
  for (const verdict of contradictions(signal)) {
    const told = verdict.told.join(" and ");
    missed.push(`instead of ${POLARITY_ASK_NAMES[verdict.ask]}, it tells how ${told}`);
  }
  return missed;
}

/** Asked for the candidate's own mistake, every slip in the story is another person's. */
function slipIsSomeoneElses(signal: RelevanceSignal): boolean {
  const { ask } = signal;
  if (ask === undefined) return false;
  const asksOwnFault = ask.mistake || ask.polarity.includes("error");
  return asksOwnFault && signal.othersSlipsOnly > 0 && (signal.fits.error ?? []).length === 0;
}

/** The acts told the other way round (someone else's apology, help asked of the candidate). */
export function reversedActs(signal: RelevanceSignal): readonly Evidence[] {
  return [
    ...(apologyReversed(signal) ? signal.acts.othersApologies : []),
    ...(helpReversed(signal) ? signal.acts.helpGiven : []),
  ];
}

/** Asked for an apology of the candidate's, only someone else apologises in the story. */
function apologyReversed(signal: RelevanceSignal): boolean {
  const { acts } = signal;
  return (
    signal.ask?.apology === true &&
    acts.ownApologies.length === 0 &&
    acts.othersApologies.length > 0
  );
}

/** Asked for help the candidate sought, only others turn to the candidate for help. */
function helpReversed(signal: RelevanceSignal): boolean {
  const { acts } = signal;
  return (
    signal.ask?.helpSought === true && acts.helpSought.length === 0 && acts.helpGiven.length > 0
  );
}

/** Asked for feedback received, no words pass to or from the candidate at all: another story. */
function noFeedbackAtAll(signal: RelevanceSignal): boolean {
  return (
    signal.ask?.feedbackReceived === true &&
    signal.feedbackGiven === 0 &&
    signal.feedbackReceived === 0
  );
}

/**
 * Asked for feedback received, the candidate only gives it: "I had to tell a junior that...". The
 * clause reader finding feedback going out at least twice and none coming in outweighs a word or
 * two of being told something else ("she'd told me she was thinking of leaving"); once is too
 * little, since it misreads "I told him he was right" in a story of feedback received.
 */
function givesInsteadOfReceiving(signal: RelevanceSignal): boolean {
  if (signal.ask?.feedbackReceived !== true || signal.feedbackGiven === 0) return false;
  const { given, received } = signal.feedbackTravels;
  return (
    signal.feedbackReceived === 0 ||
    (given >= 2 && received === 0 && signal.feedbackReceived <= TOLD_IN_PASSING)
  );
}

/** Words of being told that a story of feedback given may hold in passing. */
const TOLD_IN_PASSING = 2;

/** Asked for hard words the candidate said, they only hear them: "my manager told me it wasn't". */
function receivesInsteadOfGiving(signal: RelevanceSignal): boolean {
  return (
    signal.ask?.feedbackGiven === true && signal.feedbackReceived > 0 && signal.feedbackGiven === 0
  );
}

/**
 * Whether the answer misses the ask beyond doubt: a kind of story with nothing of that kind in it
 * (no other person, nothing gone wrong, no one pushing back), or a story told the other way round
 * with nothing in it told the asked way. A story that leans the other way while some of it tells
 * the asked story is a close call: worth saying, not worth a score of 2.
 */
export function missesAskFirmly(signal: RelevanceSignal): boolean {
  const { ask } = signal;
  if (ask === undefined) return false;
  const absent =
    signal.swaps.length > 0 ||
    signal.preventions.length > 0 ||
    signal.thingConflicts.length > 0 ||
    (ask.person && signal.people === 0 && signal.exchanges === 0) ||
    (ask.mistake && signal.setbacks === 0 && signal.distress === 0) ||
    (ask.pushback && signal.disagreements === 0) ||
    (ask.superior && signal.superiors === 0) ||
    signal.onlooking.length > 0 ||
    signal.othersActInstead.length > 0 ||
    signal.plentyOfData.length > 0 ||
    signal.reversedByOthers.length > 0 ||
    signal.sameTeamOnly.length > 0 ||
    noFeedbackAtAll(signal) ||
    givesInsteadOfReceiving(signal) ||
    receivesInsteadOfGiving(signal) ||
    apologyReversed(signal) ||
    helpReversed(signal);
  return absent || contradictions(signal).some((verdict) => verdict.support === 0);
}

/**
 * The polarities the story contradicts: asked when the candidate was wrong, it tells them right.
 * Words that lean the other way do not outweigh a fault the candidate owns or a change of mind
 * told in full: "one of my favourite wins" over a story that ends "I told the team I'd got it
 * wrong" is still a story of being wrong.
 */
export function contradictions(signal: RelevanceSignal): PolarityVerdict[] {
  return signal.polarity.filter(
    (verdict) => verdict.contradicted && (signal.fits[verdict.ask] ?? []).length === 0,
  );
}
