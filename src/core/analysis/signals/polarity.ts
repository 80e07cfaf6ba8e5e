import { type Clause, clauseIndex, isParticiple } from "../clauses.ts";
import { type Evidence, tokenEvidence } from "../evidence.ts";
import type { ParsedText, Token } from "../nlp.ts";
import {
  compilePhrases,
  cueWords,
  findPhrases,
  type PhraseMatch,
  sentencesWith,
} from "../phrases.ts";
import { readBrokenForecasts } from "./broken-forecasts.ts";
import { namesAnotherPerson } from "./people.ts";
import { questionEcho } from "./question-echo.ts";
import { isPastPerfect, readStoryShape, weighShape } from "./story-shape.ts";
import {
  ANSWER_CUES,
  BELIEF,
  CLAIM,
  FLAW_NAMES,
  FRAMING,
  NEGATORS,
  NOT_CORRECT,
  type PolarityAsk,
  type Reading,
  READING_OF,
  SUCCESS_AS_FLAW,
  VIRTUE_FLAW,
} from "./polarity-cues.ts";

type Owner = "self" | "person" | "thing";

/** One cue read in its clause: whose it is and whether it is denied. */
interface Hit {
  readonly reading: Reading;
  readonly match: PhraseMatch;
  readonly owner: Owner;
  readonly negated: boolean;
  readonly evidence: Evidence;
}

/** A possessive or "of me" right at the cue decides whose it is: "my fault", "wrong of him". */
function ownerByWords(parsed: ParsedText, match: PhraseMatch): Owner | undefined {
  const before = parsed.tokens[match.first - 1];
  if (before?.normal === "my" || before?.normal === "our") return "self";
  if (before !== undefined && ["his", "her", "their"].includes(before.normal)) return "person";
  // The cue's own words, and the one after "wrong of": "proved me right", "wrong of them".
  const last = match.cue.endsWith(" of") ? match.last + 1 : match.last;
  const words = parsed.tokens.slice(match.first, last + 1).map((t) => t.normal);
  if (words.some((w) => w === "me" || w === "us" || w === "myself")) return "self";
  if (words.some((w) => w === "him" || w === "her" || w === "them")) return "person";
  return undefined;
}

function ownerOf(parsed: ParsedText, clause: Clause | undefined, match: PhraseMatch): Owner {
  const byWords = ownerByWords(parsed, match);
  if (byWords !== undefined) return byWords;
  // A word that describes a thing belongs to it: "a broken form", "the word error rate".
  const next = parsed.tokens[match.last + 1]?.pos;
  const first = parsed.tokens[match.first];
  const attributive =
    parsed.tokens[match.first - 1]?.pos === "DET" &&
    (first?.pos === "VERB" || first?.pos === "ADJ");
  if (clause === undefined || attributive || next === "NOUN" || next === "PROPN") return "thing";
  if (clause.agent === "self" || clause.agent === "we") return "self";
  const subject = clause.subject;
  if (subject !== undefined) {
    const words = parsed.tokens.slice(subject.first, subject.last + 1);
    // "My manager was wrong" is someone else; "my estimate was wrong" is the candidate's.
    if (words.some((t) => namesAnotherPerson(t))) return "person";
    if (words.some((t) => t.normal === "my" || t.normal === "our")) return "self";
    // "It felt great to be right": the one who was right is the one who felt it.
    if (words[0]?.normal === "it" && parsed.tokens[match.first]?.normal === "to") return "self";
  }
  return clause.agent === "team" ? "person" : "thing";
}

/**
 * Denied within its clause: "we didn't hit the date", "I wasn't wrong", "nothing went wrong". A
 * negation before a preposition denies that phrase instead: "not after losing" still lost.
 */
function isNegated(parsed: ParsedText, clause: Clause | undefined, match: PhraseMatch): boolean {
  // "was not wrong": a negation inside the cue that the cue does not name itself ("not win",
  // "said no").
  const inside = parsed.tokens.slice(match.first + 1, match.last + 1);
  const named = cueWords(match.cue);
  if (inside.some((t) => NEGATORS.has(t.normal) && !named.has(t.normal))) return true;
  const before = parsed.tokens.slice(clause?.first ?? match.first, match.first);
  const last = before.map((t) => NEGATORS.has(t.normal)).lastIndexOf(true);
  if (last === -1) return false;
  return !before.slice(last + 1).some((t) => t.pos === "ADP" || t.pos === "SCONJ");
}

/**
 * "I thought I was right", "I wouldn't say it failed", "I wanted to be right", "we were going to
 * fail": not the outcome.
 */
function isBelief(
  parsed: ParsedText,
  clauses: readonly Clause[],
  clause: Clause | undefined,
  match: PhraseMatch,
): boolean {
  if (clause === undefined) return false;
  const previous = clauses[clauses.indexOf(clause) - 1];
  const before = [
    ...(previous?.sentence === clause.sentence
      ? parsed.tokens.slice(previous.first, previous.last + 1)
      : []),
    ...parsed.tokens.slice(clause.first, match.first),
  ];
  // "I told my lead I was wrong" admits it; "I told him I was right" only claims it, and "I
  // wouldn't say it failed" hedges. "I'd got it wrong" is a contracted "had", not a hedge.
  const hedged = before.some(
    (t) => NEGATORS.has(t.normal) || (HEDGES.has(t.normal) && !isContractedHad(parsed, t)),
  );
  const claimed = READING_OF.get(match.cue) === "right" || hedged;
  // "It looked like we were going to fail", "we were about to miss it": feared, not told.
  const foreseen = before.some(
    (t, i) => (t.normal === "going" || t.normal === "about") && before[i + 1]?.normal === "to",
  );
  return (
    foreseen ||
    before.some(
      (t) => BELIEF.has(t.normal) || BELIEF.has(t.lemma) || (claimed && CLAIM.has(t.normal)),
    )
  );
}

/** Where each sentence's framing starts: what follows it restates the question. */
function framingStarts(parsed: ParsedText): Map<number, number> {
  const starts = new Map<number, number>();
  for (const match of findPhrases(parsed, FRAMING)) {
    const sentence = parsed.tokens[match.first]?.sentence ?? -1;
    if (!starts.has(sentence)) starts.set(sentence, match.first);
  }
  return starts;
}

/** The sentences that name a virtue as the candidate's flaw: "my mistake was caring too much". */
function humbleSentences(parsed: ParsedText): Set<number> {
  const flaws = sentencesWith(parsed, FLAW_NAMES);
  return new Set([...sentencesWith(parsed, VIRTUE_FLAW)].filter((s) => flaws.has(s)));
}

/**
 * The sentences that name a success as the failure ("my biggest failure was underestimating how
 * popular it would be") or say there was none ("the closest thing I have to a failure is").
 */
function disguisedSuccessSentences(parsed: ParsedText): Set<number> {
  return sentencesWith(parsed, SUCCESS_AS_FLAW);
}

/**
 * Where the story names a success as its failure, the sentences that only name the failure ("my
 * biggest failure was at a startup in Austin") frame the story and own nothing.
 */
function flawFrames(parsed: ParsedText, disguised: ReadonlySet<number>): Set<number> {
  return disguised.size === 0 ? new Set() : sentencesWith(parsed, FLAW_NAMES);
}

/**
 * The sentences that grant a mistake only to shrink it: "If anything, I failed at first to get
 * buy-in", "If I misjudged anything, it's that I should have done it a year earlier", "I'd say
 * the only misjudgment was how long it took me". What they name is no fault the story owns.
 */
function minimizedSentences(parsed: ParsedText): Set<number> {
  return sentencesWith(parsed, MINIMIZING);
}

const MINIMIZING = compilePhrases([
  "if anything",
  "if i * anything",
  "if i * * anything",
  "the only mistake|misjudgment|misjudgement|failure|error",
  "my only mistake|misjudgment|misjudgement|failure|error",
]);

/** "error rates", "failure modes": the word names a measure, not a mistake. */
function namesAMeasure(parsed: ParsedText, match: PhraseMatch): boolean {
  const token = parsed.tokens[match.last];
  const next = parsed.tokens[match.last + 1];
  return match.first === match.last && token?.pos === "NOUN" && next?.pos === "NOUN";
}

/** "I was convinced", "we were persuaded": the candidate's own belief, said in the passive. */
function isBeingConvinced(parsed: ParsedText, match: PhraseMatch): boolean {
  const first = parsed.tokens[match.first];
  const before = parsed.tokens[match.first - 1];
  return (
    first !== undefined &&
    /^(convince|persuade)/.test(first.lemma) &&
    before !== undefined &&
    before.lemma === "be"
  );
}

const HEDGES = new Set(["would", "could", "might", "may"]);

/** "'d" before a past participle is "had": "I'd got it wrong", "she'd checked". */
function isContractedHad(parsed: ParsedText, token: Token): boolean {
  const next = parsed.tokens[token.index + 1];
  return token.value.toLowerCase() === "'d" && next !== undefined && isParticiple(next);
}

/**
 * Verbs whose "to" infinitive is an aim, not what happened: "planning to change her mind". Listed
 * by form, since the tagger reads "planning" after a noun as a noun.
 */
const AIMS = new Set(
  `plan plans planned planning intend intends intended intending hope hoped hoping want wanted
  wanting try tried trying aim aimed aiming expect expected expecting mean meant set attempt
  attempted attempting meaning`
    .split(/\s+/)
    .filter(Boolean),
);

/** The cue is the object of an aim: "I went in planning to change her mind", "tried to win". */
function isAim(parsed: ParsedText, match: PhraseMatch): boolean {
  if (parsed.tokens[match.first - 1]?.normal !== "to") return false;
  // "set out to", "tried hard to": one word may sit between the aim and its "to".
  return [2, 3].some((back) => AIMS.has(parsed.tokens[match.first - back]?.normal ?? ""));
}

/** A plan or a guess, not an outcome: "we would hit the date", "he'll agree". */
const UNREAL = new Set(["would", "will", "might", "may", "must", "shall"]);
const OUTCOMES: ReadonlySet<Reading> = new Set([
  "right",
  "hit",
  "win",
  "miss",
  "loss",
  "care-more",
  "success",
]);

/** "We'd hit the date easily", I told them: a forecast. "I couldn't convince them" still happened. */
function isUnreal(clause: Clause | undefined, reading: Reading): boolean {
  return (
    OUTCOMES.has(reading) &&
    clause !== undefined &&
    // "he'd changed his mind" is a contracted "had", however it is spelled out.
    !isPastPerfect(clause) &&
    clause.auxiliaries.some((aux) => UNREAL.has(aux.normal))
  );
}

/** Every cue in the answer, read in its clause; restated questions and beliefs left out. */
function readHits(
  parsed: ParsedText,
  clauses: readonly Clause[],
  echo: ReadonlySet<number>,
): Hit[] {
  const framing = framingStarts(parsed);
  const hits: Hit[] = [];
  const clauseOf = clauseIndex(parsed.tokens.length, clauses);
  for (const match of findPhrases(parsed, ANSWER_CUES)) {
    const reading = READING_OF.get(match.cue);
    const token = parsed.tokens[match.first];
    if (reading === undefined || token === undefined) continue;
    if (match.first >= (framing.get(token.sentence) ?? Infinity)) continue;
    if (echo.has(match.first)) continue;
    if (reading === "error" && namesAMeasure(parsed, match)) continue;
    // "I was convinced the service needed a rewrite" is a belief held, not a mind won over.
    if (reading === "win" && isBeingConvinced(parsed, match)) continue;
    const clause = clauseOf[match.first] ?? clauseOf[match.last];
    if (reading === "right" && NOT_CORRECT.has(parsed.tokens[match.last + 1]?.normal ?? "")) {
      continue;
    }
    if ((reading === "right" || reading === "error") && isBelief(parsed, clauses, clause, match))
      continue;
    if (isUnreal(clause, reading)) continue;
    if (OUTCOMES.has(reading) && isAim(parsed, match)) continue;
    const first = Math.min(clause?.subject?.first ?? match.first, match.first);
    hits.push({
      reading,
      match,
      owner: ownerOf(parsed, clause, match),
      negated: isNegated(parsed, clause, match),
      evidence: tokenEvidence(parsed, first, Math.max(clause?.last ?? match.last, match.last)),
    });
  }
  return hits;
}

/**
 * The tokens whose words do not tell the story: an opening that repeats the question ("A time I
 * was wrong..."), what follows a framing ("a time when I..."), and a virtue named as a flaw ("my
 * mistake was caring too much").
 */
export function untoldTokens(parsed: ParsedText, questionWords: ReadonlySet<string>): Set<number> {
  const untold = questionEcho(parsed, questionWords);
  // "This is about a time I was wrong": what follows the framing restates the question.
  for (const [index, start] of framingStarts(parsed)) {
    const sentence = parsed.sentences[index];
    if (sentence === undefined) continue;
    for (let token = start; token <= sentence.lastToken; token += 1) untold.add(token);
  }
  for (const index of [
    ...humbleSentences(parsed),
    ...minimizedSentences(parsed),
    ...disguisedSuccessSentences(parsed),
  ]) {
    const sentence = parsed.sentences[index];
    if (sentence === undefined) continue;
    for (let token = sentence.firstToken; token <= sentence.lastToken; token += 1)
      untold.add(token);
  }
  return untold;
}

/** How the story stands against one ask. */
export interface PolarityVerdict {
  readonly ask: PolarityAsk;
  /** Weight of what tells the asked polarity: an own mistake, a missed date, a loss. */
  readonly support: number;
  /** Weight of what tells the opposite: proven right, the date hit, the argument won. */
  readonly against: number;
  /** What the story tells instead, each to follow "it tells how": "you were proven right". */
  readonly told: readonly string[];
  /** The clauses that tell the opposite. */
  readonly evidence: readonly Evidence[];
  /** The opposite outweighs the asked polarity. */
  readonly contradicted: boolean;
}

/** A weight toward the ask (positive) or against it (negative), and what an opposite says. */
type Weigh = (hit: Hit) => { readonly weight: number; readonly told?: string } | undefined;

const OWN = (hit: Hit) => hit.owner !== "person";

const WEIGHERS: Readonly<Record<PolarityAsk, Weigh>> = {
  error: (hit) => {
    const { reading, owner, negated } = hit;
    if (reading === "error") {
      if (negated && owner === "self") {
        // "I don't regret trying" stands by the attempt, often one that failed; "I wasn't
        // wrong" denies the mistake itself.
        const attempt = hit.match.cue.startsWith("regret");
        return { weight: attempt ? -0.5 : -1, told: "you were not wrong" };
      }
      if (negated) return undefined;
      if (owner === "person") return { weight: -0.5, told: "someone else was wrong" };
      return { weight: owner === "self" ? 1 : 0.5 };
    }
    if (reading === "right") {
      if (owner === "person") return negated ? undefined : { weight: 1 };
      if (owner !== "self") return undefined;
      return negated ? { weight: 1 } : { weight: -1, told: "you were proven right" };
    }
    if (negated) return undefined;
    if (reading === "setback") return owner === "person" ? undefined : { weight: 0.5 };
    if (reading === "miss" || reading === "loss") return OWN(hit) ? { weight: 0.5 } : undefined;
    if (reading === "hit" || reading === "win") return { weight: -0.5, told: "it went your way" };
    return undefined;
  },
  miss: (hit) => {
    const { reading, negated } = hit;
    if (reading === "miss") {
      if (!OWN(hit)) return negated ? undefined : { weight: 0.5 };
      return negated ? { weight: -1, told: "no date was missed" } : { weight: 1 };
    }
    if (reading === "hit" && OWN(hit)) {
      return negated ? { weight: 1 } : { weight: -1, told: "the date was met" };
    }
    if (reading === "error" && hit.owner === "self" && !negated) return { weight: 0.5 };
    return undefined;
  },
  loss: (hit) => {
    const { reading, negated } = hit;
    if (reading === "loss")
      return negated ? { weight: -1, told: "you did not lose" } : { weight: 1 };
    if (reading === "win") return negated ? { weight: 1 } : { weight: -1, told: "you won" };
    return undefined;
  },
  "less-care": (hit) => {
    const { reading, negated } = hit;
    if (!OWN(hit)) return undefined;
    if (reading === "care") return negated ? { weight: 1 } : undefined;
    if (reading === "care-less") {
      return negated ? { weight: -1, told: "you never let it slide" } : { weight: 1 };
    }
    if (reading === "care-more") {
      // "never compromise" and "not cut corners" carry their own negation.
      const denies = hit.match.cue.startsWith("never") || hit.match.cue.startsWith("not");
      if (negated && !denies) return { weight: 1 };
      return { weight: -1, told: denies ? "you never gave ground" : "you cared a great deal" };
    }
    return undefined;
  },
  conflict: (hit) => {
    const { reading, negated } = hit;
    if (reading === "conflict") {
      return negated ? { weight: -1, told: "there was no conflict" } : { weight: 1 };
    }
    if (reading === "harmony" && !negated) return { weight: -1, told: "there was no conflict" };
    if ((reading === "resist" || reading === "loss") && !negated) return { weight: 0.5 };
    return undefined;
  },
  unresolved: (hit) => {
    const { reading, negated } = hit;
    if (reading === "harmony" && !negated) return { weight: -1, told: "there was no conflict" };
    if (reading === "loss" && !negated) return { weight: 0.5 };
    return undefined;
  },
  "mind-change": (hit) => {
    const { reading, owner, negated } = hit;
    if (reading === "yield") {
      return negated ? { weight: -0.5, told: "your mind did not change" } : { weight: 1 };
    }
    // "So I held my position", "I didn't budge": the view kept, not changed.
    if (reading === "stand" && owner === "self" && !negated) {
      return { weight: -1, told: "you kept your view" };
    }
    // "He changed his mind", "I convinced them": someone else's mind moved, not the candidate's.
    if (reading === "win" && owner !== "self" && !negated) {
      return { weight: -1, told: "you changed someone else's mind" };
    }
    if ((reading === "error" && owner === "self") || reading === "loss") {
      return negated ? undefined : { weight: 0.5 };
    }
    return undefined;
  },
};

/**
 * A forecast of the candidate's that the events contradict is their being wrong, and half of a
 * missed date (the forecast may not have been a date).
 */
const BROKEN_FORECAST_WEIGHT: Partial<Record<PolarityAsk, number>> = { error: 1, miss: 0.5 };

/** Weighs the story's polarity against each ask; an ask is contradicted when the opposite wins. */
export function readPolarity(
  parsed: ParsedText,
  clauses: readonly Clause[],
  asks: readonly PolarityAsk[],
  questionWords: ReadonlySet<string> = new Set(),
): PolarityVerdict[] {
  if (asks.length === 0) return [];
  const echo = questionEcho(parsed, questionWords);
  const hits = readHits(parsed, clauses, echo);
  const shape = readStoryShape(parsed, clauses);
  const humble = humbleSentences(parsed);
  const minimized = minimizedSentences(parsed);
  const disguised = disguisedSuccessSentences(parsed);
  const frames = flawFrames(parsed, disguised);
  const broken = readBrokenForecasts(parsed, clauses).length;
  const ownsError = hits.some((hit) => {
    const sentence = parsed.tokens[hit.match.first]?.sentence ?? -1;
    return (
      hit.reading === "error" &&
      hit.owner === "self" &&
      !hit.negated &&
      !humble.has(sentence) &&
      !minimized.has(sentence) &&
      !disguised.has(sentence) &&
      !frames.has(sentence)
    );
  });
  return asks.map((ask) => {
    let support = broken * (BROKEN_FORECAST_WEIGHT[ask] ?? 0);
    let against = 0;
    const told: string[] = [];
    const evidence: Evidence[] = [];
    const oppose = (weight: number, words: string, found: Evidence) => {
      against += weight;
      if (!told.includes(words)) told.push(words);
      evidence.push(found);
    };
    const successes: Hit[] = [];
    for (const hit of hits) {
      const sentence = parsed.tokens[hit.match.first]?.sentence ?? -1;
      if (hit.reading === "success") {
        // Asked for a failure, a story that ends called a success tells how it went right; a
        // story that owns the candidate's mistake may still end in its recovery, and one that
        // opens on a success ("on paper it was a success") may go on to the failure.
        const late = hit.match.first >= parsed.tokens.length / 2;
        if (ask === "error" && late && !hit.negated && !ownsError && !minimized.has(sentence))
          successes.push(hit);
        continue;
      }
      // A virtue named as a flaw is no mistake; it is counted once, below.
      if (ask === "error" && humble.has(sentence)) continue;
      // A success named as the failure is no mistake, nor is the sentence that frames it.
      if (ask === "error" && (disguised.has(sentence) || frames.has(sentence))) continue;
      // A mistake granted only to shrink it weighs nothing either way.
      if (minimized.has(sentence)) continue;
      const weighed = WEIGHERS[ask](hit);
      if (weighed === undefined) continue;
      if (weighed.weight > 0) support += weighed.weight;
      else oppose(-weighed.weight, weighed.told ?? "the opposite", hit.evidence);
    }
    for (const hit of shape) {
      // A story that owns the candidate's mistake may end in the recovery: "I told the team I'd
      // got it wrong ... that number went up" is still a story of being wrong.
      if (hit.reading === "thrived" && ownsError) continue;
      const weighed = weighShape(ask, hit);
      if (weighed === undefined) continue;
      if (weighed.weight > 0) support += weighed.weight;
      else oppose(-weighed.weight, weighed.told ?? "the opposite", hit.evidence);
    }
    if (ask === "error") {
      // A whole sentence that names no real fault weighs one against the ask, quoted whole.
      const opposeSentence = (sentence: number, words: string) => {
        const found = parsed.sentences[sentence];
        if (found === undefined) return;
        oppose(1, words, tokenEvidence(parsed, found.firstToken, found.lastToken));
      };
      for (const sentence of humble) opposeSentence(sentence, "the flaw you name is a virtue");
      for (const sentence of disguised) {
        if (!humble.has(sentence)) opposeSentence(sentence, "the failure you name is a success");
      }
    }
    // Half a weight each where the story also tells something going wrong ("the first launch
    // failed; the relaunch was a success"), and enough to contradict the ask where it tells nothing
    // going wrong at all.
    const successWeight = support === 0 ? 1 : 0.5;
    for (const hit of successes) oppose(successWeight, "it was a success", hit.evidence);
    for (const hit of hits.filter((h) => h.reading === "deflect")) {
      oppose(1, "you would rather talk about something else", hit.evidence);
    }
    return {
      ask,
      support,
      against,
      told,
      evidence,
      contradicted: against >= 1 && against > support,
    };
  });
}
