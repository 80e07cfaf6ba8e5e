/**
 * The parts of the analyzer's NLP the interview engine reuses (sentences, tokens, phrase cues).
 * They are not part of the analyzer's public index, so they are reached through this one file:
 * if the analyzer's internals move, only this file changes.
 */
export { parseText, type ParsedText, type Token } from "../analysis/nlp.ts";
export { asksHypothetical } from "../analysis/signals/story-context.ts";
export { type Clause, clauseIndex, readClauses } from "../analysis/clauses.ts";
export { readNarrativeTense } from "../analysis/narrative-tense.ts";
export { readAgency } from "../analysis/signals/agency.ts";
export {
  compilePhrases,
  findPhrases,
  type PhraseMatch,
  type PhraseSet,
} from "../analysis/phrases.ts";
