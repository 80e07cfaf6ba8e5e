import { type Evidence, tokenEvidence } from "../evidence.ts";
import { type ParsedText, sentenceAtOffset } from "../nlp.ts";
import { compilePhrases, findPhrases } from "../phrases.ts";

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

function spans(parsed: ParsedText, set: ReturnType<typeof compilePhrases>): Evidence[] {
  return findPhrases(parsed, set).map((m) => tokenEvidence(parsed, m.first, m.last));
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
