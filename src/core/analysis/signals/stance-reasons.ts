import { type Clause, clausesBySentence } from "../clauses.ts";
import type { ParsedText, Token } from "../nlp.ts";
import { compilePhrases, findPhrases, type PhraseMatch, sentencesWith } from "../phrases.ts";
import { isContent, UNIT_FIGURES } from "./stance-words.ts";

/**
 * Whether a pushback reply's reasons say anything: a because-clause about the matter, a figure or
 * something that happened, against one about the conversation itself; and whether the reply
 * praises the interviewer in place of answering.
 */
export interface ReasoningSignal {
  /** Sentences whose only reason is talk about the conversation: "because it's a big question". */
  readonly hollowReason: readonly number[];
  /** Sentences that praise the interviewer or the question: "I really appreciate you pushing". */
  readonly praise: readonly number[];
}

/** Words that fill a sentence without saying anything about the matter at hand. */
export const META_LEMMAS: ReadonlySet<string> = new Set([
  "point",
  "question",
  "thing",
  "kind",
  "consideration",
  "nuance",
  "perspective",
  "approach",
  "sense",
  "idea",
  "way",
  "lot",
  "angle",
  "side",
  "issue",
  "matter",
  "context",
  "answer",
  "view",
  "opinion",
  "think",
  "want",
  "know",
  "really",
  "exactly",
  "definitely",
  "carefully",
  "obviously",
  "clearly",
  "honestly",
  "actually",
  "probably",
  "sure",
  "good",
  "great",
  "right",
  "true",
  "fair",
  "interesting",
  "important",
  "make",
  "get",
  "say",
  "see",
  "appreciate",
  "push",
  "pushing",
  "something",
  "everything",
  "anything",
]);

const PRAISE = compilePhrases([
  "appreciate",
  "great|excellent|interesting|fascinating|brilliant question|point|challenge",
  "such a|an good|great|interesting|excellent|fair question|point",
  "really good|great|interesting|excellent question|point",
  "you clearly|obviously",
  "thank you|thanks for",
]);

const REASON_CUES = compilePhrases([
  "because",
  "since",
  "cause",
  "given that|how",
  "which mean|means",
  "that mean|means",
  "so that",
  "otherwise",
]);

const MENTAL_VERBS = new Set([
  "think",
  "know",
  "mean",
  "say",
  "assume",
  "realize",
  "realise",
  "forget",
  "guess",
  "feel",
  "wonder",
  "consider",
  "want",
  "like",
  "love",
  "appreciate",
]);

/**
 * Words after a reason cue that say something about the matter, not about the conversation. The
 * challenge's own words said back ("because we don't want to kill the funnel" to "won't you kill
 * the funnel?") add nothing to it.
 */
function substance(tokens: readonly Token[], echoed: ReadonlySet<string> = NO_WORDS): number {
  return tokens.filter((t) => isContent(t) && !META_LEMMAS.has(t.lemma) && !echoed.has(t.lemma))
    .length;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Something the speaker or their team did or saw: "we tried this one year in the Warsaw office". */
function narratesEvent(clauses: readonly Clause[]): boolean {
  return clauses.some((c) => {
    // "We had writers for two years": the tagger reads a main "had" or "did" as an auxiliary.
    const verb = c.verb ?? c.auxiliaries.find((aux) => aux.lemma === "have" || aux.lemma === "do");
    return (
      (c.agent === "self" || c.agent === "we") &&
      c.past &&
      !c.modal &&
      !c.negated &&
      verb !== undefined &&
      !MENTAL_VERBS.has(verb.lemma) &&
      substance(c.complement) >= 1
    );
  });
}

/**
 * A sentence whose reason cues ("because", "which means") are each followed by nothing but talk
 * about the conversation ("because it's exactly the kind of thing I'd want to think through"),
 * and which tells nothing that happened: a reason in form only.
 */
function isHollowReason(
  parsed: ParsedText,
  cues: readonly PhraseMatch[],
  clauses: readonly Clause[],
  echoed: ReadonlySet<string>,
): boolean {
  if (cues.length === 0 || narratesEvent(clauses)) return false;
  return cues.every((cue) => {
    const sentence = parsed.sentences[parsed.tokens[cue.first]?.sentence ?? -1];
    if (sentence === undefined) return true;
    const after = parsed.tokens.slice(cue.last + 1, sentence.lastToken + 1);
    return !after.some((t) => UNIT_FIGURES.has(t.entity ?? "")) && substance(after, echoed) < 2;
  });
}

/** Reads the reasons and the praise of a reply, clause by clause. */
export function readReasoning(
  parsed: ParsedText,
  clauses: readonly Clause[],
  challengeWords: ReadonlySet<string> = NO_WORDS,
): ReasoningSignal {
  // Cues and clauses indexed by sentence once: filtering them again for every sentence grows
  // with the square of the reply's length.
  const cuesOf: PhraseMatch[][] = parsed.sentences.map(() => []);
  for (const cue of findPhrases(parsed, REASON_CUES)) {
    cuesOf[parsed.tokens[cue.first]?.sentence ?? -1]?.push(cue);
  }
  const clausesOf = clausesBySentence(parsed, clauses);
  const hollowReason = parsed.sentences
    .map((s) => s.index)
    .filter((index) =>
      isHollowReason(parsed, cuesOf[index] ?? [], clausesOf[index] ?? [], challengeWords),
    );
  return { hollowReason, praise: [...sentencesWith(parsed, PRAISE)].sort((a, b) => a - b) };
}
