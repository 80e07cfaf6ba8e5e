// Stories of being wrong that never say "wrong": what the candidate said would happen, and then
// what did ("I told my manager it would take two weeks. It took seven."), and damage undone
// ("I restored them from the backup"). signals/relevance.ts and signals/polarity.ts read them.
import { type Clause, clauseIndex, clauseTokens } from "../clauses.ts";
import { type Evidence, tokenEvidence } from "../evidence.ts";
import type { ParsedText, Token } from "../nlp.ts";

/** Verbs under which "it would…" is the candidate's own forecast, estimate or promise. */
const FORECASTING = new Set(
  `tell say promise estimate predict expect assume think guess bet plan commit assure reckon figure
  quote forecast believe claim insist swear`
    .split(/\s+/)
    .filter(Boolean),
);
const FUTURE = new Set(["would", "will"]);
const NEGATORS = new Set(["not", "never", "no"]);
/** How far after the forecast the events that settle it are looked for. */
const SENTENCES_AFTER = 4;
/**
 * The events that settle a forecast come within a few sentences, and are looked for within these
 * many tokens too, so a sentence of thousands of words costs no more per forecast than a short one.
 */
const OUTCOME_WITHIN_TOKENS = 400;
/** Undoing damage tells that there was damage: "I restored them", "we reverted the change". */
const UNDOING = new Set(["restore", "recover", "revert", "undo"]);

/** A forecast of the candidate's, and the later clause that contradicts it. */
export interface BrokenForecast {
  /** The predicate the forecast and the events share, as a lemma: "take", "ready". */
  readonly predicate: string;
  readonly forecast: Evidence;
  readonly outcome: Evidence;
}

/** For each token, the next "would" or "will" after it in its sentence, found in one pass. */
function nextModals(parsed: ParsedText): (Token | undefined)[] {
  const next: (Token | undefined)[] = new Array<Token | undefined>(parsed.tokens.length);
  let ahead: Token | undefined;
  for (let t = parsed.tokens.length - 1; t >= 0; t -= 1) {
    const token = parsed.tokens[t];
    if (token === undefined) continue;
    const following = parsed.tokens[t + 1];
    if (following?.sentence !== token.sentence) ahead = undefined;
    next[t] = ahead;
    if (FUTURE.has(token.normal)) ahead = token;
  }
  return next;
}

function numbersIn(tokens: readonly Token[]): Set<string> {
  return new Set(tokens.filter((t) => t.pos === "NUM").map((t) => t.normal));
}

/** The forecast's predicate after its "would": "would take" → take, "would be ready" → ready. */
function predicateAfter(parsed: ParsedText, modal: Token): Token | undefined {
  const sentence = parsed.sentences[modal.sentence];
  if (sentence === undefined) return undefined;
  for (let t = modal.index + 1; t <= Math.min(modal.index + 4, sentence.lastToken); t += 1) {
    const token = parsed.tokens[t];
    if (token === undefined || NEGATORS.has(token.normal)) return undefined;
    if (token.pos === "VERB" && token.lemma !== "be") return token;
    if (token.pos === "ADJ") return token;
  }
  return undefined;
}

/**
 * Forecasts of the candidate's that the story's events contradict: a clause of theirs that tells,
 * estimates or promises that something "would" happen, and, in the same sentence after it or in
 * the next few, a past clause with the same predicate that is denied ("it wasn't ready until
 * Tuesday") or has a different figure ("it took seven"). A forecast borne out ("it took two
 * weeks") and a refusal ("I told him I wouldn't merge it") are not.
 */
export function readBrokenForecasts(
  parsed: ParsedText,
  clauses: readonly Clause[],
): BrokenForecast[] {
  const found: BrokenForecast[] = [];
  const forecasting = parsed.tokens.filter(
    (token) => token.pos === "VERB" && FORECASTING.has(token.lemma),
  );
  if (forecasting.length === 0) return found;
  const clauseOf = clauseIndex(parsed.tokens.length, clauses);
  const clauseAt = (token: number) => clauseOf[token];
  const modalAfter = nextModals(parsed);
  for (const verb of forecasting) {
    const teller = clauseAt(verb.index);
    if (teller === undefined || teller.negated) continue;
    if (teller.agent !== "self" && teller.agent !== "we") continue;
    const sentence = parsed.sentences[verb.sentence];
    if (sentence === undefined) continue;
    const modal = modalAfter[verb.index];
    if (modal === undefined) continue;
    const predicate = predicateAfter(parsed, modal);
    if (predicate === undefined) continue;
    const forecastClause = clauseAt(predicate.index);
    const forecastEnd = forecastClause?.last ?? predicate.index;
    const forecastNumbers = numbersIn(parsed.tokens.slice(predicate.index, forecastEnd + 1));
    const lastSentence =
      parsed.sentences[verb.sentence + SENTENCES_AFTER] ?? parsed.sentences.at(-1);
    const later = parsed.tokens.slice(
      forecastEnd + 1,
      Math.min(lastSentence?.lastToken ?? 0, forecastEnd + OUTCOME_WITHIN_TOKENS) + 1,
    );
    const outcome = later
      .filter((t) => t.lemma === predicate.lemma)
      .map((t) => ({ token: t, clause: clauseAt(t.index) }))
      .find(({ clause }) => {
        if (clause === undefined || clause.modal || !clause.past) return false;
        if (clause.negated) return true;
        const numbers = numbersIn(clauseTokens(parsed, clause));
        return forecastNumbers.size > 0 && [...numbers].some((n) => !forecastNumbers.has(n));
      });
    if (outcome?.clause === undefined) continue;
    found.push({
      predicate: predicate.lemma,
      forecast: tokenEvidence(parsed, teller.subject?.first ?? verb.index, forecastEnd),
      outcome: tokenEvidence(parsed, outcome.clause.first, outcome.clause.last),
    });
  }
  return found;
}

/** Damage the candidate undid ("I restored them from the backup"): something had gone wrong. */
export function readUndoings(clauses: readonly Clause[]): Clause[] {
  return clauses.filter(
    (clause) =>
      (clause.agent === "self" || clause.agent === "we") &&
      clause.past &&
      !clause.negated &&
      clause.verb !== undefined &&
      UNDOING.has(clause.verb.lemma),
  );
}
