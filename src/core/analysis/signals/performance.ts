import { type Evidence, tokenEvidence } from "../evidence.ts";
import { type ParsedText, sentenceAtOffset } from "../nlp.ts";
import { compilePhrases, findPhrases, type PhraseMatch } from "../phrases.ts";

/** Mission and values words, buzzwords and superlatives: what an answer performs. */
export interface PerformanceSignal {
  /** Echoes of a lab's mission: "safe and beneficial", "humanity", "the mission". */
  readonly missionEcho: readonly Evidence[];
  /** Values named as virtues: "integrity", "transparency", "ownership". */
  readonly valuesWords: readonly Evidence[];
  /** Buzzwords and superlatives: "passionate", "cutting-edge", "truly", "incredible". */
  readonly buzzwords: readonly Evidence[];
  /** Sentences with performed words and no concrete detail: the empty ones. */
  readonly emptySentences: readonly number[];
}

const MISSION = compilePhrases([
  "safe|safety|safely",
  "beneficial|benefit|benefits",
  "responsible|responsibly",
  "alignment|aligned|misaligned",
  "mission|mission-driven",
  "humanity|humankind|civilization|civilisation",
  "the world",
  "transformative|transformational",
  "agi|superintelligence",
  "steerable|interpretable|trustworthy|harmless",
  "ethical|ethics|ethically",
  "impact|impactful",
  "future",
  "frontier",
  "society|societal",
  "long-term|longterm",
  "existential",
  "flourish|flourishing",
  "race to the top",
  "greater good",
  "make a difference",
  "change the world",
  "do|doing the right thing",
  "purpose|purpose-driven",
  "vision",
  "meaningful",
  "for good",
]);

const VALUES = compilePhrases([
  "integrity",
  "transparency|transparent",
  "honesty",
  "humility|humble",
  "ownership",
  "collaboration|collaborative",
  "trust",
  "empathy",
  "curiosity",
  "growth mindset",
  "accountability|accountable",
  "excellence",
  "respect",
  "authenticity|authentic",
  "candor|candour",
  "core values",
  "my values",
  "align|aligns|aligned with my values",
  "share * values",
]);

const BUZZWORDS = compilePhrases([
  "passionate|passion",
  "synergy|synergies",
  "leverage",
  "cutting-edge",
  "cutting edge",
  "world-class",
  "game-changer|game-changing",
  "innovative|innovation",
  "thrive",
  "deeply|truly|genuinely|profoundly|incredibly|fundamentally|extremely",
  "amazing|incredible|awesome|fantastic|phenomenal|unparalleled|unprecedented|unique",
  "resonate|resonates",
  "dream",
  "honored|honoured|humbled",
  "north star",
  "move the needle",
  "holistic",
  "empower|empowering",
  "journey",
  "seamless|seamlessly",
  "best-in-class",
  "disrupt|disruptive",
  "visionary",
  "excited|exciting|thrilled|thrilling|eager",
  "paramount|pivotal|vital|crucial",
  "revolutionary|next-generation",
  "inspiring|inspired|inspire",
  "perfect fit",
  "love",
]);

/** A word written with a capital and not shouted: "Responsible", not "responsible" or "SAFE". */
function isTitled(parsed: ParsedText, index: number): boolean {
  const token = parsed.tokens[index];
  if (token === undefined || !token.isWord || token.normal === "i") return false;
  const { value } = token;
  const initial = value.charAt(0);
  return initial !== initial.toLowerCase() && (value.length === 1 || value !== value.toUpperCase());
}

/**
 * A match inside a name of two or more capitalised words ("the Responsible Scaling Policy", "the
 * Long-Term Benefit Trust") names a work or a body: the candidate cites it, and performs nothing.
 */
function insideName(parsed: ParsedText, match: PhraseMatch): boolean {
  for (let i = match.first; i <= match.last; i += 1) {
    if (parsed.tokens[i]?.isWord === true && !isTitled(parsed, i)) return false;
  }
  const linked = (i: number) => isTitled(parsed, i) || parsed.tokens[i]?.value === "-";
  let first = match.first;
  let last = match.last;
  while (first > 0 && linked(first - 1)) first -= 1;
  while (last + 1 < parsed.tokens.length && linked(last + 1)) last += 1;
  let titled = 0;
  for (let i = first; i <= last; i += 1) if (isTitled(parsed, i)) titled += 1;
  return titled >= 2;
}

function spans(parsed: ParsedText, set: ReturnType<typeof compilePhrases>): Evidence[] {
  return findPhrases(parsed, set)
    .filter((m) => !insideName(parsed, m))
    .map((m) => tokenEvidence(parsed, m.first, m.last));
}

function sentenceAt(parsed: ParsedText, evidence: Evidence): number {
  return sentenceAtOffset(parsed, evidence.start);
}

/**
 * Finds performed words. `concreteSentences` are the sentences that carry a detail (a number, a
 * name, a time frame): performed words there are anchored, elsewhere they are empty.
 */
export function readPerformance(
  parsed: ParsedText,
  concreteSentences: ReadonlySet<number>,
): PerformanceSignal {
  const missionEcho = spans(parsed, MISSION);
  const valuesWords = spans(parsed, VALUES);
  const buzzwords = spans(parsed, BUZZWORDS);
  const performed = new Set(
    [...missionEcho, ...valuesWords, ...buzzwords].map((e) => sentenceAt(parsed, e)),
  );
  const emptySentences = [...performed]
    .filter((s) => !concreteSentences.has(s))
    .sort((a, b) => a - b);
  return { missionEcho, valuesWords, buzzwords, emptySentences };
}

/** How many performed words the answer has in all. */
export function performedCount(signal: PerformanceSignal): number {
  return signal.missionEcho.length + signal.valuesWords.length + signal.buzzwords.length;
}
