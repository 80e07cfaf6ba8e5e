// The words that say which way a story must turn out (in the question) and which way it did (in
// the answer). signals/polarity.ts reads them in their clauses.
import type { ParsedText } from "../nlp.ts";
import { compilePhrases, findPhrases, type PhraseMatch, type PhraseSet } from "../phrases.ts";

/**
 * Which way the story must turn out for the candidate, as the question says: their own mistake
 * or failure, a date they missed, a decision that went against them, something they cared less
 * about than they should have, a conflict.
 */
export type PolarityAsk =
  "error" | "miss" | "loss" | "less-care" | "conflict" | "unresolved" | "mind-change";

/** The asks in words, for the flag's message. */
export const POLARITY_ASK_NAMES: Readonly<Record<PolarityAsk, string>> = {
  error: "a mistake or failure of your own",
  miss: "a date you missed",
  loss: "a decision that went against you",
  "less-care": "something you cared about less than you should have",
  conflict: "a conflict or disagreement",
  unresolved: "a conflict that did not end the way you wanted",
  "mind-change": "a time someone changed your mind",
};

/**
 * The question asks about losing: "pushed back and lost", "an argument at work that you lost",
 * "didn't go your way". Read as a polarity of the story and, in relevance.ts, as its kind.
 */
export const LOSS_ASK = compilePhrases([
  "and lose|lost",
  "lose|lost the|an|that argument|fight|battle|decision",
  // "An argument at work that you lost", "a fight you lost".
  "argument|fight|battle|debate|disagreement you|that|which lose|lost",
  "argument|fight|battle|debate|disagreement that|which you lose|lost",
  "argument|fight|battle|debate|disagreement * that|which you lose|lost",
  "argument|fight|battle|debate|disagreement * * that|which you lose|lost",
  "not go|went your way",
  "be|were overruled",
  // "You disagreed with a decision and it went ahead anyway": the decision went against you.
  "go|went ahead anyway|regardless",
  // "Disagreed with a decision but committed to it anyway": it stood, and the candidate went along.
  "commit|committed to it|the decision|anyway",
  "commit|committed to it anyway",
  "disagree and commit",
  "go|went along with it|the decision anyway",
  // "Disagreed with a policy but followed it anyway": the rule stood, and the candidate kept it.
  "follow|followed|obey|obeyed it anyway",
  "follow|followed|obey|obeyed the policy|rule|decision anyway",
]);

const ASKS: Readonly<Record<PolarityAsk, PhraseSet>> = {
  error: compilePhrases([
    "mistake|mistakes|misjudge|misjudged|misjudgment|misjudgement|blunder|regret|regrets",
    "you be #ADV? wrong",
    "you get|have #ADV? wrong",
    "you get|have * #ADV? wrong",
    "judgement|judgment|instinct|instincts fail|failed",
    "judgement|judgment|instinct|instincts be #ADV? wrong",
    "fail|failed|failure|failures|failing",
    "mess|messed up",
    "screw|screwed up",
    "fell|fall short",
    "go|went badly|wrong",
    "not go|went well",
    "not work",
    "unfounded|mistaken|misguided",
    "break|broke|broken a|your promise|commitment",
    // "A commitment you made that you didn't manage to keep", "a promise you didn't keep".
    "not keep|kept",
    "not manage|managed to keep|meet|hit|deliver|finish",
    "than you should have",
    "wish you have|had",
    "let * down",
    "let * * down",
    "not pay|paid off",
    "underestimate|underestimated|overestimate|overestimated",
    "what * cost|costs",
    // Plans and goals that came to less: "a project that didn't go as planned", "a launch that
    // flopped", "a goal you did not reach", "a customer you lost".
    "not go|went as|to plan|planned|expected|hoped",
    "not go|went the way * plan|planned|expected|hoped|wanted",
    "not go|went the way * * planned|expected|hoped|wanted",
    "turn|turned out badly|poorly|wrong|worse",
    "flop|flopped|bomb|bombed|tank|tanked|fizzle|fizzled|underperform|underperformed",
    "fall|fell apart|through",
    "not reach|meet|hit|achieve",
    "customer|client|deal|account|contract|bid|pitch you lose|lost",
    "lose|lost a|an|the key|big|major? customer|client|deal|account|contract|bid|pitch",
    "churn|churned",
    "target|goal|quota|forecast you miss|missed",
    "estimate|estimates|forecast|guess be|was|were way|badly|far|completely? off",
    "go|went poorly",
    "backfire|backfired|setback|setbacks",
    "break|broke in production|prod",
    "slip|slipped through the cracks",
    "over budget",
    "not land|save",
    "come|came apart",
    "drop|dropped the ball",
  ]),
  // Read with MISS_DATES: "missed" alone also asks what an estimate missed.
  miss: compilePhrases(["miss|missed", "slip|slipped", "late", "overran|overrun", "blow|blew"]),
  loss: LOSS_ASK,
  "less-care": compilePhrases([
    "not care|cared",
    "care|cared less",
    "indifferent",
    "compromise|compromised",
    "look|looked away",
  ]),
  conflict: compilePhrases([
    "conflict|conflicts|clash|clashed|tension|argument|arguments",
    "conflict|conflicts|clash|clashed with|between a|your|the|another|other",
    "disagree|disagreed|disagreement|disagreements",
  ]),
  unresolved: compilePhrases([
    "not resolve|resolved|end|ended|settle|settled",
    "not work|worked out",
    "unresolved",
  ]),
  "mind-change": compilePhrases([
    "talk|talked you out of",
    "change|changed your mind",
    "convince|convinced|persuade|persuaded you",
  ]),
};

/** A conflict with one's own values is a choice, not a quarrel with someone. */
const INNER_CONFLICT = compilePhrases([
  "value|values|principle|principles|belief|beliefs|conscience",
]);

const MISS_DATES = compilePhrases(["date|dates|deadline|deadlines|milestone|commitment|timeline"]);

/**
 * Verbs of judging: what follows them is the candidate's view of something. Past forms too, for
 * the lemmatiser leaves some as they are ("felt", which is also a noun).
 */
const JUDGING = new Set([
  "think",
  "believe",
  "feel",
  "consider",
  "find",
  "judge",
  "know",
  "see",
  "felt",
  "thought",
  "believed",
  "considered",
  "found",
  "judged",
  "knew",
  "saw",
]);

/**
 * A question word that is the candidate's judgement of something else, not a fault of theirs:
 * "something you thought was wrong", "because you thought it was wrong", "a plan you believed was
 * a mistake". The judging verb sits just before the word, and the candidate is not made its
 * subject again: "you thought you were wrong" keeps the candidate as the one who was wrong.
 */
export function isJudgedByCandidate(question: ParsedText, match: PhraseMatch): boolean {
  const before = question.tokens.slice(Math.max(0, match.first - 3), match.first);
  const judging = before.findLastIndex(
    (t) => t.pos === "VERB" && (JUDGING.has(t.lemma) || JUDGING.has(t.normal)),
  );
  if (judging === -1) return false;
  return !before.slice(judging + 1).some((t) => t.pos === "PRON" && CANDIDATE.has(t.normal));
}

/** Pronouns that name the candidate, in a question put to them. */
const CANDIDATE: ReadonlySet<string> = new Set(["you", "i", "we"]);

/** The question's cues for a set, leaving out words that only judge something else. */
export function askedFor(question: ParsedText, set: PhraseSet): PhraseMatch[] {
  return findPhrases(question, set).filter((match) => !isJudgedByCandidate(question, match));
}

/** The polarity the question asks the story to have; none for a question that sets none. */
export function readPolarityAsks(question: ParsedText): PolarityAsk[] {
  const found = (Object.keys(ASKS) as PolarityAsk[]).filter(
    (ask) => askedFor(question, ASKS[ask]).length > 0,
  );
  const dated = findPhrases(question, MISS_DATES).length > 0;
  const inner = findPhrases(question, INNER_CONFLICT).length > 0;
  return found.filter((ask) => (ask !== "miss" || dated) && (ask !== "conflict" || !inner));
}

/** What a cue in the answer says about how the story turned out. */
export type Reading =
  | "error"
  | "setback"
  | "right"
  | "miss"
  | "hit"
  | "loss"
  | "win"
  | "care"
  | "care-more"
  | "care-less"
  | "conflict"
  | "yield"
  | "stand"
  | "success"
  | "resist"
  | "harmony"
  | "deflect";

const CUES: Readonly<Record<Reading, readonly string[]>> = {
  error: [
    "be #PART? #ADV? wrong",
    // The copula shared: "right about the risk but wrong about the fix".
    "but|and #ADV? wrong",
    "get|have * #ADV? wrong",
    "get|have * * #ADV? wrong",
    "wrong of",
    "wrong call|decision|choice|assumption|guess|bet",
    "mistake|mistakes|error|errors|blunder|blunders|misstep|fault|misjudgment|misjudgement|oversight",
    "misjudge|misjudged|misread|underestimate|underestimated|overestimate|overestimated",
    "overlook|overlooked|miscalculate|miscalculated|misunderstand|misunderstood",
    "forget|forgot|forgotten",
    "fail|failed|failure",
    "mess|messed up",
    "screw|screwed up",
    "drop|dropped the ball",
    "blow|blew it",
    "break|broke|broken",
    "should not? have",
    "regret|regretted",
    "blame|blamed myself",
    "my bad",
    "false alarm|positive",
    "unfounded|overreact|overreacted",
    "bad call|decision|idea|estimate|guess|bet",
  ],
  setback: [
    "outage|incident|bug|rollback|postmortem|crash|crashed|downtime|fallout|backlash",
    "complaint|complaints|escalation",
    "go|went wrong|down|badly",
    "fall|fell over|apart|through|short",
    "backfire|backfired",
    "roll|rolled * back",
    "over budget",
    "cost us|me|them",
    // A plan or a bet that came to nothing: "it didn't work out", "the hire never paid off".
    "not|never work|worked out",
    "not|never pay|paid off",
  ],
  right: [
    "be #PART? #ADV? right",
    "but|and #ADV? right",
    "be #PART? #ADV? correct",
    "be vindicated",
    "prove|proved|proven * right|correct",
    "prove|proved|proven right|correct",
    "turn|turned out to be right|correct",
    "to be right",
    "call|called it",
    "right all along",
  ],
  miss: [
    "miss|missed|missing",
    "slip|slipped|slipping|slippage",
    "late",
    "delay|delayed|delays",
    "overran|overrun|overrunning",
    "behind schedule",
    "fall|fell behind",
    "push|pushed|move|moved the|our|that date|deadline|launch|release|milestone",
  ],
  hit: [
    "on time|schedule",
    "ahead of schedule|time",
    "in time",
    "hit|make|made|meet|met|beat * deadline|date|dates|deadlines|target|milestone",
    "hit|make|made|meet|met|beat * * deadline|date|dates|deadlines|target|milestone",
    "#NUM day|days|week|weeks|month|months|hour|hours early",
    "before the deadline",
  ],
  loss: [
    "lose|lost",
    "overrule|overruled",
    "go|went ahead anyway",
    "decide|decided against",
    "shot down",
    "turn|turned down",
    "reject|rejected",
    "say|said no",
    "not win",
    "not get my way",
    "not convince|persuade",
    "not change|changed * mind",
  ],
  win: [
    "win|won",
    "convince|convinced|persuade|persuaded him|her|them|the|my|our|everyone|people|leadership|management",
    "agree|agreed with me|us|my",
    "agree|agreed to",
    "get|got my|our way",
    "change|changed his|her|their mind|minds",
    "come|came around",
    "my|our * be accepted|approved|adopted",
    "my|our * * be accepted|approved|adopted",
    "reverse|reversed the|their|his|her decision",
    "back|backed down",
    // The rule argued against did not stand: "the policy was changed a month later".
    "the policy|rule be changed|reversed|dropped|scrapped|overturned|rewritten",
  ],
  care: ["care|cared|caring", "bother|bothered"],
  "care-more": [
    "care|cared|caring deeply|strongly|passionately|enormously|hugely|intensely",
    "care|cared|caring so|very much",
    "care|cared|caring a lot|ton|great deal",
    "care|cared|caring about * a lot|ton",
    "care|cared|caring about * * a lot|ton",
    "really|truly|deeply|genuinely|actually care|cared",
    "passionate about",
    "above and beyond",
    "never compromise|compromised",
    "not compromise",
    "not cut corners",
    "not let it go",
  ],
  "care-less": [
    "shrug|shrugged",
    "let it|that|this slide|go|pass|drop",
    "look|looked away",
    "look|looked the other way",
    "go|went along",
    "indifferent|numb|apathetic|apathy",
    "not think twice",
    "not my problem",
    "compromise|compromised",
    "give|gave in",
    "cut|cutting corners",
    "turn|turned a blind eye",
    "stay|stayed|keep|kept quiet|silent",
    "care|cared less|little",
  ],
  conflict: [
    "disagree|disagreed|disagreement|disagreements|conflict|conflicts|conflicted",
    "clash|clashed|tension|friction|argue|argued|argument|arguments",
  ],
  // The candidate's own mind changed: "she talked me out of it", "I changed my mind".
  yield: [
    "change|changed my mind",
    "talk|talked me out of",
    "convince|convinced|persuade|persuaded me",
  ],
  // A view kept against others: "so I held my position", "I stuck to my call".
  stand: [
    "hold|held|keep|kept|stand|stood my|our ground|position|line",
    "stick|stuck to my|our guns|position|view|call|decision|plan",
    "stand|stood firm",
    "not budge|budged",
    // The view only hardened: "I became even more convinced", "it made my belief stronger".
    "even|only|all|much? more convinced|certain|sure",
    "me|us even|only|all|much? more convinced|certain|sure",
    "belief|view|conviction|opinion|instinct|position|stance even|only|all|much? stronger|firmer",
  ],
  // Verdicts of success on the story itself: "it was a huge success", "the launch went well";
  // not success as a word ("how I define success").
  success: [
    "be #ADV? a|an #ADV? #ADJ? success",
    "be #ADV? successful",
    "successful launch|launches|project|projects|rollout|release|migration|quarter|year",
    "succeed|succeeded",
    "went|gone well|smoothly",
    // A target passed: "double the target", "beat our goal".
    "double|twice|triple|doubled|tripled the|our target|goal|forecast",
    "beat|exceed|exceeded|surpass|surpassed the|our target|goal|forecast",
  ],
  // Kinds of resisting: "I didn't push back" still tells a disagreement, one not voiced.
  resist: [
    "fight|fought",
    "push|pushed back",
    "pushback",
    "object|objected|objection",
    "not agree",
  ],
  harmony: ["get|got along with everyone|everybody", "always agree|agreed", "everyone agreed"],
  deflect: ["rather talk|tell|share|focus|discuss", "instead * talk|tell|share about|you"],
};

export const READING_OF = new Map<string, Reading>(
  (Object.entries(CUES) as [Reading, readonly string[]][]).flatMap(([reading, cues]) =>
    cues.map((cue) => [cue, reading] as [string, Reading]),
  ),
);
export const ANSWER_CUES = compilePhrases([...READING_OF.keys()]);

export const NEGATORS = new Set([
  "not",
  "never",
  "no",
  "nobody",
  "nothing",
  "neither",
  "nor",
  "hardly",
]);
/** Words after "right" that make it an adverb of time or place: "right away", "right after". */
export const NOT_CORRECT = new Set([
  "away",
  "now",
  "after",
  "before",
  "there",
  "here",
  "then",
  "back",
]);
/** Under these a verdict is a belief, not how it turned out: "I thought I was right". */
export const BELIEF = new Set(
  `think thought believe believed assume assumed suppose expect guess sure convinced certain
  confident positive hope want`
    .split(/\s+/)
    .filter(Boolean),
);
/** Being right is claimed under these, being wrong admitted: "I told him I was right". */
export const CLAIM = new Set(
  "say said tell told argue argued insist insisted claim claimed".split(" "),
);
/** Framing that restates a question instead of telling: "a time when I was wrong". */
export const FRAMING = compilePhrases([
  "time|moment|example|story|instance|occasion when|where|that? i|we",
  "question|topic|rubric",
]);
/** A virtue named as a flaw: "my mistake was caring too much". */
export const VIRTUE_FLAW = compilePhrases([
  "care|cares|cared|caring too much",
  "work|works|worked|working too hard",
  "too passionate|dedicated|committed|driven|honest|generous|nice|kind|thorough|detail-oriented|ambitious|loyal|invested",
  "perfectionist|perfectionism",
]);
/**
 * A success named as the failure: the only thing that went wrong is that it went too well
 * ("I underestimated how popular it would be"), or the candidate says there was none ("the
 * closest thing I have to a failure").
 */
export const SUCCESS_AS_FLAW = compilePhrases([
  "underestimate how popular|successful|busy|quickly|fast * would|might catch|take|grow|spread",
  "underestimate how popular|successful|busy",
  "underestimate how well * would|might do|go|sell|land",
  "underestimate how well it|they|we|the * would|might do|go|sell|land",
  "underestimate how much demand|interest|uptake|adoption|traffic",
  "underestimate how many people|users|customers|teams|sign-ups|signups",
  "underestimate the demand|interest|uptake|adoption|appetite",
  "too popular|successful",
  "plan|planning|plans for success",
  "plan|planning|plans * for success",
  "fail|failed|failing at forecasting|predicting|anticipating|estimating|gauging|sizing demand|adoption|growth|popularity|success",
  "one of forecasting",
  "closest thing i have|had|'ve to a failure|mistake",
  "closest thing i can think of to a failure|mistake",
  "closest thing to a failure|mistake",
  "closest i have|had|ever? come|came to a? failure|failing|mistake",
  "closest to a failure|mistake",
  // The failure left unsaid: "the closest I've come was a migration", "so it was a near-failure".
  "closest i have|had|'ve ever? come|came be|was|is",
  "closest i ever? came be|was",
  "a near -? failure",
  "in a sense the failure|mistake",
]);
/** The candidate naming their own flaw: "my biggest mistake", "my only weakness". */
export const FLAW_NAMES = compilePhrases([
  "my|our biggest|only|real|main|one? mistake|mistakes|weakness|fault|failure|flaw|failing",
]);
