import { type Clause, readClauses } from "../clauses.ts";
import { type ParsedText, parseText } from "../nlp.ts";

/** Parses a text and reads its clauses, the input most signal readers take. */
export function read(text: string): { parsed: ParsedText; clauses: Clause[] } {
  const parsed = parseText(text);
  return { parsed, clauses: readClauses(parsed) };
}

/** The quotes of a list of evidence. */
export function quotes(list: readonly { quote: string }[]): string[] {
  return list.map((item) => item.quote);
}
