import { afterVerb, type Clause } from "../clauses.ts";
import { type Evidence, mergeOverlapping, tokenEvidence } from "../evidence.ts";
import type { ParsedText, Token } from "../nlp.ts";
import { compilePhrases, findPhrases, type PhraseMatch } from "../phrases.ts";

/** Emotions in the answer: the candidate's felt reactions against stock enthusiasm. */
export interface EmotionSignal {
  /** The candidate's own reaction, named: "I was furious", "my stomach dropped". */
  readonly felt: readonly Evidence[];
  /** A reaction of a group that includes the candidate: "we were all gutted". */
  readonly shared: readonly Evidence[];
  /** Performed enthusiasm: "I'm passionate about", "excited to". */
  readonly stock: readonly Evidence[];
  /** A feeling named only to deny it: "I didn't feel anything", "I wasn't angry". */
  readonly denied: readonly Evidence[];
}

/** States a person is in, said with be, feel, get, become, go or grow: "I was furious". */
const FELT_STATES = new Set(
  `angry furious livid mad irritated annoyed frustrated exasperated resentful bitter defensive hurt
  upset sad devastated gutted crushed heartbroken disappointed deflated demoralized demoralised
  discouraged embarrassed ashamed humiliated mortified guilty sheepish sick nauseous anxious nervous
  scared afraid frightened terrified panicked worried uneasy uncomfortable stressed overwhelmed
  exhausted drained helpless powerless conflicted torn shaken rattled stung blindsided shocked
  stunned horrified relieved proud elated glad happy lonely isolated jealous envious insecure
  vulnerable miserable awkward tense hopeless defeated betrayed queasy numb grateful thankful
  ecstatic frantic dejected irked heartsick embarrass`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that name a feeling only after "feel" ("I felt stupid") and otherwise describe conduct or
 * an event ("I was awful to him", "I was dismissed").
 */
const FEEL_ONLY_STATES = new Set(
  `bad awful terrible horrible small stupid foolish dumb exposed dismissed sidelined unheard
  undervalued unappreciated ignored responsible`
    .split(/\s+/)
    .filter(Boolean),
);

/** Feelings named as nouns: "I felt a wave of relief", "my frustration", "to my embarrassment". */
const FELT_NOUNS = new Set(
  `anger frustration embarrassment shame guilt fear panic dread relief pride sadness grief anxiety
  disappointment resentment humiliation regret hurt stress nausea horror annoyance irritation shock
  disbelief despair vindication exhaustion loneliness unease discomfort fury rage envy jealousy
  terror sorrow remorse`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs that are themselves a reaction: "I panicked", "I dreaded the meeting". */
const REACTION_VERBS = new Set(
  `panic cry dread hate regret resent agonize agonise fume wince cringe freeze sweat stew seethe
  despair grieve worry blush tremble snap sulk vent`
    .split(/\s+/)
    .filter(Boolean),
);

/** Enthusiasm performed for an interviewer; never counted as a felt reaction. */
const STOCK_WORDS = new Set(
  `passionate excited thrilled eager enthusiastic energized energised inspired honored honoured
  humbled delighted keen`
    .split(/\s+/)
    .filter(Boolean),
);

/** True for a word that names a feeling or performed enthusiasm ("hurt", "relieved", "excited"). */
export function isFeelingWord(normal: string): boolean {
  return FELT_STATES.has(normal) || FEEL_ONLY_STATES.has(normal) || STOCK_WORDS.has(normal);
}

/** Feelings that present oneself well when said in the present tense: "I'm proud of". */
const PRESENT_TENSE_STOCK = new Set(["proud", "grateful", "thankful", "lucky", "fortunate"]);

/** What a face or a voice does under a feeling: "I went quiet", "I turned red". */
const BODY_STATES = new Set(["quiet", "silent", "pale", "red", "white", "cold", "numb", "still"]);

/** Adjectives after "felt" that state a judgement or a permission rather than a feeling. */
const NOT_FEELINGS = new Set([
  "sure",
  "certain",
  "able",
  "free",
  "ready",
  "obliged",
  "compelled",
  "like",
]);

const BODY_VERBS = new Set(["go", "turn"]);

const LINKING_VERBS = new Set(["feel", "get", "become", "grow", "go", "turn", "remain", "stay"]);

/** "I felt like a fraud": a judgement of oneself that names the feeling. */
const SELF_JUDGEMENTS = new Set(["fraud", "idiot", "failure", "impostor", "imposter", "fool"]);

const stateAlternatives = [...FELT_STATES, ...FEEL_ONLY_STATES].join("|");

/** Reactions the body or an object pronoun carries; negation is checked on these matches. */
const REACTION_PHRASES = compilePhrases([
  "my stomach drop|sink|sank|turn|churn|knot|lurch",
  "my heart sink|sank|race|pound|drop",
  "my face burn|flush|redden",
  "my face go|turn red|hot",
  "my hands|voice|legs|knees shake|shook|shaking|tremble|trembled|trembling",
  "my face|cheeks|ears|neck burn|burning|burned|burnt|flush|flushed|flushing|hot|red",
  "my jaw ache|aching|ached|clench|clenched|clenching|tight",
  "my heart pound|pounding|race|racing|sink|sinking|sank",
  "my first|initial|gut|immediate reaction|instinct|response be|was",
  `reaction|instinct in the moment be|was ${[...FELT_NOUNS].join("|")}`,
  // "I felt my heart going fast", "I was pretty wound up".
  "my heart go|going|went fast|faster|quick|quicker",
  "i be|get|got pretty|really|so|very|quite|a? bit? wound|worked up",
  "i find|found it|him|her|them|this|that grating|infuriating|humiliating|maddening|frustrating|exhausting|upsetting|painful|unbearable|intimidating|insulting|embarrassing|terrifying|demoralizing|demoralising",
  "my stomach knot|knotted|turning|churning|dropping",
  "be|was|were|felt infuriating|humiliating|terrifying|mortifying|gutting|crushing|heartbreaking|nerve-wracking|maddening|excruciating|devastating|upsetting|painful|humbling|awful|miserable|scary",
  "my heart be|was pounding|racing",
  "my throat tighten|tightened|close|closed",
  "lump in my throat",
  "my cheeks|ears burn|burned|burnt",
  "my blood boil|boiled",
  "i be|was shaking|trembling|fuming|seething|furious|in shock",
  "i be|was close|near to tears",
  "i cry|cried",
  "i tear|teared up",
  "i barely sleep|slept",
  "i lie|lay awake",
  "i keep|kept replaying|rehearsing|thinking|turning",
  "i want|wanted to disappear|hide|scream|cry|quit",
  "sit|sat|sitting in my chest|stomach|gut",
  "weigh|weighed on me",
  "eat|ate|gnaw|gnawed at me",
  "sit|sat with me",
  "stay|stayed with me",
  "haunt|haunted me",
  "gut punch",
  "punch in the gut|stomach",
  "i go|went very|completely|really? quiet|silent|pale|red|white|numb|cold",
  "i freeze|froze",
  "my chest tighten",
  "my jaw drop",
  "pit in my stomach",
  "i throw|threw up",
  "my stomach go|went|going down",
  "my voice go|went up|high|thin|shaky",
  "my voice crack|cracked|broke",
  // Said tersely, or of the body without "my": "Saw the graph and went cold all over", "went hot
  // to the ears", "Hands numb, heart going like a drum", "your chest is still tight".
  "go|went cold|numb|hot|red|pale|white all over",
  "go|went hot|red to the ears",
  "my face|cheeks|ears|neck become|became|go|went|get|got|turn|turned hot|red|pale|white",
  "hands|fingers numb|shaking|trembling|sweating",
  "heart go|going|went like a drum|hammer",
  "heart hammer|hammering|hammered|pounding|racing",
  "chest|throat|stomach be still? tight|tense|knotted|heavy",
  // A feeling told as a blow: "I felt like somebody took the air out of my chest".
  "feel|felt like somebody|someone take|took|punch|punched|kick|kicked|hit",
  "the air|wind out of my|me",
  "that|this|it one sting|stung|hurt",
  "knot in my stomach",
  "lose sleep",
  "keep me up at night",
  "in tears",
  "that|it|this sting|stung|rankle|rankled",
  "that|it|this hurt .|,|;|!",
  "that|it|this stick|stuck with me",
  "kick|beat myself",
  `make|leave me feel|feeling? really|so|very|pretty|quite|a? bit|little? ${stateAlternatives}`,
  "sting|hurt|gut|crush|rattle|shake|embarrass|frustrate|annoy|upset|scare|terrify|humiliate|bother|anger|infuriate|haunt|sicken|devastate|unsettle|irk|stress me",
  `my|our ${[...FELT_NOUNS].join("|")}`,
  `to my ${[...FELT_NOUNS].join("|")}`,
  `a wave|pang|surge|rush|knot|flash of ${[...FELT_NOUNS].join("|")}`,
]);

/** Reactions said through a negation: "I couldn't sleep" is a feeling, not the denial of one. */
const NEGATED_REACTION_PHRASES = compilePhrases([
  "could|can not sleep",
  "my hands|voice|legs|knees would|could not stop shaking|trembling",
  "could|can not eat|breathe|focus|concentrate",
  "could|can not hold back tears",
  "do|did not sleep|eat",
  "could|can not stop thinking|shaking",
  "could|can not look",
  "did not sleep",
  "do|did not enjoy",
]);

const STOCK_PHRASES = compilePhrases([
  `${[...STOCK_WORDS].join("|")} about|to|by|for`,
  "can not wait",
  "love to",
  "love the opportunity|chance|idea",
  "dream job|company|role|team",
  "deeply resonate",
  "resonate deeply|with",
]);

function isNegated(clause: Clause, token: Token): boolean {
  return clause.negated || token.negated;
}

function isSelfOrWe(clause: Clause): boolean {
  return clause.agent === "self" || clause.agent === "we";
}

function clauseSpan(parsed: ParsedText, clause: Clause, until: number): Evidence {
  return tokenEvidence(parsed, clause.subject?.first ?? clause.first, until);
}

/** The emotion word a linking verb or copula leads to, within the next few words. */
function stateAfter(
  tokens: readonly Token[],
  feelVerb: boolean,
  bodyVerb = false,
): Token | undefined {
  let words = 0;
  for (const token of tokens) {
    if (!token.isWord) continue;
    words += 1;
    if (words > 5) break;
    if (FELT_STATES.has(token.normal) || STOCK_WORDS.has(token.normal)) return token;
    if (bodyVerb && words === 1 && BODY_STATES.has(token.normal)) return token;
    if (!feelVerb) continue;
    // "I felt it was important", "I felt that we should wait": a judgement, not a feeling.
    if (token.pos === "AUX" || token.pos === "VERB" || token.normal === "that") break;
    if (words === 1 && token.pos === "PRON" && token.normal !== "myself") break;
    // "I felt the weight of it", "I felt a kind of cold recognition": what was felt is named.
    if (words === 1 && (token.pos === "DET" || token.pos === "NOUN")) return token;
    const named = FEEL_ONLY_STATES.has(token.normal) || FELT_NOUNS.has(token.normal);
    if (named || SELF_JUDGEMENTS.has(token.normal)) return token;
    // Whatever adjective follows "felt" names the feeling: "I felt hollow", "felt righteous".
    if (token.pos === "ADJ" && words <= 3 && !NOT_FEELINGS.has(token.normal)) return token;
  }
  return undefined;
}

/**
 * "I remember feeling hollow", "I remember being irritated", "I kept getting angrier": a feeling
 * reported through a gerund after another verb.
 */
function afterFeeling(clause: Clause): readonly Token[] | undefined {
  const at = clause.complement.findIndex((token) =>
    ["feeling", "being", "getting", "becoming"].includes(token.normal),
  );
  return at === -1 || at > 2 ? undefined : clause.complement.slice(at + 1);
}

/** "I didn't feel anything", "I felt nothing": a feeling verb with nothing felt. */
function deniesAnyFeeling(clause: Clause): boolean {
  const nothing = clause.complement.some((token) => ["nothing", "anything"].includes(token.normal));
  return nothing || (clause.negated && clause.complement.every((token) => !token.isWord));
}

interface Found {
  readonly felt: Evidence[];
  readonly shared: Evidence[];
  readonly stock: Evidence[];
  readonly denied: Evidence[];
}

function readClause(parsed: ParsedText, clause: Clause, found: Found): void {
  // "I would have been furious" imagines a feeling; it does not report one.
  if (!isSelfOrWe(clause) || (clause.modal && !clause.past)) return;
  const verb = clause.verb;
  const felt = clause.agent === "self" ? found.felt : found.shared;
  // "I worry that the evals lag" states a view; "I worried all weekend" reports a feeling.
  const reaction = verb !== undefined && REACTION_VERBS.has(verb.lemma);
  if (reaction && (verb.lemma !== "worry" || clause.past)) {
    const target = isNegated(clause, verb) ? found.denied : felt;
    target.push(clauseSpan(parsed, clause, verb.index));
    return;
  }
  // "I was hurt" reads as a passive to the tagger; the lexicon knows it is a state.
  const direct = verb !== undefined && FELT_STATES.has(verb.normal) ? verb : undefined;
  const linking = verb === undefined || LINKING_VERBS.has(verb.lemma);
  const feelVerb = verb?.lemma === "feel";
  const bodyVerb = BODY_VERBS.has(verb?.lemma ?? "");
  const gerund = afterFeeling(clause);
  const state =
    direct ??
    (linking ? stateAfter(clause.complement, feelVerb, bodyVerb) : undefined) ??
    (gerund === undefined ? undefined : stateAfter(gerund, true));
  if (state === undefined) {
    if (feelVerb && deniesAnyFeeling(clause)) {
      found.denied.push(clauseSpan(parsed, clause, clause.last));
    }
    return;
  }
  const span = clauseSpan(parsed, clause, state.index);
  // "I'm proud of that project" presents; "I was proud, then it fell apart" reports.
  const presented = PRESENT_TENSE_STOCK.has(state.normal) && !clause.past;
  if (STOCK_WORDS.has(state.normal) || presented) found.stock.push(span);
  else if (isNegated(clause, state)) found.denied.push(span);
  else felt.push(span);
}

/** Parts of the body a feeling shows in. */
const BODY_PARTS = new Set(
  `hand hands palm palms face cheek cheeks ear ears neck voice heart stomach chest throat mouth
  legs knees leg knee jaw shoulders head`
    .split(/\s+/)
    .filter(Boolean),
);
/** What a body part does that is no feeling: "my hands were full", "my head was down". */
const BODY_IDIOMS = new Set(["full", "tied", "down", "up", "clear", "busy"]);

/**
 * The candidate's body in the story, as the subject of what happened to it: "my hands were cold
 * the whole meeting", "my palms were sweating", "my voice cracked". A body part of someone else's,
 * or one the clause denies, tells nothing of the candidate's.
 */
function readBody(parsed: ParsedText, clause: Clause, found: Found): void {
  const subject = clause.subject;
  if (subject === undefined || clause.negated || (clause.modal && !clause.past)) return;
  const words = parsed.tokens.slice(subject.first, subject.last + 1);
  const head = words.at(-1);
  if (words[0]?.normal !== "my" || head === undefined || !BODY_PARTS.has(head.normal)) return;
  const next = clause.complement.find((token) => token.isWord);
  if (next !== undefined && BODY_IDIOMS.has(next.normal)) return;
  if (clause.verb === undefined && next === undefined) return;
  // "My hands were cold": up to the state; "my palms were sweating": up to the verb.
  const end = clause.verb?.index ?? next?.index ?? head.index;
  found.felt.push(tokenEvidence(parsed, subject.first, end));
}

/** Going over what happened in one's head: "I replayed his message", "I brooded over it". */
const DWELLING = new Set("replay rehearse reread relive dwell brood obsess ruminate".split(" "));
/** Words that make an act repeated or drawn out: "every evening", "again", "for a week". */
const REPEATED = new Set(["every", "again", "over", "all", "whole", "times", "for"]);

/**
 * A reaction told through what it did to the candidate's mind: going over what happened again
 * and again ("I replayed that message on the drive home every evening for a week", "I reread
 * her email over and over"). Once and for a purpose ("I reread the spec") is no feeling, so the
 * act must be repeated or drawn out in its sentence.
 */
function readDwelling(parsed: ParsedText, clause: Clause, found: Found): void {
  const verb = clause.verb;
  // "Reread" is the same word in the present; a plan ("I'll reread it") is no reaction.
  if (clause.agent !== "self" || clause.negated || clause.modal) return;
  if (verb === undefined || !DWELLING.has(verb.lemma)) return;
  const repeated = afterVerb(parsed, clause).some(
    (token) => REPEATED.has(token.normal) || token.entity === "DURATION",
  );
  if (repeated) found.felt.push(clauseSpan(parsed, clause, verb.index));
}

/** Reading or writing a message: done over and over, a sign of what it did to the candidate. */
const REWORKING = new Set(["read", "reread", "write", "rewrite", "draft", "redraft", "refresh"]);
/** A past form the tagger leaves as it is, neither lemma nor tense read: "I rewrote it". */
const REWORKED = new Set(["rewrote"]);
/** Counts that make a reading or a draft compulsive rather than careful: "ten times". */
const MANY = new Set(["three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen"]);

/**
 * A message read or a note written again and again: "I read that message maybe ten times", "I
 * wrote the correction three times before sending it". Twice is care; "over and over" or a count
 * of three or more is the reaction showing. Rerunning a test three times is method, so only
 * reading and writing count.
 */
function readReworking(parsed: ParsedText, clause: Clause, found: Found): void {
  const verb = clause.verb;
  if (clause.agent !== "self" || clause.negated || clause.modal || verb === undefined) return;
  const reworked = REWORKED.has(verb.normal);
  if (!(reworked || (clause.past && REWORKING.has(verb.lemma)))) return;
  const rest = afterVerb(parsed, clause);
  const counted = rest.some(
    (token, k) =>
      (token.normal === "times" && MANY.has(rest[k - 1]?.normal ?? "")) ||
      (token.normal === "over" && rest[k + 1]?.normal === "and" && rest[k + 2]?.normal === "over"),
  );
  if (counted) found.felt.push(clauseSpan(parsed, clause, verb.index));
}

/** How long the candidate stayed put: "for a while", "for a long time", "without a word". */
const LINGERING = compilePhrases([
  "for a while",
  "for a long time",
  "for a long while",
  "without say|saying|speak|speaking|move|moving anything|a word",
  "without say|saying|speak|speaking a word",
  "before go|going in|inside|home",
]);

/** Staying put: "I sat in my car", "I stood in the corridor". */
const STILL_VERBS = new Set(["sit", "stand", "stay"]);
const BEFORE_I_COULD = compilePhrases(["before i could|can"]);

/**
 * Shaken without a feeling word: the candidate stays put until they can act again ("I sat in my
 * car for a good twenty minutes before I could drive home"). A wait for a thing ("the replica took
 * twenty minutes before I could query it") is no reaction, so the candidate must be the one still.
 */
function readStillness(parsed: ParsedText, clauses: readonly Clause[], found: Found): void {
  const felt = (match: PhraseMatch, still: Clause | undefined) => {
    if (still !== undefined) found.felt.push(tokenEvidence(parsed, still.first, match.last));
  };
  for (const match of findPhrases(parsed, BEFORE_I_COULD)) {
    felt(match, stillBefore(parsed, clauses, match, STILL_VERBS));
  }
  // "I sat in the car in my driveway for a while before going in", "I stood in front of that rack
  // for a long time without saying anything". Sitting with someone is a meeting, not a reaction.
  for (const match of findPhrases(parsed, LINGERING)) {
    felt(
      match,
      stillBefore(parsed, clauses, match, LINGERING_VERBS, (verb) => alone(parsed, verb)),
    );
  }
}

/** Staying put for a while: sitting or standing, not staying on to work. */
const LINGERING_VERBS = new Set(["sit", "stand"]);

/** Sat or stood by oneself: not "sat with the vendor", not "sat down" to work. */
function alone(parsed: ParsedText, verb: Token): boolean {
  const next = parsed.tokens[verb.index + 1]?.normal;
  return next !== "with" && next !== "down";
}

/**
 * The clause, in the sentence of a match and before it, where the candidate stayed put: told in
 * the past, not denied, its verb one of `verbs` and accepted by `fits`.
 */
function stillBefore(
  parsed: ParsedText,
  clauses: readonly Clause[],
  match: PhraseMatch,
  verbs: ReadonlySet<string>,
  fits: (verb: Token) => boolean = () => true,
): Clause | undefined {
  const sentence = parsed.tokens[match.first]?.sentence;
  return clauses.find(
    (clause) =>
      clause.sentence === sentence &&
      clause.agent === "self" &&
      clause.past &&
      !clause.negated &&
      clause.verb !== undefined &&
      clause.verb.index < match.first &&
      verbs.has(clause.verb.lemma) &&
      fits(clause.verb),
  );
}

function spanOf(parsed: ParsedText, match: PhraseMatch): Evidence {
  return tokenEvidence(parsed, match.first, match.last);
}

function anyNegated(parsed: ParsedText, match: PhraseMatch): boolean {
  return parsed.tokens.slice(match.first, match.last + 1).some((token) => token.negated);
}

/**
 * A feeling said alone, as the answer to "how did you feel": "Angry, honestly, more than I
 * showed.", "Embarrassed. Mostly at myself." A sentence that opens on the state, with a comma or
 * its end right after it, names the speaker's own; "Nervous candidates often freeze" describes
 * others, and is not read.
 */
function namedAlone(parsed: ParsedText): Evidence[] {
  const found: Evidence[] = [];
  for (const sentence of parsed.sentences) {
    const first = parsed.tokens[sentence.firstToken];
    const next = parsed.tokens[sentence.firstToken + 1];
    if (first === undefined || !FELT_STATES.has(first.normal)) continue;
    if (
      next !== undefined &&
      next.sentence === first.sentence &&
      ![",", ".", ";", "!"].includes(next.normal)
    )
      continue;
    found.push(tokenEvidence(parsed, first.index, first.index));
  }
  return found;
}

/**
 * Finds named emotions. A feeling counts as felt when the candidate (or a "we" that includes
 * them) is the one feeling it, through a copula or linking verb ("I was", "I felt", "I got"), a
 * reaction verb ("I panicked"), the body ("my stomach dropped", "my hands were cold the whole
 * meeting"), an object ("it stung me") or going over it again and again ("I replayed his message
 * every evening for a week"), and no negation takes it back.
 */
export function readEmotion(parsed: ParsedText, clauses: readonly Clause[]): EmotionSignal {
  const found: Found = { felt: [], shared: [], stock: [], denied: [] };
  for (const clause of clauses) {
    readClause(parsed, clause, found);
    readBody(parsed, clause, found);
    readDwelling(parsed, clause, found);
    readReworking(parsed, clause, found);
  }
  readStillness(parsed, clauses, found);
  found.felt.push(...namedAlone(parsed));
  for (const match of findPhrases(parsed, REACTION_PHRASES)) {
    (anyNegated(parsed, match) ? found.denied : found.felt).push(spanOf(parsed, match));
  }
  for (const match of findPhrases(parsed, NEGATED_REACTION_PHRASES)) {
    found.felt.push(spanOf(parsed, match));
  }
  for (const match of findPhrases(parsed, STOCK_PHRASES)) {
    if (!anyNegated(parsed, match)) found.stock.push(spanOf(parsed, match));
  }
  // A clause and a phrase often find the same words ("I'm passionate" and "passionate about").
  return {
    felt: mergeOverlapping(parsed.text, found.felt),
    shared: mergeOverlapping(parsed.text, found.shared),
    stock: mergeOverlapping(parsed.text, found.stock),
    denied: mergeOverlapping(parsed.text, found.denied),
  };
}

/** Feelings that are glad, not shaken: "I was proud", "relieved", "grateful". */
const GLAD = new Set(
  `proud elated glad happy relieved grateful thankful ecstatic excited thrilled delighted pleased
  touched`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The candidate's own reactions that are distress, not gladness: "I went cold", "my face was
 * hot", "I didn't sleep that night"; "I was proud" and "I was relieved" are not.
 */
export function distressOf(emotion: EmotionSignal): Evidence[] {
  return emotion.felt.filter(
    (found) =>
      !found.quote
        .toLowerCase()
        .split(/[^a-z]+/)
        .some((word) => GLAD.has(word)),
  );
}
