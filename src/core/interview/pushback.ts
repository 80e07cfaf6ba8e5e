import {
  compilePhrases,
  findPhrases,
  parseText,
  type ParsedText,
  type PhraseMatch,
  type PhraseSet,
} from "./analysis-helpers.ts";
import type { PushbackOutcome } from "./types.ts";

/** How a response to a pushback was read, with the sentences that decided it. */
export interface PushbackReading {
  outcome: PushbackOutcome;
  /** The position was kept or changed with a reason given. */
  reasoned: boolean;
  quotes: string[];
}

/** Giving ground: agreeing with the interviewer, in part or whole. */
const CONCEDE = compilePhrases([
  "you be right|correct",
  "you be probably right|correct",
  "you have a point",
  "you make a good|fair|great|valid point",
  "good|fair|great|valid point",
  "that be true|fair",
  "fair enough",
  "i agree",
  "i take|see your|the point",
  "i have not think|thought about|of",
  "i never think|thought about|of",
  "i have not consider|considered that|this|it",
  "i stand corrected",
  "i concede",
  "point taken",
  "maybe|perhaps you be right",
]);

/** Stating a changed position. */
const UPDATE = compilePhrases([
  "change|changes|changed my view|mind|position|answer|thinking",
  "i would now",
  "i now think|believe|see|would",
  "i would revise|update|refine|amend|narrow|soften|adjust|qualify|reframe|drop|retract|weaken",
  "i have update|updated|revise|revised",
  "i update|updated|revise|revised",
  "that update|updates|shift|shifts|move|moves me",
  "make|makes me rethink|reconsider",
  "let me revise|refine|narrow",
  "i be less sure|confident|certain",
  "in that case",
  "on reflection",
]);

/** A reason given for the position kept or changed. */
const REASON = compilePhrases([
  "because",
  "since",
  "given that",
  "the reason",
  "which mean|means",
  "that mean|means",
  "for example|instance",
  "the evidence|data",
  "in that case",
  "so i",
  "so my",
]);

/** Keeping the position. */
const HOLD = compilePhrases([
  "i still think|believe|hold|maintain|would|worry|doubt",
  "i stand by",
  "i would still",
  "i disagree",
  "i do not think so|that|it|this|you|the|they|we",
  "i do not agree|buy|accept",
  "i be not convinced|persuaded|sure that",
  "i be still",
  "my point|view|position|concern stand|stands|hold|holds",
  "i would push back",
  "that do|does not change",
  "that be not what i",
]);

/** Contrast after a partial concession: "fair point, but ...". */
const CONTRAST = compilePhrases(["but", "however", "that say|said", "even so", "still", "yet"]);

const NEGATIONS = new Set(["not", "never", "no"]);

/** Matches whose cue is itself negated ("I wouldn't change my view") mean the opposite. */
function affirmed(parsed: ParsedText, set: PhraseSet): PhraseMatch[] {
  return findPhrases(parsed, set).filter((match) => {
    const cueSaysNot = parsed.tokens
      .slice(match.first, match.last + 1)
      .some((token) => NEGATIONS.has(token.normal));
    if (cueSaysNot) return true;
    return !parsed.tokens.slice(match.first, match.last + 1).some((token) => token.negated);
  });
}

function sentencesOf(parsed: ParsedText, matches: readonly PhraseMatch[]): string[] {
  const seen = new Set<number>();
  const quotes: string[] = [];
  for (const match of matches) {
    const index = parsed.tokens[match.first]?.sentence;
    if (index === undefined || seen.has(index)) continue;
    seen.add(index);
    const sentence = parsed.sentences[index];
    if (sentence !== undefined) quotes.push(parsed.text.slice(sentence.start, sentence.end));
  }
  return quotes.slice(0, 2);
}

function firstSentence(parsed: ParsedText): string[] {
  const sentence = parsed.sentences.find((s) => s.end > s.start);
  return sentence === undefined ? [] : [parsed.text.slice(sentence.start, sentence.end)];
}

/**
 * Reads a response to a pushback: held (kept the position, with reasons), updated (changed it for a
 * stated reason) or caved (gave it up with no reason).
 */
export function classifyPushbackResponse(text: string): PushbackReading {
  const parsed = parseText(text);
  const concede = affirmed(parsed, CONCEDE);
  const update = affirmed(parsed, UPDATE);
  const hold = affirmed(parsed, HOLD);
  const reason = findPhrases(parsed, REASON);
  const contrast = findPhrases(parsed, CONTRAST);
  const reasoned = reason.length > 0;
  const quote = (...lists: PhraseMatch[][]) => {
    const quotes = sentencesOf(
      parsed,
      lists.flat().sort((a, b) => a.first - b.first),
    );
    return quotes.length > 0 ? quotes : firstSentence(parsed);
  };

  // A stated change of position decides it: with a reason it is an update, without one a retreat.
  if (update.length > 0 && hold.length === 0) {
    return { outcome: reasoned ? "updated" : "caved", reasoned, quotes: quote(update, reason) };
  }
  if (hold.length > 0) return { outcome: "held", reasoned, quotes: quote(hold, reason) };
  if (concede.length > 0) {
    // "Fair point, but the thresholds are still set by ..., because ..." keeps the position.
    const keptAfterAll = contrast.some((c) => c.first > (concede[0]?.last ?? 0)) && reasoned;
    if (keptAfterAll) return { outcome: "held", reasoned, quotes: quote(contrast, reason) };
    return {
      outcome: reasoned ? "updated" : "caved",
      reasoned,
      quotes: quote(concede, reason),
    };
  }
  // No concession at all: the candidate restated or argued for the position.
  return { outcome: "held", reasoned, quotes: quote(reason) };
}
