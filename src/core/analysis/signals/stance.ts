import { type Evidence, sentenceEvidence } from "../evidence.ts";
import { type ParsedText, sentenceRange, sentenceTokens, type Token } from "../nlp.ts";
import {
  compilePhrases,
  findPhrases,
  type PhraseMatch,
  type PhraseSet,
  sentencesWith,
} from "../phrases.ts";
import type { Clause } from "../clauses.ts";
import { namesAnotherPerson } from "./people.ts";
import { META_LEMMAS, readReasoning, type ReasoningSignal } from "./stance-reasons.ts";
import { readRevision, type RevisionSignal } from "./stance-revision.ts";
import { isQuestion } from "./stance-rules.ts";
import { isContent, sentenceWords } from "./stance-words.ts";

/**
 * What a reply to the interviewer's pushback does with the view it defended, read sentence by
 * sentence: where it gives ground, where it keeps or changes the position, what reasons it gives,
 * and where it retreats into "it depends". The verdict is combined from these by learned weights
 * (see stance.ts).
 */
export interface StanceSignal extends RevisionSignal, ReasoningSignal {
  /** Sentences that grant the challenge: "you're right", "fair point", "I hadn't thought of that". */
  readonly concede: readonly number[];
  /**
   * The reply's last word grants the challenge, after whatever it argued: "So those were my
   * reasons. But yeah, you're right, let's go with a vendor." Reasons given before it were for the
   * view it then gives up.
   */
  readonly concedesLast: boolean;
  /**
   * The reply opens by turning to another question ("Honestly the bigger issue is our alerting",
   * "What I'd really want to know is why…"): sentences that do so in its first two.
   */
  readonly turnsAway: readonly number[];
  /**
   * Sentences that take a position on as "my view" in a frame of saying it: "so my position is
   * that we should use hashed IPs instead", "so yes, I'd say kids should be protected through
   * parental controls". Without a reason, this is the challenge said back.
   */
  readonly adopts: readonly number[];
  /** Sentences that keep the view: "I'd still", "I stand by", "No." answered to the challenge. */
  readonly hold: readonly number[];
  /** Sentences that state a changed or narrowed view: "I'd change it to", "only if", "so:". */
  readonly update: readonly number[];
  /** Sentences that own the change and what caused it: "the peak number is what changed the plan". */
  readonly avowal: readonly number[];
  /** Sentences that give a reason: a cause, a consequence, an example, a figure, an experience. */
  readonly reason: readonly number[];
  /** Sentences that take no side: "it depends", "both sides", "somewhere in the middle". */
  readonly hedge: readonly number[];
  /** Sentences that turn after a concession: "but", "however", "still". */
  readonly contrast: readonly number[];
  /** Sentences that defer to the interviewer or assert without arguing: "whatever you think". */
  readonly deference: readonly number[];
  /** Sentences that say the challenge's case was never in the view: "which is what I meant". */
  readonly clarify: readonly number[];
  /** Sentences that give the view up in so many words: "scrap that", "probably not then". */
  readonly withdraw: readonly number[];
  /** Sentences that propose something concrete: "I'd cap it at two hours", "Then keep a small eval". */
  readonly proposal: readonly number[];
  /** Content words of the reply that the challenge also uses: the reply engages with it. */
  readonly engaged: number;
  /** Content words of the reply. */
  readonly contentWords: number;
  /**
   * Distinct content words of the reply that neither the view nor the challenge uses, nor talk
   * about the conversation ("point", "fair"): what the reply brings of its own. A cave dressed in
   * reasons says the challenge back ("it would just turn into rubber-stamping, so no human in the
   * loop") and brings almost nothing.
   */
  readonly ownWords: number;
}

const CONCEDE = compilePhrases([
  "you be right|correct",
  "you be probably|totally|absolutely|completely right|correct",
  "you be right that",
  "you have a point",
  "you make a good|fair|great|valid point",
  "good|fair|great|valid|real point",
  "that be true|fair|a real point|a fair point|a good point",
  "that be a real|fair|good|great|valid concern|point",
  "fair enough",
  "i agree",
  "i see your|the point",
  "i take your|the point",
  "i have not think|thought about|of",
  "i never think|thought about|of",
  "i have not consider|considered that|this|it",
  "i do not think|thought about that|it",
  "i stand corrected",
  "i concede",
  "i guess",
  "point taken",
  "maybe|perhaps you be right",
  "that get|gets me",
  "yeah okay|ok",
  "okay|ok",
  "hm|hmm|huh|oh",
  "sure",
]);

const HOLD = compilePhrases([
  "i still think|believe|hold|maintain|would|worry|doubt|stand|prefer|want",
  "i stand by",
  "i would still|stick|maintain",
  // The view or its measure unchanged: "my answer, however, remains the same", "the bar stays the
  // same".
  "remain|remains|stay|stays the same",
  "maintain|maintaining the|my position|view|stance",
  // A terse refusal that ends its sentence: "Still no." ("still no heading under 12" narrows).
  "still no .|,",
  // At the end of a text the tokenizer keeps the full stop on the word, as in "No. 5".
  "still no.",
  "i would keep it|that|this|my|the position|view|answer|rule|line",
  // Keeping what the view proposed, said as what would go on: "so yes, I'd keep the routing".
  "i would keep the|my|our|it|them|both",
  // The view's own thing kept by name: "so I'd keep take-homes, just bounded", or kept up: "I'd
  // keep naming it".
  "i would keep #NOUN",
  "i would keep naming|doing|using|running|publishing|reporting|requiring|asking",
  // Said in the present: "I'm keeping it", "I'm sticking with it", "I keep two coders", "I'm not
  // changing it".
  "i be keeping|sticking|staying",
  "i keep it|them|that|this|the|my|our|both|all|two|one",
  "i be not changing|dropping|budging|moving",
  // The challenge's own case taken and kept, as a whole sentence: "Even them.", "Even then."
  "even them|him|her|then|there|those|that .",
  "i would stay with|on",
  "the core|rule|principle|point stay|stays",
  "i would accept the|that cost|costs|risk|risks|trade-off|tradeoff|price|carrying",
  "i would not change",
  "i disagree",
  "i do not agree|buy|accept",
  "i be not convinced|persuaded",
  "i be still",
  "my point|view|position|concern|answer stand|stands|hold|holds",
  "my point|view|position|answer|mind do|does not change",
  "i would push back",
  // "That doesn't change my view", not the relative "refactors that don't change behaviour".
  "that do|does not change my|anything|much|it|that|this|things",
  "that do|does not change the view|answer|position|picture|conclusion|call",
  "keep|keeping the|my position|view|answer|call",
  "not enough to change",
  "still the right",
  "still right",
  "still worth",
  "even so ,? i would",
  // The view's measure named and kept: "Six months still stands", "the rule still holds".
  "still stand|stands|hold|holds|apply|applies",
  // A conclusion that keeps, in the present: "So I keep across departments", "So still no
  // shared tables".
  "so ,? i still? keep|stick|stay",
  "so ,? still no",
]);

/**
 * The challenge's case was never in the view: "that was already the idea", "which is what I
 * meant", "customer calls were never in it". The reply says what the view covered rather than
 * moving it, however much it then grants about the case the challenge raised.
 */
const CLARIFY = compilePhrases([
  "that be already|always the idea|plan|point|rule",
  "that be what i mean|meant|say|said",
  "which be what i mean|meant|say|said",
  "what i mean|meant be",
  "as i mean|meant it",
  "be never in it|this|that",
  "be never part of it|this|that",
  "i mean|meant internal|external|only",
]);

/**
 * Words by which the speaker owns that the view moved. Each both changes the view (UPDATE) and
 * owns the change (AVOWAL).
 */
const OWNED_CHANGES: readonly string[] = [
  "change|changes|changed|shift|shifts|shifted my #ADJ view|position|answer|stance|opinion",
  "that|this change|changes|changed it|things|everything",
  // "That changed how I think about it": the speaker's own thinking, moved.
  "that|this|which change|changes|changed how i think|see|read|view|look",
  "i be wrong",
  "i take that|it back",
  // "What I'd take back is 'substitute' in general": the word given up, named after it.
  "i would take back",
  "i take back",
  // "I've moved on that": the speaker's own view, moved.
  "i have move|moved on that|this|it",
  // The case's figures owned as moving it: "thirty percent changes the math".
  "change|changes|changed the math|maths|calculus|arithmetic|equation",
  // The view's own word given up: "'never' was too strong", "I'd take 'always' back".
  "be too strong|broad|absolute|sweeping",
  "i be generalising|generalizing|extrapolating",
  // What moved the view, named as the speaker's own miss: "the cost I missed", "the part I
  // underweighted", "that's the piece I was missing".
  "i miss|missed|skip|skipped|overlook|overlooked|underweight|underweighted|underestimate|underestimated",
  "i have|had missed|skipped|overlooked|underweighted|underestimated",
  "i be missing|overlooking|underweighting|ignoring",
  // The view owned as said too big: "I think I overstated it", "I oversold it".
  "i overstate|overstated|oversell|oversold|overclaim|overclaimed",
  "i have|had overstated|oversold|overclaimed",
  // The gap named in the speaker's own words: "that's the hole in what I said".
  "the hole in what i say|said|propose|proposed|argue|argued",
  "the hole in my view|position|argument|plan|proposal",
  // The change measured against what was said: "so, narrower than what I said".
  "narrower|softer|weaker than what? i said|claimed|meant",
];

const UPDATE = compilePhrases([
  "change|changes|changed|shift|shifts|shifted my view|mind|position|answer|thinking|stance|idea|opinion",
  // Won over by the interviewer: the view moved, though what moved it must be said beside it
  // (bare, "Okay, you've convinced me." still caves for want of a reason).
  "you have convince|convinced|persuade|persuaded me",
  "you convince|convinced|persuade|persuaded me",
  "i would switch|move|go to",
  // The view's thing given up for another: "I'd replace the free-form chat with a rubric".
  "i would replace|swap",
  // An alternative is one word: "part way" is its own cue.
  "i would go partway|halfway",
  "i would go part way",
  "i would change|revise|update|refine|amend|narrow|soften|adjust|qualify|reframe|drop|retract|weaken|modify|scale|restate|reword|rephrase",
  "i would therefore|then|also revise|change|update|refine|amend|narrow|soften|adjust",
  "i have update|updated|revise|revised|changed",
  "i update|updated|revise|revised",
  // The rest kept after a carve-out, which names it one: "Everywhere else I'd keep two".
  "everywhere|anywhere else i would",
  "everything|anything|everyone|anyone|everywhere else still",
  "the rest still|stays|stay",
  // The rule kept for a part only: "five seeds stays the rule for anything you can rerun".
  "stay|stays|remain|remains the rule|default for",
  // A hole in the view owned: "that one I don't have a good answer for".
  "i do not have a good answer for|to",
  // A change promised: "I'll soften that: a small pilot for logistics is worth it".
  "i will soften|narrow|refine|adjust|revise",
  // Present tense, as some speakers put it: "So I change: rewrite only when there are tests".
  "i change :",
  // The view's edge, drawn: "that's the case I'd carve out".
  "carve|carves|carved|carving out",
  "i be less sure|confident|certain",
  "i would now",
  "i now think|believe|see|would",
  "so i would",
  "then i would",
  "instead",
  "i would only",
  "only if|when|for",
  "unless",
  "rather than",
  "that move|moves|moved|update|updates me",
  "make|makes me rethink|reconsider",
  "let me revise|refine|narrow|rephrase",
  "on reflection",
  "in that case",
  "by default",
  "except",
  // A part of the rule's reach set apart: "but for the new ones, every year", "generated code
  // excluded".
  "but for those|these|new|anyone|anybody|internal|external|everyone|everything",
  // Not "but for the record".
  "but for the new|rest|others|other|junior|senior|small|large|internal|external|first",
  "#NOUN excluded|exempt|exempted",
  // The rule given one reach and something else another: "Annual for ratings, but feedback the
  // week it happens".
  "for * , but",
  "for * * , but",
  "for * * * , but",
  "what i would say now",
  "a narrower|smaller|weaker|softer version",
  "i should have",
  "a different thing|story|matter",
  "mostly",
  "i be think|thinking of|about",
  "i have not weigh|weighed|pictured|considered",
  "demote|demotes|demoted|downgrade|downgrades|downgraded",
  // What moved the view, said as a surprise at the facts: "a lot more than I pictured".
  "more|bigger|worse|fewer|less than i picture|pictured|think|thought|expect|expected|realise|realised|realize|realized",
  // A case the view did not cover: "orders is the exception I didn't think about".
  "be the|an exception",
  "that be the hole|flaw|gap in it",
  // The view's new edge, named: "Schedule II is where I'd pull back", "that's where I'd land".
  "be where i would pull|draw|stop|land|give",
  // A scope put after what it bounds: "it stays, for enterprise plans only".
  "for * only",
  "for * * only",
  ...OWNED_CHANGES,
]);

/**
 * The speaker owns that the view moved, and usually says what moved it: "the leak risk is what
 * moved me", "I was picturing only the big labs", "I hadn't separated the two". Unlike a scope
 * word ("only if", "instead"), which a held view uses as often as a changed one, these are said
 * almost only by someone whose view changed; with no reason beside them they are still a cave.
 */
const AVOWAL = compilePhrases([
  "what change|changed|move|moved|shift|shifted it|me|my|the|our",
  "be what make|made me",
  "change|changes|changed|shift|shifts|shifted my view|mind|position|answer|thinking|plan|idea|opinion",
  // The challenge owned as winning: "that incident is hard to argue with".
  "be hard to argue with|against",
  "it|that|this|which change|changes what i",
  "i be underestimating|overestimating|picturing|imagining",
  "i be think|thinking only",
  "i be only think|thinking|picturing",
  // The weak point owned: "you've put your finger on the part I can't defend".
  "part|piece|bit i can not defend|justify",
  // The change named as one: "that is a change from what I said before".
  "be a change from what i",
  // The challenge's point named as what moved the speaker: "the rollback point convinced me".
  "#NOUN convince|convinced|persuade|persuaded me",
  "what your point|example|case move|moves|moved me",
  "be the case that get|gets|got me",
  "shake|shook|shaken my confidence",
  "i have not think|thought|consider|considered|separate|separated|weigh|weighed|picture|pictured",
  // Past only: "I don't know" is a shrug and "I don't think so" a denial; "I didn't know" is news.
  "i did not know|realise|realize|consider|see",
  "i did not think about|of",
  // What the view rested on, owned as weaker than the challenge's: "I was reacting to the scare
  // last year, but the pilot data is better evidence than my worry".
  "i be reacting|overreacting to",
  // The assumption the view rested on, owned: "I'd assumed a five-point lift", "I was assuming".
  "i had|would assumed",
  "i be assuming",
  "be better|stronger|harder evidence than my",
  ...OWNED_CHANGES,
]);

/** A concrete proposal: "I'd cap it at two hours", "Then keep a small human eval", "Two tiers, then:". */
const PROPOSAL = compilePhrases([
  "i would #VERB",
  "we would #VERB",
  "we should #VERB",
  "then #VERB",
  "so #VERB",
  "#NOUN then",
  "then i would",
  "hard rule",
  // A rule narrowed in a word, opening the reply: "Just the ones that feed a launch decision".
  "just|only the ones|those that|which|where",
]);

const REASON = compilePhrases([
  "because",
  "since",
  "given that|how",
  "the reason",
  "which mean|means",
  "that mean|means",
  "so that",
  "for example|instance",
  "the evidence|data",
  "at|on|in my last|previous job|company|team|project",
  "last year|quarter|month|week|launch|time",
  "we have|had|saw|tried|ran|measured|shipped|lost",
  "i have|had seen|watched|lived|run|done",
  "i saw|watched|tried|ran|measured",
  "cost|costs",
  "otherwise",
  "if we do|did not",
  "the risk|cost|point be",
  "what matter|matters be",
  // A cause given in so many words: "burnout comes from noisy pages, not ownership".
  "come|comes|came from",
  "lead|leads|led to",
  "result|results|resulted in",
  "cause|causes|caused",
  // What the view keeps buying: "required boilerplate still gives auditors something to check".
  "still give|gives|buy|buys|catch|catches|protect|protects|save|saves",
]);

/**
 * "Without a venue, the same failed idea gets tried by five labs": a sentence that opens on what
 * is lost without the view says what the view is for.
 */
function opensOnItsAbsence(parsed: ParsedText): Set<number> {
  const found = new Set<number>();
  for (const sentence of parsed.sentences) {
    const first = parsed.tokens[sentence.firstToken];
    const comma = sentenceTokens(parsed, sentence.index).some((token) => token.normal === ",");
    if (first?.normal === "without" && comma) found.add(sentence.index);
  }
  return found;
}

const HEDGE = compilePhrases([
  "it depend|depends",
  "it really depend|depends",
  "both side|sides",
  "on one hand",
  "on the other hand",
  "somewhere in the middle",
  "a lot of perspective|perspectives",
  "many perspective|perspectives",
  "there be no right answer",
  // "It's not something with one right answer", "both approaches have their merits".
  "one right answer",
  "have|has their|its merits",
  "both approach|approaches|option|options|view|views",
  "weigh|weighs it|this|that differently",
  "hard to say",
  "who know|knows",
  "i do not know",
  "i be not sure",
  "ongoing conversation",
  "case by case",
  "whatever you think",
  "your call",
  "up to you",
  "either way",
  "valid point|points on both",
  "both way|ways",
  "on one side",
  "a lot of angle|angles",
  "nobody|anyone|anybody really know|knows",
  "no one really know|knows",
  "the right balance",
  "the key|central|real question|dilemma",
  "argument|arguments either way",
  "it be complicated|complex|nuanced",
  // Waiting to see instead of taking a side: "see how the industry goes", "time will tell".
  "wait and see",
  "time will tell",
  // Not "we saw how it went", which tells what happened.
  "to|and|just see how it|things|everything go|goes|play|plays|shake|shakes out?",
  "seeing how it|things|everything go|goes|play|plays|shake|shakes out?",
  "to|and|just see how the industry|market|field|research go|goes|develop|develops",
  "seeing how the industry|market|field|research go|goes|develop|develops",
  "people who swear by it",
  "people who love|hate it",
  // The change left for later, unnamed: "we can figure out the details as we go".
  "figure|work|sort|iron|hash out the details|specifics|rest as|along we go",
  "figure|work|sort|iron|hash out the details|specifics|rest later|along the way",
]);

/** The "let's say" cue, read by isShrug. */
const SHRUG = "let us just? say";

/** Giving way to the interviewer as a person rather than to an argument, or asserting instead of arguing. */
const DEFERENCE = compilePhrases([
  "you know better|best|more",
  "you have clearly|obviously",
  "you clearly|obviously have|know",
  "whatever you think|want|prefer",
  "i would go with",
  "never mind",
  "let us keep|drop it",
  "i should not argue",
  "i be flexible",
  "not wed|wedded",
  "what you want to hear",
  "i be confident",
  "i just do",
  "gut thing|feeling",
  "trust me",
  "i know a good",
  "i have be|been do|doing this",
  "i be not someone",
  "consistency be important",
  "i will go with",
  "do it your way",
  "your way",
  "whatever that be",
  "i will defer|leave it",
  "i would defer",
  "i would leave it",
  // Whatever someone else wants, goes: "whatever the fraud team needs is probably fine", "I'm
  // happy to go wherever the team thinks I'd be most useful".
  "whatever|wherever * *? *? need|needs|want|wants|decide|decides|think|thinks",
  // Openness as the reason, not the matter: "being willing to let go of a position when someone
  // challenges it", "I'd be happy to go with one approval if that's what the team thinks".
  "open to other|different|new perspective|perspectives|view|views|idea|ideas",
  "let go of a|my|the|our position|view|stance",
  "humility about",
  "i would be happy to go with",
  "if that be what you|the team|everyone think|thinks|want|wants|prefer|prefers",
  "insist|insists on a process|rule|view",
  // A conclusion put as a shrug: "so let's say no cameras", "let's just say streaming is fine".
  SHRUG,
]);

/**
 * "Let's say" shrugs a conclusion when it ends the reply or says "just"; elsewhere it supposes a
 * case ("let's say a patient calls at 2 a.m.…") or a figure ("more than, let's say, 5%").
 */
function isShrug(parsed: ParsedText, match: PhraseMatch): boolean {
  if (match.cue !== SHRUG) return true;
  if (parsed.tokens[match.last + 1]?.value === ",") return false;
  const saysJust = parsed.tokens[match.first + 2]?.normal === "just";
  const endsTheReply = parsed.tokens[match.first]?.sentence === parsed.sentences.length - 1;
  return saysJust || endsTheReply;
}

/**
 * Giving the view up in so many words: "scrap that", "forget it", "probably not then", "we wait
 * then". Alone it is a cave; beside a new proposal it is the first half of an update.
 */
const WITHDRAW = compilePhrases([
  "scrap|drop|forget that|it|this",
  "maybe|probably not",
  "maybe|probably there|we should not|shouldn't be|have",
  "not then",
  "never mind",
  "we wait then",
  "i will drop|scrap|forget",
  "i would drop that|it|this then",
  "keep|keeping write|writing|do|doing them|it",
  "we can keep the|them|it",
]);

const CONTRAST = compilePhrases(["but", "however", "that say|said", "even so", "still", "yet"]);

const NEGATIONS = new Set(["not", "never", "no"]);

/** Sentence indices where a cue matches and means what it says (negated cues are dropped). */
function affirmedSentences(parsed: ParsedText, set: PhraseSet, keepNegated = false): Set<number> {
  return sentencesWith(parsed, set, (match) => keepNegated || !isNegatedCue(parsed, match));
}

/** "I come from a team that…" says where a person is from, not what caused anything. */
function namesAnOrigin(parsed: ParsedText, match: PhraseMatch): boolean {
  const cue = parsed.tokens[match.first];
  const subject = parsed.tokens[match.first - 1];
  return cue?.lemma === "come" && PERSONS.has(subject?.normal ?? "");
}

const PERSONS: ReadonlySet<string> = new Set(["i", "we", "you", "he", "she", "they"]);

/**
 * Whether a token that passes `test` stands within `reach` tokens after `at`, in its sentence,
 * from `skip` tokens on.
 */
function followedWithin(
  parsed: ParsedText,
  at: number,
  reach: number,
  test: (token: Token, index: number) => boolean,
  skip = 1,
): boolean {
  const sentence = parsed.tokens[at]?.sentence;
  for (let t = at + skip; t <= at + reach; t += 1) {
    const next = parsed.tokens[t];
    if (next === undefined || next.sentence !== sentence) return false;
    if (test(next, t)) return true;
  }
  return false;
}

/** How far "back" may stand after "take": "I'd take 'never' back", with the quotes between. */
const TAKEN_BACK_REACH = 5;

/**
 * The sentences that take a word of the view back: "I'd take 'never' back for one case", "I take
 * the 'always' back". The words between may be quoted, so they are read here and not as a cue.
 */
function wordsTakenBack(parsed: ParsedText): number[] {
  const found = new Set<number>();
  parsed.tokens.forEach((token, at) => {
    if (token.lemma !== "take") return;
    if (followedWithin(parsed, at, TAKEN_BACK_REACH, (next) => next.normal === "back", 2))
      found.add(token.sentence);
  });
  return [...found];
}

/** How far "anymore" may stand after "I would not": "I wouldn't make it the main channel anymore". */
const ANYMORE_REACH = 8;

/** The sentences where the speaker would no longer do what the view said: "I wouldn't … anymore". */
function noLongerWould(parsed: ParsedText): number[] {
  const found = new Set<number>();
  const anymore = (next: Token, t: number) =>
    next.normal === "anymore" || (next.normal === "more" && parsed.tokens[t - 1]?.normal === "any");
  parsed.tokens.forEach((token, at) => {
    const subject = parsed.tokens[at - 2];
    const modal = parsed.tokens[at - 1];
    if (token.normal !== "not" || subject?.normal !== "i" || modal?.normal !== "would") return;
    if (followedWithin(parsed, at, ANYMORE_REACH, anymore)) found.add(token.sentence);
  });
  return [...found];
}

/** "We still give it a try": an attempt, not what the view buys. */
function givesItAGo(parsed: ParsedText, match: PhraseMatch): boolean {
  return (
    parsed.tokens[match.first]?.normal === "still" && parsed.tokens[match.last + 1]?.normal === "it"
  );
}

/** "My old lead was hard to argue with" describes a person, not a challenge that won. */
function aPersonHardToArgueWith(parsed: ParsedText, match: PhraseMatch): boolean {
  if (parsed.tokens[match.first + 1]?.normal !== "hard") return false;
  const subject = parsed.tokens[match.first - 1];
  return subject !== undefined && (PERSONS.has(subject.normal) || namesAnotherPerson(subject));
}

/** "I didn't know that" reports news that moved the view (AVOWAL); "I don't know" is a shrug. */
function reportsNews(parsed: ParsedText, match: PhraseMatch): boolean {
  return match.cue === "i do not know" && parsed.tokens[match.first + 1]?.normal === "did";
}

/**
 * "I wouldn't change my view" negates an update cue; a cue that carries its own "not" stays, and
 * so does one whose only negation is a word quoted from the view: "'never' was too strong".
 */
function isNegatedCue(parsed: ParsedText, match: PhraseMatch): boolean {
  const tokens = parsed.tokens.slice(match.first, match.last + 1);
  if (tokens.some((token) => NEGATIONS.has(token.normal))) return false;
  return tokens.some((token) => token.negated) && !negationIsQuoted(parsed, match.first);
}

const QUOTES: ReadonlySet<string> = new Set(["'", '"', "‘", "’", "“", "”"]);

/** Whether the last negation before a token in its sentence is a quoted word: "'never'". */
function negationIsQuoted(parsed: ParsedText, at: number): boolean {
  const sentence = parsed.tokens[at]?.sentence;
  for (let i = at - 1; i >= 0; i -= 1) {
    const token = parsed.tokens[i];
    if (token === undefined || token.sentence !== sentence) return false;
    if (!NEGATIONS.has(token.normal)) continue;
    const before = parsed.tokens[i - 1]?.normal ?? "";
    const after = parsed.tokens[i + 1]?.normal ?? "";
    return QUOTES.has(before) && QUOTES.has(after);
  }
  return false;
}

/** The update cues that narrow by a condition: "only if", "unless", "except". */
const CONDITIONS: ReadonlySet<string> = new Set(["only if|when|for", "unless", "except"]);

/** The speaker as subject: a condition on what "I" or "we" would do narrows the speaker's view. */
const SPEAKER = new Set(["i", "we", "i'd", "we'd", "my", "our"]);

/**
 * A condition put on the challenge's own case rather than on the view: "They'd sit only if people
 * waited for the meeting to raise them". The words before the condition repeat the challenge, not
 * the view, and name no speaker, so the sentence answers the challenge's claim (and usually denies it) instead
 * of narrowing what the speaker would do; "I'd only require it on billing code" and "Twice a week
 * only for teams with a blockers channel" still narrow the view.
 */
function conditionsTheChallenge(
  parsed: ParsedText,
  match: PhraseMatch,
  challengeWords: ReadonlySet<string>,
  viewWords: ReadonlySet<string>,
): boolean {
  if (!CONDITIONS.has(match.cue)) return false;
  const sentence = parsed.tokens[match.first]?.sentence;
  const opening = parsed.sentences[sentence ?? -1];
  if (opening === undefined) return false;
  const before = parsed.tokens.slice(opening.firstToken, match.first);
  if (before.some((token) => SPEAKER.has(token.normal))) return false;
  const content = before.filter(isContent);
  // "…and a meeting only when there's an open incident" puts the view's own thing under a
  // condition: that narrows the view, whatever the challenge also said about it.
  if (content.some((token) => viewWords.has(token.lemma))) return false;
  return content.some((token) => challengeWords.has(token.lemma) && !viewWords.has(token.lemma));
}

/**
 * A sentence that holds a figure, a date or a duration counts as a reason given; `measured` leaves
 * out counts spelled in words ("one approval").
 */
function figureSentences(parsed: ParsedText, measured = false): Set<number> {
  const out = new Set<number>();
  for (const entity of parsed.entities) {
    if (!["CARDINAL", "PERCENT", "MONEY", "DATE", "DURATION", "TIME"].includes(entity.type)) {
      continue;
    }
    if (
      measured &&
      entity.type === "CARDINAL" &&
      !/\d/.test(parsed.text.slice(entity.start, entity.end))
    ) {
      continue;
    }
    const sentence = parsed.tokens[entity.firstToken]?.sentence;
    if (sentence !== undefined) out.add(sentence);
  }
  return out;
}

function contentLemmas(tokens: readonly Token[]): string[] {
  return tokens.filter(isContent).map((token) => token.lemma);
}

/**
 * Sentences that open with "No" or "Nope": an answer to the challenge that keeps the view. A "no"
 * inside a sentence ("the go or no-go decision", "no, that's not where it goes first") is not one,
 * and neither is a "no" to a question that asks whether the view reaches further or is meant
 * (noKeepsTheView).
 */
function sentencesOpeningWithNo(parsed: ParsedText, question: string | undefined): number[] {
  if (!noKeepsTheView(question)) return [];
  const conceding = concessionStarts(parsed);
  const lastWithWords =
    parsed.tokens.findLast((token) => token.isWord)?.sentence ?? parsed.sentences.length;
  return parsed.sentences
    .filter((sentence) => {
      const words = sentenceWords(parsed, sentence.index);
      // The tokenizer keeps the stop of a sentence that is only "No." on the word: it answers
      // the challenge when more follows, and a bare "No." alone keeps no considered position.
      const first = words[0]?.normal.replace(/\.$/, "");
      // "No. Users were told thirty days" may come as one sentence: the words after it are more.
      const more = sentence.index < lastWithWords || words.length > 1;
      if (words[0]?.normal.endsWith(".") === true && !more) return false;
      if (first !== "no" && first !== "nope") return false;
      // "No, fair." and "No, you're right" answer the challenge by granting it: no hold.
      return !words.slice(1, 4).some((word) => conceding.has(word.index));
    })
    .map((sentence) => sentence.index);
}

/**
 * A sentence that opens on a bare "still" keeps the view in few words: "Still list them.", "Still
 * bedside.", "Still no Friday deploys." "Still, …" with a comma turns to a concession instead,
 * "Still no puzzles for juniors, but seniors get one" narrows the view after its turn, and "still"
 * later in a sentence ("I still think…") is read by its phrases.
 */
function opensOnStill(parsed: ParsedText, turns: readonly PhraseMatch[]): number[] {
  return parsed.sentences
    .filter((sentence) => {
      const first = parsed.tokens[sentence.firstToken];
      const second = parsed.tokens[sentence.firstToken + 1];
      if (first?.normal !== "still" || second?.isWord !== true) return false;
      return !turns.some((turn) => parsed.tokens[turn.first]?.sentence === sentence.index);
    })
    .map((sentence) => sentence.index);
}

/** The update cues that only draw a conclusion: "so I'd…", "then I'd…". */
const CONCLUSIONS: ReadonlySet<string> = new Set(["so i would", "then i would"]);

/**
 * "So I'd keep the discount" concludes by keeping the view: a "so I'd" or "then I'd" in a sentence
 * that keeps it, with no turn after it, is no change. "So I'd cap it at two hours" still is, and so
 * is "so I'd still let them override, but only with a second nurse".
 */
function concludesHold(
  parsed: ParsedText,
  match: PhraseMatch,
  hold: ReadonlySet<number>,
  turns: readonly PhraseMatch[],
): boolean {
  const sentence = parsed.tokens[match.first]?.sentence;
  if (!CONCLUSIONS.has(match.cue) || sentence === undefined || !hold.has(sentence)) return false;
  return !turnsAfter(parsed, turns, match);
}

/**
 * The turns of a reply ("but", "however"; not "still", which keeps as often as it turns), found
 * once for the readings that ask whether a sentence turns after a cue.
 */
function turnsOf(parsed: ParsedText): PhraseMatch[] {
  return findPhrases(parsed, CONTRAST).filter((turn) => turn.cue !== "still");
}

/** Whether one of the turns comes after the cue, in the cue's own sentence. */
function turnsAfter(parsed: ParsedText, turns: readonly PhraseMatch[], cue: PhraseMatch): boolean {
  const sentence = parsed.tokens[cue.first]?.sentence;
  return turns.some(
    (turn) => turn.first > cue.first && parsed.tokens[turn.first]?.sentence === sentence,
  );
}

/**
 * Sentences that keep the view and do nothing else: a cue that keeps it ("I'd keep", "I'd still"),
 * no turn after it ("but for docs…") and no cue that changes it. "So yes, I'd keep both
 * approvals" proposes the view again, not something new.
 */
function keepsWhole(
  parsed: ParsedText,
  update: readonly number[],
  turns: readonly PhraseMatch[],
): Set<number> {
  const changed = new Set(update);
  const kept = new Set<number>();
  for (const match of findPhrases(parsed, HOLD)) {
    if (isNegatedCue(parsed, match)) continue;
    const sentence = parsed.tokens[match.first]?.sentence;
    if (sentence === undefined || changed.has(sentence)) continue;
    if (!turnsAfter(parsed, turns, match)) kept.add(sentence);
  }
  return kept;
}

/** Update cues that only announce a change: what follows them says whether there is one. */
const ANNOUNCEMENTS = compilePhrases([
  "let me revise|refine|narrow|rephrase",
  "i would change|revise|update|refine|amend|reframe|modify|restate|reword|rephrase",
  "i would therefore|then|also revise|change|update|refine|amend",
  "i have update|updated|revise|revised|changed",
  "i update|updated|revise|revised",
  "i change :",
]);

/**
 * Update sentences whose only change is announced ("Let me revise that: …", "I'd update my
 * answer: …") while the reader finds nothing changed in them: no revision, no new position, and
 * no other update cue.
 */
function announcedOnly(
  parsed: ParsedText,
  update: readonly number[],
  changedMatter: ReadonlySet<number>,
): number[] {
  // Each sentence's first announcement, found once for both tests below.
  const announced = new Map<number, PhraseMatch>();
  for (const match of findPhrases(parsed, ANNOUNCEMENTS)) {
    const sentence = parsed.tokens[match.first]?.sentence;
    if (sentence !== undefined && !announced.has(sentence)) announced.set(sentence, match);
  }
  const other = sentencesWith(
    parsed,
    UPDATE,
    (match) => findPhrases(parsed, ANNOUNCEMENTS, match.first, match.last + 1).length === 0,
  );
  return update.filter((s) => {
    const announcement = announced.get(s);
    return (
      announcement !== undefined &&
      !other.has(s) &&
      !changedMatter.has(s) &&
      !scopedAfter(parsed, announcement)
    );
  });
}

/** Words that bound what an announced change says: "I'd revise: … only to vetted evaluators". */
const SCOPE_WORDS: ReadonlySet<string> = new Set([
  "only",
  "whenever",
  "unless",
  "except",
  "but",
  "rather",
  "instead",
  "where",
]);

/** Whether the words after an announcement, in its sentence, bound its claim: the change is told. */
function scopedAfter(parsed: ParsedText, announcement: PhraseMatch): boolean {
  const sentence = parsed.sentences[parsed.tokens[announcement.first]?.sentence ?? -1];
  if (sentence === undefined) return false;
  return parsed.tokens
    .slice(announcement.last + 1, sentence.lastToken + 1)
    .some((token) => SCOPE_WORDS.has(token.normal));
}

/**
 * Whether a "No" that opens the reply answers the challenge by keeping the view. It does against
 * a statement ("The system has eleven years of edge cases in it"), a negative question ("Isn't
 * that undermining them?") and a caricature of the view ("So you'd let a disk fill up?"). To a
 * question that asks whether the view reaches a case ("Even for a typo in a README?", "Including
 * the admin dashboard?", "Is 24 hours always the right time?") or whether it is meant ("Are you
 * sure?"), "no" grants the challenge: the view stops short of it.
 */
function noKeepsTheView(question: string | undefined): boolean {
  return question === undefined || NEGATIVE_QUESTION.test(question) || /^so\b/i.test(question);
}

/** Words that may come before the answer itself: "Ah, no", "Ha, okay, no", "Hm. No". */
const INTERJECTIONS: ReadonlySet<string> = new Set([
  "ah",
  "oh",
  "ha",
  "hah",
  "hm",
  "hmm",
  "okay",
  "ok",
  "well",
  "um",
  "uh",
  "er",
]);

/**
 * The opening sentence when it answers "no" to a question that asks whether the view reaches a
 * case ("Even for a typo in a README?" — "Ha, okay, no. Docs-only changes with one approval")
 * and the reply goes on to say where it stops: the view narrowed. A "no" to "Are you sure?" or
 * "Would you really…?" gives the view up instead, and a bare "No." says nothing of where it ends.
 */
function exceptionGranted(parsed: ParsedText, question: string | undefined): number[] {
  if (question === undefined || noKeepsTheView(question) || MEANT.test(question)) return [];
  const first = parsed.sentences[0];
  const words = first === undefined ? [] : sentenceWords(parsed, first.index);
  const opening = words.findIndex((word) => !INTERJECTIONS.has(word.normal.replace(/\.$/, "")));
  const answer = words[opening]?.normal.replace(/\.$/, "");
  if (first === undefined || (answer !== "no" && answer !== "nope")) return [];
  const more = parsed.sentences.length > 1 || words.length > opening + 1;
  return more ? [first.index] : [];
}

/** A question that asks whether the view is meant, whose "no" gives it up: "Are you sure?". */
const MEANT = /\b(really|sure|seriously)\b/i;

/** The last question the challenge asks, as written; none when it asks none. */
function askedQuestion(challenge: ParsedText | undefined): string | undefined {
  if (challenge === undefined) return undefined;
  const asked = challenge.sentences.findLast((sentence) => isQuestion(challenge, sentence.index));
  return asked === undefined ? undefined : challenge.text.slice(asked.start, asked.end).trim();
}

/**
 * "How else do you keep people honest?" asks for the alternative the view implies, so "through
 * review rather than a number" answers it: the view's own alternative, named, is no change of view.
 */
function namesTheAskedAlternative(match: PhraseMatch, question: string | undefined): boolean {
  if (question === undefined || (match.cue !== "instead" && match.cue !== "rather than")) {
    return false;
  }
  return /\b(else|instead|alternative)\b/i.test(question);
}

/**
 * A keep scoped to a part, after the speaker owned that the view moved: "So I take it back for
 * onboarding. For routine work between two seniors I still think it halves throughput.", "That
 * changed how I think about it. I'd still use the ratings, but only length-controlled." What it
 * keeps is the rest of a view now narrowed, not the view whole.
 */
function keptForTheRest(parsed: ParsedText, sentence: number, avowal: readonly number[]): boolean {
  return (
    avowal.some((owned) => owned < sentence) &&
    (opensOnACase(parsed, sentence) || keepsWithALimit(parsed, sentence))
  );
}

/** Words after "only" that make it a condition on what is kept: "only with", "only once". */
const ONLY_ON = new Set(["if", "when", "with", "for", "once", "after", "on", "in", "where"]);

/** A sentence that keeps something within a limit: "…, but only length-controlled", "only if…". */
function keepsWithALimit(parsed: ParsedText, sentence: number): boolean {
  const words = sentenceWords(parsed, sentence);
  return words.some(
    (word, i) =>
      word.normal === "only" &&
      (words[i - 1]?.normal === "but" || ONLY_ON.has(words[i + 1]?.normal ?? "")),
  );
}

/** The words that open a sentence scoped to one case: "For new grads…", "But for the rest…". */
function opensOnACase(parsed: ParsedText, sentence: number): boolean {
  const [first, second] = sentenceWords(parsed, sentence);
  return first?.normal === "for" || (first?.normal === "but" && second?.normal === "for");
}

/**
 * The view answered case by case: "For the platform team I'd keep it senior-only. For product
 * teams I'd now hire juniors." Two or more sentences that each open on a case split a view that
 * was put whole, which narrows it however much of it each case keeps; the sentences, in order,
 * or none where fewer than two open so.
 */
function splitByCase(parsed: ParsedText): number[] {
  const cases = parsed.sentences
    .map((sentence) => sentence.index)
    .filter((sentence) => opensOnACase(parsed, sentence));
  return cases.length >= 2 ? cases : [];
}

/** A challenge that asks whether the candidate looked into something: "Did you look at why?". */
const LOOKED_INTO =
  /^(did|have|had) you (ever )?(look|looked|check|checked|consider|considered|think|thought|ask|asked|read|know|factor|factored|account|accounted|weigh|weighed|see|seen|notice|noticed)\b/i;

/** The words of a reply's opening that only say the candidate had not: "No, I hadn't." */
const HAD_NOT = new Set(["no", "i", "had", "have", "did", "not"]);

/**
 * "Did you look at why? Two were blocked on the infra team." — "I hadn't." The opening sentence
 * that only says the candidate had not looked owns the miss the challenge names, as "I hadn't
 * considered that" would.
 */
function admitsTheMiss(parsed: ParsedText, question: string | undefined): number[] {
  if (question === undefined || !LOOKED_INTO.test(question)) return [];
  const opening = parsed.sentences[0];
  if (opening === undefined) return [];
  const words = sentenceWords(parsed, opening.index);
  const negated = words.some((token) => token.normal === "not");
  const saysOnlyThat = words.every((token) => HAD_NOT.has(token.normal));
  return negated && saysOnlyThat && words.some((t) => t.normal === "i") ? [opening.index] : [];
}

/** A negative question, whose "yes" grants it: "Isn't it our main funnel?", "Doesn't that…?". */
const NEGATIVE_QUESTION =
  /^(isn't|aren't|doesn't|don't|won't|wouldn't|shouldn't|can't|couldn't|didn't|wasn't)\b/i;

/** A challenge that asks whether the view is meant: "Would you really refuse them?". */
const MEANT_IT = /\b(really|still|sure|seriously)\b/i;
/** A challenge that asks whether the view holds in a hard case: "Even if it costs you your job?". */
const EVEN_THEN = /^(even|including|always)\b/i;

/**
 * Sentences that open with "Yes" to a challenge that asks whether the candidate really means the
 * view ("Would you really refuse them?", "Is that really worth it?", "Are you sure?") or holds it
 * in a hard case ("Even if it costs you your job?", "Including the night round?"): the "yes"
 * keeps it, when more follows. To a negative question ("Isn't that our main funnel?") or a plain
 * one, "yes" grants the challenge instead, so it keeps nothing.
 */
function yesThatKeeps(parsed: ParsedText, question: string | undefined): number[] {
  if (
    question === undefined ||
    NEGATIVE_QUESTION.test(question) ||
    !(MEANT_IT.test(question) || EVEN_THEN.test(question))
  ) {
    return [];
  }
  const lastWithWords = parsed.tokens.findLast((token) => token.isWord)?.sentence ?? 0;
  const first = parsed.sentences[0];
  if (first === undefined || first.index >= lastWithWords) return [];
  const opening = sentenceWords(parsed, first.index)[0]?.normal.replace(/[.,!]$/, "");
  return opening === "yes" || opening === "yeah" || opening === "yep" ? [first.index] : [];
}

/** Subjects that point back at what the challenge named: "it wasn't a mistake". */
const POINTING_SUBJECTS = new Set(["it", "that", "this", "they", "those", "these"]);

/**
 * Opening sentences that deny the challenge's premise in its own word: "It wasn't a mistake" to
 * "wasn't that delay a mistake?", "It's not a document" to "would you hold a launch over a
 * document?". The clause is a negated "be" with a pointing subject, and the first word of
 * substance after it is a word the challenge used. "That's not worth a week" or "it isn't the way
 * to…" name no word of the challenge's there and deny nothing it said.
 */
function deniedPremise(
  parsed: ParsedText,
  clauses: readonly Clause[],
  challengeWords: ReadonlySet<string>,
): number[] {
  const denied = clauses.filter((clause) => {
    if (clause.sentence >= OPENING_SENTENCES || !clause.negated || clause.modal) return false;
    if (clause.verb !== undefined || clause.subject === undefined) return false;
    const { first, last } = clause.subject;
    const subject = parsed.tokens[first];
    if (first !== last || subject === undefined || !POINTING_SUBJECTS.has(subject.normal)) {
      return false;
    }
    const head = clause.complement.find((t) => isContent(t) && !META_LEMMAS.has(t.lemma));
    return head !== undefined && challengeWords.has(head.lemma);
  });
  return [...new Set(denied.map((clause) => clause.sentence))];
}

/** The tokens where a concession of the challenge begins: "fair", "you're right", "true". */
function concessionStarts(parsed: ParsedText): Set<number> {
  return new Set(findPhrases(parsed, GRANTS).map((match) => match.first));
}

/** What a "No" grants when it opens a concession rather than an answer: "No, fair". */
const GRANTS = compilePhrases([
  "fair",
  "true",
  "you be right|correct",
  "you be probably|totally|absolutely right",
  "good|fair|valid point",
  "point taken",
  "okay|ok",
]);

/** A fact granted by name: "you're right that the policy is reviewed by an outside group". */
const GRANTED_FACT = compilePhrases([
  "you be right that",
  "it be true that",
  "i agree that",
  "i grant|accept that",
  "fair point that",
]);

/** What the speaker does about it, in the same breath: "so I'd now narrow my critique". */
const CONSEQUENCE = compilePhrases([
  "so i|we would|will|should|can",
  "so i|we #VERB",
  "which be why i|we",
  "that be why i|we",
]);

/** Words of matter between a granted fact's cue and the consequence drawn from it. */
const GRANTED_FACT_WORDS = 3;

/**
 * Sentences that grant a fact and draw a consequence from it: "You're right that the policy is
 * reviewed by an outside group, so I'd now narrow my critique". The fact is what moved the view,
 * a reason as much as a "because" is; "You're right, so I'll drop it" grants no fact.
 */
function grantedCauses(parsed: ParsedText): number[] {
  const consequences = findPhrases(parsed, CONSEQUENCE);
  return findPhrases(parsed, GRANTED_FACT).flatMap((grant) => {
    const sentence = parsed.tokens[grant.first]?.sentence;
    const then = consequences.find(
      (c) => c.first > grant.last && parsed.tokens[c.first]?.sentence === sentence,
    );
    if (then === undefined || sentence === undefined) return [];
    const fact = parsed.tokens.slice(grant.last + 1, then.first).filter(isContent);
    return fact.length >= GRANTED_FACT_WORDS ? [sentence] : [];
  });
}

/** Words of matter after the last grant that take the challenge's side. */
const TAKEN_SIDE_WORDS = 2;

/**
 * The last sentence with words grants the challenge and does nothing else: no reason, no cue that
 * keeps or changes the view, and no turn after the grant ("Fair, but I'd keep it").
 */
function concedesLast(
  parsed: ParsedText,
  concede: readonly number[],
  others: readonly ReadonlySet<number>[],
  turns: readonly PhraseMatch[],
): boolean {
  const last = parsed.tokens.findLast((token) => token.isWord)?.sentence;
  if (last === undefined || !concede.includes(last)) return false;
  if (others.some((set) => set.has(last))) return false;
  // The grants of the last sentence only: the whole reply was read for them once already.
  const [start, end] = sentenceRange(parsed, last);
  const grant = findPhrases(parsed, CONCEDE, start, end).at(-1);
  if (grant === undefined || turnsAfter(parsed, turns, grant)) return false;
  // It goes on to take the other side: "…you're right, let's just go with a vendor". A bare
  // "You're right." after a changed view only seals the change.
  const after = parsed.tokens.slice(grant.last + 1, end + 1).filter(isContent);
  return after.length >= TAKEN_SIDE_WORDS;
}

/** What a pushback reply answers: the challenge put to it and the view it defended. */
export interface StanceContext {
  readonly challenge?: ParsedText | undefined;
  readonly view?: ParsedText | undefined;
}

/**
 * Reads a pushback reply, given its clauses, against the challenge it answers and the view it
 * defended.
 */
export function readStance(
  parsed: ParsedText,
  clauses: readonly Clause[],
  { challenge, view }: StanceContext,
): StanceSignal {
  const revision = readRevision(parsed, view, clauses);
  const challengeWords = new Set(challenge === undefined ? [] : contentLemmas(challenge.tokens));
  const hold = affirmedSentences(parsed, HOLD);
  const turns = turnsOf(parsed);
  const question = askedQuestion(challenge);
  for (const sentence of sentencesOpeningWithNo(parsed, question)) hold.add(sentence);
  for (const sentence of yesThatKeeps(parsed, question)) hold.add(sentence);
  for (const sentence of deniedPremise(parsed, clauses, challengeWords)) hold.add(sentence);
  for (const sentence of opensOnStill(parsed, turns)) hold.add(sentence);
  // "So I'd post them": a conclusion that acts on the view again keeps it.
  for (const sentence of revision.concluded) hold.add(sentence);
  const reason = sentencesWith(
    parsed,
    REASON,
    (match) => !namesAnOrigin(parsed, match) && !givesItAGo(parsed, match),
  );
  for (const sentence of grantedCauses(parsed)) reason.add(sentence);
  for (const sentence of opensOnItsAbsence(parsed)) reason.add(sentence);
  // After a grant, a count in words names the side taken ("one approval is the better call"),
  // not a reason for taking it; a measured figure still is one.
  const reasonAfterGrant = new Set([...reason, ...figureSentences(parsed, true)]);
  for (const sentence of figureSentences(parsed)) reason.add(sentence);
  const replyWords = contentLemmas(parsed.tokens);
  const viewWords = new Set(view === undefined ? [] : contentLemmas(view.tokens));
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  // An update or proposal cue in a sentence that only says the view again changes nothing:
  // "I'd update my answer slightly: one experienced engineer over two new ones".
  const restated = new Set(revision.restatement);
  const unrestated = (set: Set<number>) => sorted(set).filter((s) => !restated.has(s));
  // A safeguard added beside the view is no new proposal for it: "I'd call the customer myself".
  const mitigating = new Set(revision.mitigation);
  const concluded = new Set(revision.concluded);
  const cued = unrestated(
    sentencesWith(
      parsed,
      UPDATE,
      (match) =>
        !isNegatedCue(parsed, match) &&
        !concludesHold(parsed, match, hold, turns) &&
        !conditionsTheChallenge(parsed, match, challengeWords, viewWords) &&
        !namesTheAskedAlternative(match, question),
    ),
  );
  // "Let me revise that: every change should get a second pair of eyes" announces a change and
  // then says the view again: an announcement counts only where the reader finds a change.
  const changedMatter = new Set([...revision.revision, ...revision.newPosition]);
  const announced = new Set(announcedOnly(parsed, cued, changedMatter));
  const cases = splitByCase(parsed);
  const update = sorted(
    new Set([
      ...cases.slice(0, 1),
      ...cued.filter((s) => !announced.has(s)),
      ...exceptionGranted(parsed, question),
      ...wordsTakenBack(parsed),
      ...noLongerWould(parsed),
    ]),
  );
  const avowal = sorted(
    new Set([
      ...sentencesWith(
        parsed,
        AVOWAL,
        (match) => !isNegatedCue(parsed, match) && !aPersonHardToArgueWith(parsed, match),
      ),
      ...admitsTheMiss(parsed, question),
    ]),
  );
  // A case of a split view, or a part kept after the change is owned, keeps no view whole.
  const keepsOnlyAPart = (sentence: number) =>
    cases.includes(sentence) || keptForTheRest(parsed, sentence, avowal);
  // "So yes, I'd keep both approvals" keeps the view whole: what it proposes is the view again.
  const keptWhole = keepsWhole(parsed, update, turns);
  const changing = new Set([...update, ...changedMatter]);
  const concede = sorted(affirmedSentences(parsed, CONCEDE));
  const keeping = [hold, reasonAfterGrant, concluded, mitigating, changing, new Set(avowal)];
  return {
    ...revision,
    revision: revision.revision.filter((s) => !keptWhole.has(s)),
    ...readReasoning(parsed, clauses, challengeWords),
    concede,
    concedesLast: concedesLast(parsed, concede, keeping, turns),
    turnsAway: turnsAwayAtOpening(parsed),
    adopts: sorted(sentencesWith(parsed, ADOPTED)),
    hold: sorted(hold).filter((s) => !keepsOnlyAPart(s)),
    reaffirm: revision.reaffirm.filter((s) => !keepsOnlyAPart(s)),
    update,
    avowal,
    reason: sorted(reason),
    hedge: sorted(sentencesWith(parsed, HEDGE, (match) => !reportsNews(parsed, match))),
    deference: sorted(sentencesWith(parsed, DEFERENCE, (match) => isShrug(parsed, match))),
    clarify: sorted(affirmedSentences(parsed, CLARIFY, true)),
    // "Drop it, and test the knowledge directly instead" gives the view up for another: no cave.
    withdraw: sorted(affirmedSentences(parsed, WITHDRAW, true)).filter((s) => !changing.has(s)),
    proposal: unrestated(affirmedSentences(parsed, PROPOSAL, true)).filter(
      (s) => !mitigating.has(s) && !keptWhole.has(s) && !concluded.has(s),
    ),
    contrast: sorted(affirmedSentences(parsed, CONTRAST, true)),
    engaged: new Set(replyWords.filter((lemma) => challengeWords.has(lemma))).size,
    contentWords: replyWords.length,
    ownWords: new Set(
      replyWords.filter(
        (lemma) => !challengeWords.has(lemma) && !viewWords.has(lemma) && !META_LEMMAS.has(lemma),
      ),
    ).size,
  };
}

/**
 * Another question named as the one that matters: "the bigger issue is", "what I'd really want
 * to know".
 */
const ANOTHER_QUESTION = compilePhrases([
  "the bigger|broader|larger|wider|real|underlying issue|question|problem",
  "the more fundamental|important|pressing|interesting issue|question|problem",
  "what i would really want to know|ask",
  // Another worry put first: "what worries me more is our offer rate", "the thing I'd really
  // want to fix first is the data pipeline".
  "what worry|worries|concern|concerns|bother|bothers me more",
  "the thing|part i would really? want to fix|change|address|tackle first",
  "what i would really? want to fix|change|address|tackle first",
  "what i would really want to fix|change|address|tackle be",
  "what i would really like to see|fix|change|address|tackle be",
  "what i would really want to talk|focus about|on be",
]);

/** A position announced as the speaker's view: "so my position is that", "so yes, I'd say". */
const ADOPTED = compilePhrases([
  "my position|view|answer be really? that",
  "my position|view|answer would be that",
  "so yes , ? i would say",
  "the right|best|better approach|answer|call|move|thing be to|that",
  // The challenge's plan taken on as the speaker's: "so my plan is to roll it out to ten percent".
  "my plan|approach|proposal be to|that",
  "my plan|approach|proposal would be to|that",
  "so what i would do be",
  // The challenge's plan named as the way to go: "Right, so the approach should be full automation".
  "so the approach|answer|plan|way should|would be",
]);

/** How many opening sentences may turn away: past them, another question is part of an answer. */
const OPENING_SENTENCES = 2;

/** The opening sentences that turn to another question than the one the challenge put. */
function turnsAwayAtOpening(parsed: ParsedText): number[] {
  return [
    ...sentencesWith(parsed, ANOTHER_QUESTION, (match) => {
      const sentence = parsed.tokens[match.first]?.sentence ?? OPENING_SENTENCES;
      return sentence < OPENING_SENTENCES;
    }),
  ];
}

/** The sentences named, as evidence, in order. */
export function stanceEvidence(parsed: ParsedText, sentences: readonly number[]): Evidence[] {
  return [...new Set(sentences)]
    .sort((a, b) => a - b)
    .slice(0, 3)
    .map((sentence) => sentenceEvidence(parsed, sentence));
}
