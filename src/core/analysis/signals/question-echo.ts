// An answer often opens by repeating the question to itself ("Lost an argument... so there was
// this one"); the words it repeats are the question's, not the story's.
import { type ParsedText, sentenceTokens, type Token } from "../nlp.ts";

/** A noun phrase opens a restated question ("A time I...", "Something I..."); a clause does not. */
const NOUN_OPENERS = new Set(["DET", "NOUN"]);
const INDEFINITES = new Set(["something", "someone", "somebody"]);
const CONTENT = new Set(["NOUN", "VERB", "ADJ", "PROPN", "NUM"]);
/** An echo is a short phrase: longer, it is the story itself. */
const MAX_ECHO_WORDS = 12;

function isEllipsis(token: Token): boolean {
  return token.value === "..." || token.value === "…";
}

function repeatsQuestion(tokens: readonly Token[], question: ReadonlySet<string>): boolean {
  const content = tokens.filter((t) => CONTENT.has(t.pos) && t.isWord);
  if (content.length === 0) return false;
  const shared = content.filter((t) => question.has(t.lemma) || question.has(t.normal)).length;
  return shared / content.length >= 2 / 3;
}

/**
 * The tokens of an opening that only repeats the question: a phrase trailing off in an ellipsis,
 * or a short first sentence that opens on a noun phrase ("A time I pushed back
 * and lost."). Empty without the question's words.
 */
export function questionEcho(parsed: ParsedText, question: ReadonlySet<string>): Set<number> {
  const echo = new Set<number>();
  if (question.size === 0) return echo;
  for (const sentence of parsed.sentences.slice(0, 2)) {
    const tokens = sentenceTokens(parsed, sentence.index);
    const wordsBefore = (end: number) => tokens.slice(0, end).filter((t) => t.isWord);
    const ellipsis = tokens.findIndex(isEllipsis);
    let span: Token[] | undefined;
    if (ellipsis > 0 && wordsBefore(ellipsis).length <= MAX_ECHO_WORDS) {
      span = tokens.slice(0, ellipsis);
    } else {
      const opener = tokens.find((t) => t.isWord);
      const short = wordsBefore(tokens.length).length <= MAX_ECHO_WORDS;
      const nounPhrase =
        opener !== undefined && (NOUN_OPENERS.has(opener.pos) || INDEFINITES.has(opener.normal));
      if (sentence.index === 0 && short && nounPhrase) span = tokens;
    }
    if (span !== undefined && repeatsQuestion(span, question)) {
      for (const token of span) echo.add(token.index);
    }
  }
  return echo;
}
